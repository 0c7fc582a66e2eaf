package io.github.feedbackkit.core;

import java.util.Objects;

/**
 * One broken content rule: where (a path such as {@code observations[1].text}) and what (a message
 * such as {@code must not be blank}).
 *
 * @param path the field path, dot-separated with list indices in brackets; never null
 * @param message what is wrong, in plain words; never null
 */
public record Violation(String path, String message) {
  /**
   * Creates a violation.
   *
   * @param path the field path
   * @param message what is wrong
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** @return {@code path: message} */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
