package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.Unit;
import java.time.LocalDate;
import java.util.List;

/** {@code actionability/no-way-forward}: an improvement area with nothing to do about it. */
final class NoWayForward extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("actionability/no-way-forward")
      .summary("An improvement area with no way forward: no recommendation, resource, goal or follow-up")
      .rationale("Naming a problem without a next step leaves the reader knowing what is wrong but not what to do. "
          + "An improvement area is addressed by an action in the same or the next sentence, or by enough action "
          + "items and follow-ups in the document.")
      .severity(Severity.WARNING)
      .good(
          "Your reporting missed two deadlines in May. Next time, share a draft on the Monday before it is due.",
          "The answers to the SQL questions lacked joins; practise them on a sample database before your next interview.",
          "You presented the roadmap clearly at the town hall.",
          "You stayed late on Friday to help the night team restore the database.")
      .bad(
          "«Your reporting is not where it should be.»",
          "Thanks for the demo on Friday. «The error handling in the upload flow was incomplete.»",
          "«Your SQL answers were incorrect in both exercises.» «Please do better.»")
      .goodDocument("Improvement observation with a dated action item",
          Examples.employee("wayforward-good", SessionType.CAREER_DEVELOPMENT)
              .addObservation(Examples.obs(ObservationType.STRENGTH, "Your sprint demo on Thursday was clear."))
              .addObservation(Examples.obs(ObservationType.IMPROVEMENT, "Your code reviews were slow in October."))
              .addAction(ActionItem.builder().description("Answer review requests within one working day")
                  .dueDate(LocalDate.parse("2026-12-31")).build())
              .build(),
          Examples.at("2026-11-30T12:00:00Z"))
      .badDocument("Improvement observation with no action of any kind",
          Examples.employee("wayforward-bad", SessionType.CAREER_DEVELOPMENT)
              .addObservation(Examples.obs(ObservationType.STRENGTH, "Your sprint demo on Thursday was clear."))
              .addObservation(Examples.obs(ObservationType.IMPROVEMENT, "Your code reviews were slow in October."))
              .build(),
          Examples.at("2026-11-30T12:00:00Z"), "observations[1].text")
      .build();

  NoWayForward() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    int addressed = 0;
    List<Unit> improvements = reading.improvements();
    for (int ui = 0, unitCount = improvements.size(); ui < unitCount; ui++) {
      Unit u = improvements.get(ui);
      if (u.addressed()) {
        addressed++;
      }
    }
    // actions elsewhere in the document (action items, follow-up, other advice) cover the rest, one each
    int spare = Math.max(0, reading.actionSignals() - addressed);
    for (int ui = 0, unitCount = improvements.size(); ui < unitCount; ui++) {
      Unit u = improvements.get(ui);
      if (u.addressed()) {
        continue;
      }
      if (spare > 0) {
        spare--;
        continue;
      }
      sink.report(u.field(), u.start(), u.end())
          .message("This names a problem with no way forward: the reader knows what is wrong but not what to do.")
          .prompt("Add a concrete next step: what to try, a resource, a measurable goal or a follow-up date.");
    }
  }
}
