package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.QualityReport;

/**
 * What one input produced, ready to be written in order: the text for stdout, the text for
 * stderr (an input problem), and the report for the summary. Small: the document itself is gone.
 *
 * @param out what goes to stdout (may be empty)
 * @param err what goes to stderr (may be empty)
 * @param report the report, or null when the input could not be checked
 */
record Outcome(String out, String err, QualityReport report) {
  static Outcome problem(String err) {
    return new Outcome("", err, null);
  }

  boolean failed() {
    return report == null;
  }
}
