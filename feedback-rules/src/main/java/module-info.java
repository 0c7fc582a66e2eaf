/** FeedbackKit rules: the quality analyzer, its checks and the text layer they share. */
module io.github.feedbackkit.rules {
  requires transitive io.github.feedbackkit.core;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.github.feedbackkit.rules;

  uses io.github.feedbackkit.rules.Check;
}
