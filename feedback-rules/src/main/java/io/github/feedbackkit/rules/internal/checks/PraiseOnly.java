package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.Unit;
import java.util.List;

/** {@code balance/praise-only}: praise only, where the reader needs something to grow on. */
final class PraiseOnly extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("balance/praise-only")
      .summary("Praise only in a rejection, a project review or an improvement session")
      .rationale("Praise-only feedback is right for recognition, but a candidate who was turned down, or an employee "
          + "in a review, is left with nothing to grow on and no reason for the decision.")
      .severity(Severity.WARNING)
      .good(
          "Your portfolio review on Tuesday was excellent; the case study on the clinic booking app was the strongest we saw.",
          "We have decided to move forward with other candidates. Your take-home was clear and well tested. "
              + "Your answers on scaling the queue lacked depth; the Designing Data-Intensive Applications book covers it well.",
          "We have decided to move forward with other candidates. Your take-home was clear and well tested. For your "
              + "next project, try keeping validation and storage in separate classes.")
      .bad("«»Your take-home was clear and well tested, and the team enjoyed meeting you. Unfortunately, we have decided "
          + "to move forward with other candidates.",
          "«»Your portfolio was clear and well organised. In the end we went with someone else.")
      .goodDocument("Recognition session with praise only",
          Examples.employee("praise-good", SessionType.RECOGNITION)
              .summary("Thank you for covering the night shifts in March; the ward ran smoothly because of you.").build(),
          Examples.at("2026-11-30T12:00:00Z"))
      .badDocument("Performance-improvement session with praise only",
          Examples.employee("praise-bad", SessionType.PERFORMANCE_IMPROVEMENT)
              .summary("Your client calls this month were excellent and the team enjoys working with you.").build(),
          Examples.at("2026-11-30T12:00:00Z"), "summary")
      .build();

  PraiseOnly() {
    super(DESCRIPTOR);
  }

  static boolean needsGrowth(Reading r) {
    if (r.rejection()) {
      return true;
    }
    return r.feedback().flatMap(f -> f.context()).flatMap(c -> c.session())
        .map(s -> s == SessionType.PERFORMANCE_IMPROVEMENT || s == SessionType.PROJECT_REVIEW)
        .orElse(false);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    // explicit praise only: an uncritical account of what they did is not praise
    boolean praised = false;
    List<Unit> units = reading.strengths();
    for (int ui = 0, unitCount = units.size(); ui < unitCount; ui++) {
      Unit u = units.get(ui);
      praised |= !u.described();
    }
    // an improvement area, or a recommendation or other way forward, is something to grow on
    if (!needsGrowth(reading) || !praised || !reading.improvements().isEmpty() || reading.actionSignals() > 0) {
      return;
    }
    sink.report(reading.mainField(), 0, 0)
        .message("Only praise, in feedback that " + (reading.rejection() ? "turns the candidate down" : "reviews "
            + "performance") + ": the reader has nothing to grow on and cannot see the reason for the decision.")
        .prompt("Name one area to develop, with an example and a way to work on it.");
  }
}
