/** FeedbackKit render: candidate messages, Markdown, the HTML quality report, and JSON. */
module io.github.feedbackkit.render {
  requires transitive io.github.feedbackkit.core;
  requires transitive io.github.feedbackkit.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.samskivert.jmustache;
  requires owasp.encoder;
  requires org.slf4j;

  exports io.github.feedbackkit.render;
  exports io.github.feedbackkit.render.json;
}
