package io.github.feedbackkit.rules;

import io.github.feedbackkit.core.Feedback;

/**
 * A check that looks at a whole feedback document (its structure: observation types, evidence,
 * action items, follow-up, times). It is not run for free text. Stateless and thread-safe.
 *
 * <pre>{@code
 * public final class NeedsFollowUp implements DocumentCheck {
 *   public CheckDescriptor descriptor() { return DESCRIPTOR; }
 *   public void check(Feedback feedback, CheckContext context, FindingSink sink) {
 *     if (feedback.followUp().isEmpty()) {
 *       sink.report("followUp", 0, 0).message("Agree on a date to review progress.");
 *     }
 *   }
 * }
 * }</pre>
 */
public interface DocumentCheck extends Check {
  /**
   * Reports what it finds in the document.
   *
   * @param feedback the document
   * @param context the policy and "now" ({@link CheckContext#field()} is empty)
   * @param sink where to report findings, naming the field with {@link FindingSink#report(String,
   *     int, int)}
   */
  void check(Feedback feedback, CheckContext context, FindingSink sink);
}
