package io.github.feedbackkit.render.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A feedback document's JSON could not be read: it is malformed, too large, has an unknown or
 * duplicate field, a value of the wrong type, or lacks a required field. Carries where the problem
 * is (source, line, column, field path) and a one-line message fit to show a command-line user:
 *
 * <pre>{@code
 * try {
 *   Feedback f = FeedbackJson.standard().read(text, "offer.json");
 * } catch (FeedbackJsonException e) {
 *   System.err.println(e.getMessage());   // offer.json:3:5: subject.nmae: unknown field
 * }
 * }</pre>
 *
 * <p>Content rules that a well-formed document breaks are reported by {@link
 * io.github.feedbackkit.core.InvalidFeedbackException} instead.
 */
public final class FeedbackJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the document came from. */
  private final String source;

  /** The 1-based line, or 0. */
  private final int line;

  /** The 1-based column, or 0. */
  private final int column;

  /** The field path, or null. */
  private final String field;

  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source where the document came from (a file name or {@code <input>}), not null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param field the field path such as {@code observations[1].rating}, or null when the problem
   *     concerns the document as a whole
   * @param problem what is wrong, one line, not null
   */
  public FeedbackJsonException(String source, int line, int column, String field, String problem) {
    super(describe(source, line, column, field, problem));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** @return where the document came from */
  public String source() {
    return source;
  }

  /** @return the 1-based line of the problem, or 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column of the problem, or 0 when unknown */
  public int column() {
    return column;
  }

  /** @return the path of the field concerned, such as {@code subject.displayName}; empty when the problem concerns the whole document */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** @return what is wrong, without the location */
  public String problem() {
    return problem;
  }

  private static String describe(String source, int line, int column, String field, String problem) {
    StringBuilder b = new StringBuilder(String.valueOf(source));
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ");
    if (field != null && !field.isEmpty()) {
      b.append(field).append(": ");
    }
    return b.append(problem).toString();
  }
}
