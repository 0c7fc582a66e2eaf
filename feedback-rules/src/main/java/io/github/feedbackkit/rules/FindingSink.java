package io.github.feedbackkit.rules;

/**
 * Where a check reports what it finds. Each {@code report} call opens one finding of the check's
 * rule; give it a message (required) and, optionally, suggestions in order of preference and a
 * severity other than the rule's default. The analyzer applies the policy (switches, severity
 * overrides, allowed phrases) afterwards.
 *
 * <pre>{@code
 * sink.report(word.start(), word.end())
 *     .message("Jargon makes the reader translate before they can act.")
 *     .suggest("time");
 * }</pre>
 */
public interface FindingSink {
  /**
   * @param start start offset (UTF-16) in the current field, inclusive
   * @param end end offset, exclusive
   * @return the finding to describe
   */
  Draft report(int start, int end);

  /**
   * @param span a span in the current field
   * @return the finding to describe
   */
  default Draft report(Span span) {
    return report(span.start(), span.end());
  }

  /**
   * For document checks: a finding in a named field ({@code summary}, {@code
   * observations[1].text}, …) or about a non-text field ({@code deliveredAt}, {@code followUp}) with
   * the empty span {@code (0, 0)}.
   *
   * @param field the field
   * @param start start offset, inclusive
   * @param end end offset, exclusive
   * @return the finding to describe
   */
  Draft report(String field, int start, int end);

  /** One finding being described. */
  interface Draft {
    /**
     * @param message what is wrong and why it matters, addressed to the author in plain words
     * @return this draft
     */
    Draft message(String message);

    /**
     * @param replacement a concrete rewrite of the span (empty: delete it)
     * @return this draft
     */
    Draft suggest(String replacement);

    /**
     * @param prompt what the author should do when no rewrite can be computed
     * @return this draft
     */
    Draft prompt(String prompt);

    /**
     * @param severity a severity other than the rule's default
     * @return this draft
     */
    Draft severity(Severity severity);
  }
}
