/** FeedbackKit testkit: seeded generators and a tester for custom checks. */
module io.github.feedbackkit.testkit {
  requires transitive io.github.feedbackkit.core;
  requires transitive io.github.feedbackkit.rules;
  requires static quicktheories;

  // exports io.github.feedbackkit.testkit; (enabled once the module has its first public type)
}
