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

/** {@code timeliness/overdue-draft}: a draft not sent although its window has closed. */
final class OverdueDraft extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("timeliness/overdue-draft")
      .summary("A draft still not delivered after its window closed, judged against the analyzer's clock")
      .rationale("Every day a finished draft waits, the feedback is worth less to the person waiting for it.")
      .severity(Severity.WARNING)
      .goodDocument("Draft for a Monday 23 Nov 2026 interview, checked on Tuesday 24 Nov: still in time",
          candidate("draft-good-1").occurredAt(at("2026-11-23T10:00:00Z")).summary("Thank you for the interview.").build(),
          at("2026-11-24T12:00:00Z"))
      .goodDocument("Delivered document (not a draft) about an employee session",
          employee("draft-good-2", SessionType.RECOGNITION).occurredAt(at("2026-11-02T10:00:00Z"))
              .deliveredAt(at("2026-11-03T10:00:00Z")).summary("Thank you for covering the night shift.").build(),
          at("2026-11-30T12:00:00Z"))
      .badDocument("Draft for a Thursday 19 Nov 2026 interview, checked on Tuesday 24 Nov: 1 business day overdue",
          candidate("draft-bad-1").occurredAt(at("2026-11-19T10:00:00Z")).summary("Thank you for the interview.").build(),
          at("2026-11-24T12:00:00Z"), "deliveredAt")
      .badDocument("Draft about an employee session on 1 Nov, checked on 30 Nov",
          employee("draft-bad-2", SessionType.PERFORMANCE_IMPROVEMENT).occurredAt(at("2026-11-01T10:00:00Z"))
              .summary("Notes from our session.").build(),
          at("2026-11-30T12:00:00Z"), "deliveredAt")
      .build();

  OverdueDraft() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    Optional<Lateness> late = reading.lateness();
    if (late.isEmpty() || !late.get().draft() || late.get().daysLate() == 0) {
      return;
    }
    Lateness l = late.get();
    String unit = l.deadline().window().businessDays() ? "business day" : "day";
    long n = l.daysLate();
    sink.report("deliveredAt", 0, 0)
        .message("This draft is " + n + " " + unit + (n == 1 ? "" : "s") + " overdue: its " + l.deadline().window()
            + " window closed at " + Numbers.instant(l.deadline().end()) + ". The person is still waiting for it.")
        .prompt("Send it now, or tell the recipient when it will come.");
  }
}
