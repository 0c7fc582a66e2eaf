package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.QualityReport;

/**
 * What the commands need from the FeedbackKit libraries, in one place: reading a document,
 * analyzing it, writing reports and rendering. {@link LibraryEngine} implements it on the public
 * API of {@code feedback-core}, {@code feedback-rules} and {@code feedback-render}; thread-safe.
 */
interface Engine {
  /**
   * @param json the raw JSON of one document
   * @return the valid document
   * @throws InputProblem for malformed JSON (with line and column) or an invalid document (with
   *     every violation)
   */
  Feedback readFeedback(String json) throws InputProblem;

  /** @return the report of a document */
  QualityReport analyze(Feedback feedback);

  /** @return the report of a free text */
  QualityReport analyzeText(String text);

  /**
   * @param report a report
   * @param source the input it came from ({@code "source"} in the JSON)
   * @param line the line of the {@code .jsonl} input the document was on (1-based; {@code "line"}
   *     in the JSON, right after {@code "source"}), or 0 for none
   * @param pretty indented on several lines, or one line (JSON Lines)
   * @return the report's JSON ({@code feedbackkit-report/1})
   */
  String reportJson(QualityReport report, String source, int line, boolean pretty);

  /** @return the self-contained annotated HTML quality report of a checked input */
  String reportHtml(Checked checked);

  /**
   * @param feedback a valid document
   * @param target what to render
   * @return the rendered text
   */
  String render(io.github.feedbackkit.core.Feedback feedback, RenderTarget target);

  /**
   * @param feedback a valid document
   * @return its canonical JSON on one line (for JSON Lines)
   */
  String documentJsonLine(io.github.feedbackkit.core.Feedback feedback);

  /**
   * @param text a text (free text or one field of a document)
   * @param locale the text's locale, or null for the policy's
   * @return how the engine reads it
   */
  Inspection inspect(String text, java.util.Locale locale);
}
