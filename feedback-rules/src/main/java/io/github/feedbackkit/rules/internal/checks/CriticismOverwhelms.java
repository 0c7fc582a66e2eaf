package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.Unit;

/** {@code balance/criticism-overwhelms}: many improvement points and one token compliment. */
final class CriticismOverwhelms extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("balance/criticism-overwhelms")
      .summary("Criticism overwhelms: four or more improvement areas for each strength acknowledged")
      .rationale("A long list of weaknesses after one token compliment buries the praise and discourages; pick the "
          + "two or three points that matter most.")
      .severity(Severity.WARNING)
      .good("Your demo on Monday was clear. The API docs were missing two endpoints. The error messages were unclear.")
      .bad("Your demo on Monday was clear. The API docs were missing two endpoints. The error messages were unclear. "
          + "The release notes were late. «The tests were incomplete.» The code review comments were vague.")
      .build();

  CriticismOverwhelms() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    int strengths = reading.strengths().size();
    int improvements = reading.improvements().size();
    if (strengths == 0 || improvements < 4 || improvements < 4 * strengths) {
      return;
    }
    // the span: where the list goes past three points
    Unit u = reading.improvements().get(3);
    sink.report(u.field(), u.start(), u.end())
        .message(improvements + " improvement areas against " + strengths + " strength" + (strengths == 1 ? "" : "s")
            + ": the praise is buried and the list discourages more than it helps.")
        .prompt("Keep the two or three points that matter most, and say what went well.");
  }
}
