package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.Unit;

/** {@code balance/no-strength}: improvement areas with no strength acknowledged at all. */
final class NoStrength extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("balance/no-strength")
      .summary("Improvement areas are named but no strength is acknowledged at all")
      .rationale("Feedback that only lists weaknesses reads as a verdict; people accept criticism more readily "
          + "when they can see the author also noticed what went well.")
      .severity(Severity.WARNING)
      .good(
          "Your test plan for the checkout page was thorough. The summary email went out two days late.",
          "Thank you for coming in on Monday.",
          "You covered 40 calls a day in March without a single logging error.",
          "None of your deliveries failed the damage check in May, and you opened two new routes.")
      .bad(
          "«The summary email went out two days late.»",
          "Thank you for your time. «Your SQL answers were incorrect in both exercises.» Practise joins on a sample database.",
          "«You gave no explanation for the errors in the May report.»",
          "«You turned up late to three of the five stand-ups in May.»")
      .goodDocument("Structured feedback with a strength and an improvement area",
          Examples.employee("nostrength-good", SessionType.PROJECT_REVIEW)
              .addObservation(Examples.obs(ObservationType.STRENGTH, "Your sprint demo on Thursday was well prepared."))
              .addObservation(Examples.obs(ObservationType.IMPROVEMENT, "Two tickets were closed without tests."))
              .build(),
          Examples.at("2026-11-30T12:00:00Z"))
      .badDocument("Structured feedback with improvement areas only",
          Examples.employee("nostrength-bad", SessionType.PROJECT_REVIEW)
              .addObservation(Examples.obs(ObservationType.IMPROVEMENT, "Two tickets were closed without tests."))
              .build(),
          Examples.at("2026-11-30T12:00:00Z"), "observations[0].text")
      .build();

  NoStrength() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    if (reading.improvements().isEmpty() || !reading.strengths().isEmpty()) {
      return;
    }
    Unit first = reading.improvements().get(0);
    sink.report(first.field(), first.start(), first.end())
        .message("Only improvement areas, and no strength acknowledged: the reader hears a verdict and stops "
            + "listening.")
        .prompt("Acknowledge one thing they did well, with an example.");
  }
}
