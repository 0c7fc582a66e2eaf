package io.github.feedbackkit.rules;

import java.util.Objects;

/**
 * A suggestion attached to a finding: either a concrete replacement for the finding's span, or a
 * prompt to the author when no rewrite can be computed. Plain text, never markup.
 *
 * @param kind whether {@link #text()} replaces the span or prompts the author
 * @param text the replacement text (may be empty: delete the span) or the prompt
 */
public record Suggestion(Kind kind, String text) {
  /** The two kinds of suggestion. */
  public enum Kind {
    /** {@link Suggestion#text()} replaces the finding's span. */
    REPLACE,
    /** {@link Suggestion#text()} asks the author to do something. */
    PROMPT
  }

  /**
   * Validates the parts.
   *
   * @param kind whether {@link #text()} replaces the span or prompts the author
   * @param text the replacement text (may be empty: delete the span) or the prompt
   * @throws IllegalArgumentException when a prompt is blank
   */
  public Suggestion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (kind == Kind.PROMPT && text.isBlank()) {
      throw new IllegalArgumentException("a prompt suggestion needs text");
    }
  }

  /**
   * @param replacement the text to put in place of the span
   * @return a replacement suggestion
   */
  public static Suggestion replace(String replacement) {
    return new Suggestion(Kind.REPLACE, replacement);
  }

  /**
   * @param prompt what the author should do, e.g. "Name the situation and what they did"
   * @return a prompt suggestion
   */
  public static Suggestion prompt(String prompt) {
    return new Suggestion(Kind.PROMPT, prompt);
  }
}
