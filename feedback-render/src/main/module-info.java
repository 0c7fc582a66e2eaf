/**
 * FeedbackKit render: candidate messages, Markdown, the HTML quality report, and JSON.
 *
 * <p>Entry point for JSON: {@link io.github.feedbackkit.render.json.FeedbackJson#standard()}.
 */
module io.github.feedbackkit.render {
  requires transitive io.github.feedbackkit.core;
  requires transitive io.github.feedbackkit.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.github.feedbackkit.render.json;
  // exports io.github.feedbackkit.render; (enabled once the module has its first public type)
}
