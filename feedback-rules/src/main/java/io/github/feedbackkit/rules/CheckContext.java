package io.github.feedbackkit.rules;

import io.github.feedbackkit.core.Feedback;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check may know besides the text: the field being checked ({@code text} for free text,
 * {@code summary}, {@code observations[0].text}, … ; empty for a document check), the document
 * (absent for free text), the time the analysis treats as "now", and the policy.
 *
 * @param field the field being checked, or empty for a document check
 * @param feedback the document, absent for free text
 * @param now the analyzer clock's instant at the start of the analysis
 * @param policy the policy of the analyzer
 */
public record CheckContext(String field, Optional<Feedback> feedback, Instant now, QualityPolicy policy) {
  /**
   * Validates the parts.
   *
   * @param field the field being checked, or empty for a document check
   * @param feedback the document, absent for free text
   * @param now the instant taken as "now"
   * @param policy the policy
   */
  public CheckContext {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(policy, "policy");
  }
}
