package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.QualityReport;

/**
 * One input that was analyzed: where it came from, the document (null for free text) and its
 * report. Lives only while its output is formatted on a worker thread.
 *
 * @param item the input item (for free text, {@code content} is the text)
 * @param feedback the parsed document, or null for free text
 * @param report the report
 */
record Checked(Item item, Feedback feedback, QualityReport report) {
  String source() {
    return item.source();
  }
}
