package io.github.feedbackkit.rules;

/**
 * A check that looks at one text field at a time (the free text, a summary, an observation, an
 * action's description), already analysed into sentences and words. Stateless and thread-safe.
 * See {@link Check} for an example.
 */
public interface TextCheck extends Check {
  /**
   * Reports what it finds in one field.
   *
   * @param text the analysed field
   * @param context the field's name, the document (if any), the policy and "now"
   * @param sink where to report findings; spans are offsets into {@code text.text()}
   */
  void check(AnalyzedText text, CheckContext context, FindingSink sink);
}
