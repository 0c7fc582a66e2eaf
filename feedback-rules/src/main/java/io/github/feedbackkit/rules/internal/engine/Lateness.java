package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.internal.time.Deadline;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * How a document stands against its timeliness window: delivered (or, for a draft, "now") in time
 * or late by some (business) days.
 *
 * @param deadline the end of the window
 * @param at when it was delivered, or "now" for a draft
 * @param draft whether it is not delivered yet
 * @param daysLate how late, in the window's unit; 0 when in time
 */
public record Lateness(Deadline deadline, Instant at, boolean draft, long daysLate) {

  /**
   * Computed once per analysis by the {@link Reader}; checks read {@link Reading#lateness()}.
   *
   * @param feedback the document, absent for free text
   * @param now the instant taken as "now"
   * @param p the policy
   * @return the lateness, or empty when timeliness is not assessed (free text, unknown event time,
   *     or an event time so far off that its window cannot be computed: the analyzer does not
   *     re-validate documents and must never throw on one)
   */
  static Optional<Lateness> of(Optional<Feedback> feedback, Instant now, QualityPolicy p) {
    if (feedback.isEmpty() || feedback.get().occurredAt().isEmpty()) {
      return Optional.empty();
    }
    Feedback f = feedback.get();
    Optional<HiringStage> stage = f.context().flatMap(c -> c.stage());
    Optional<SessionType> session = f.context().flatMap(c -> c.session());
    boolean draft = f.deliveredAt().isEmpty();
    Instant at = f.deliveredAt().orElse(now);
    try {
      Deadline d = Deadline.of(f.occurredAt().get(), p.window(f.kind(), stage, session), p);
      return Optional.of(new Lateness(d, at, draft, d.daysLate(at)));
    } catch (DateTimeException | ArithmeticException outOfRange) {
      return Optional.empty();
    }
  }

  /**
   * @param threshold the pass threshold
   * @return 100 in time; below the threshold when late, falling with the delay
   */
  public int score(int threshold) {
    if (daysLate == 0) {
      return 100;
    }
    double w = Math.max(1, deadline.window().days());
    int s = (int) Math.floor(Math.max(0, threshold - 1) * w / (w + daysLate));
    return Math.max(0, Math.min(100, s));
  }
}
