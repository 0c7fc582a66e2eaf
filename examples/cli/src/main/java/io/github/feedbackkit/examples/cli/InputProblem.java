package io.github.feedbackkit.examples.cli;

import java.util.List;

/**
 * Why an input could not be checked: malformed JSON (with the line and column in the file), an
 * invalid document (with every violation's field path and message), a missing file. Thrown by the
 * {@link Engine} and turned into an error message on stderr; never shown as a stack trace.
 */
final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final transient List<String> details;

  /**
   * @param message what is wrong, in plain words
   * @param line the line in the raw JSON text (1-based), or 0 when unknown
   * @param column the column in that line (1-based), or 0 when unknown
   * @param details one line per violation ({@code observations[1].text: must not be blank})
   */
  InputProblem(String message, int line, int column, List<String> details) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
    this.details = List.copyOf(details);
  }

  InputProblem(String message) {
    this(message, 0, 0, List.of());
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  List<String> details() {
    return details;
  }
}
