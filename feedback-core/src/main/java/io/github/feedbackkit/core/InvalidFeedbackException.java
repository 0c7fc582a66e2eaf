package io.github.feedbackkit.core;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a feedback document breaks content rules; carries every violation, not only the
 * first, so that a user can fix them all at once.
 */
public class InvalidFeedbackException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every violation. */
  private final transient List<Violation> violations;

  /** Where the document came from, or null. */
  private final String source;

  /**
   * @param violations the violations, at least one
   */
  public InvalidFeedbackException(List<Violation> violations) {
    this(null, violations);
  }

  /**
   * @param source where the document came from (a file name), or null
   * @param violations the violations, at least one
   */
  public InvalidFeedbackException(String source, List<Violation> violations) {
    super(describe(source, violations));
    this.violations = List.copyOf(violations);
    this.source = source;
  }

  /** @return where the document came from (a file name, {@code file.jsonl:7}), when known */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** @return every violation, in a stable order */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String source, List<Violation> violations) {
    String prefix = source == null ? "invalid feedback document" : "invalid feedback document " + source;
    return prefix
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
