package io.github.feedbackkit.rules.internal.checks;

import static io.github.feedbackkit.rules.internal.checks.Examples.at;
import static io.github.feedbackkit.rules.internal.checks.Examples.candidate;
import static io.github.feedbackkit.rules.internal.checks.Examples.employee;

import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Lateness;
import io.github.feedbackkit.rules.internal.engine.Reading;
import java.util.Optional;

/** {@code timeliness/late-delivery}: feedback delivered after its window closed. */
final class LateDelivery extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("timeliness/late-delivery")
      .summary("Feedback delivered after its window closed (2 business days for candidates, 7 days for employees by default)")
      .rationale("Feedback that arrives late loses its use: the candidate has moved on, the employee no longer "
          + "remembers the details. The score falls with the delay.")
      .severity(Severity.WARNING)
      .goodDocument("Candidate interviewed on Friday 20 Nov 2026 at 15:00 UTC, feedback delivered on Tuesday 24 Nov at "
              + "15:00, exactly when the 2-business-day window ends",
          candidate("late-good-1").occurredAt(at("2026-11-20T15:00:00Z")).deliveredAt(at("2026-11-24T15:00:00Z"))
              .summary("Thank you for the interview.").build(),
          at("2026-11-30T09:00:00Z"))
      .goodDocument("Employee project review on 2 Nov, feedback delivered 6 days later",
          employee("late-good-2", SessionType.PROJECT_REVIEW).occurredAt(at("2026-11-02T10:00:00Z"))
              .deliveredAt(at("2026-11-08T10:00:00Z")).summary("Thanks for the review.").build(),
          at("2026-11-30T09:00:00Z"))
      .badDocument("Candidate interviewed on Friday 20 Nov 2026 at 15:00 UTC, feedback delivered on Wednesday 25 Nov at "
              + "09:00: one business day late",
          candidate("late-bad-1").occurredAt(at("2026-11-20T15:00:00Z")).deliveredAt(at("2026-11-25T09:00:00Z"))
              .summary("Thank you for the interview.").build(),
          at("2026-11-30T09:00:00Z"), "deliveredAt")
      .badDocument("Employee session on 2 Nov, feedback delivered on 20 Nov: 11 days late",
          employee("late-bad-2", SessionType.CAREER_DEVELOPMENT).occurredAt(at("2026-11-02T10:00:00Z"))
              .deliveredAt(at("2026-11-20T10:00:00Z")).summary("Thanks for the session.").build(),
          at("2026-11-30T09:00:00Z"), "deliveredAt")
      .build();

  LateDelivery() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    Optional<Lateness> late = reading.lateness();
    if (late.isEmpty() || late.get().draft() || late.get().daysLate() == 0) {
      return;
    }
    Lateness l = late.get();
    String unit = l.deadline().window().businessDays() ? "business day" : "day";
    long n = l.daysLate();
    sink.report("deliveredAt", 0, 0)
        .message("Delivered " + n + " " + unit + (n == 1 ? "" : "s") + " after the " + l.deadline().window()
            + " window closed (" + Numbers.instant(l.deadline().end()) + "). Late feedback loses its use: details fade and the "
            + "recipient has moved on.")
        .prompt("Send feedback within " + l.deadline().window() + " of the event; if it must wait, say when it will come.");
  }
}
