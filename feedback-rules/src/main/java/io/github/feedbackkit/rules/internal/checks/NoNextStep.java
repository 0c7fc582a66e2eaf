package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Reading;

/** {@code actionability/no-next-step}: a rejection or improvement session with nothing to act on. */
final class NoNextStep extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("actionability/no-next-step")
      .summary("A rejection or a performance-improvement session that offers nothing to act on")
      .rationale("A candidate who was turned down, or an employee asked to improve, needs at least one thing they "
          + "can do next: what would make the next application stronger, or what to work on and by when.")
      .severity(Severity.WARNING)
      .good(
          "Unfortunately we have decided to move forward with other candidates. For your next interview, practise "
              + "explaining trade-offs out loud.",
          "Thank you for the great onboarding session on Monday.")
      .bad("«»Thank you for your time. Unfortunately, we have decided to move forward with other candidates.")
      .goodDocument("Improvement session with a follow-up",
          Examples.employee("nextstep-good", SessionType.PERFORMANCE_IMPROVEMENT)
              .summary("We agreed to meet again on 15 December to look at the ticket backlog together.").build(),
          Examples.at("2026-11-30T12:00:00Z"))
      .badDocument("Improvement session with nothing to act on",
          Examples.employee("nextstep-bad", SessionType.PERFORMANCE_IMPROVEMENT)
              .summary("We talked about the quarter.").build(),
          Examples.at("2026-11-30T12:00:00Z"), "summary")
      .build();

  NoNextStep() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    boolean improvementSession = reading.feedback().flatMap(f -> f.context()).flatMap(c -> c.session())
        .map(s -> s == SessionType.PERFORMANCE_IMPROVEMENT).orElse(false);
    if (!(reading.rejection() || improvementSession) || !reading.improvements().isEmpty()
        || reading.actionSignals() > 0) {
      return;
    }
    sink.report(reading.mainField(), 0, 0)
        .message(reading.rejection()
            ? "This turns the candidate down without anything they can act on next time."
            : "This improvement session ends without a next step the employee can act on.")
        .prompt(reading.rejection()
            ? "Add one concrete thing that would make a future application stronger."
            : "Agree on one action with a date or a measure, and a follow-up.");
  }
}
