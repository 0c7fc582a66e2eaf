package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import java.util.List;

/** {@code clarity/hard-to-read}: Flesch Reading Ease under 50 over 40 words or more. */
final class HardToRead extends BuiltInCheck {
  static final double MIN_EASE = 50.0;
  static final int MIN_WORDS = 40;

  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/hard-to-read")
      .summary("Hard reading level: Flesch Reading Ease under 50 (texts of 40 words or more)")
      .rationale("Long words and long sentences make the reader work; plain words are understood on first "
          + "reading. A note only: technical terms can be right for the reader.")
      .severity(Severity.INFO)
      .good("Thank you for the call on Monday. You told us how you fixed the slow report. You cut the run time "
          + "from ten minutes to one. That was the best answer we heard. Next time, bring a short sketch of the "
          + "design. It will help the panel follow you.")
      .bad("«»Organisational effectiveness considerations notwithstanding, the interviewing committee's collective "
          + "determination identified insufficiently substantiated methodological justifications regarding "
          + "infrastructure virtualisation recommendations, particularly concerning operational sustainability "
          + "implications and comprehensive implementation prioritisation alternatives. The committee's recommendation "
          + "consequently necessitates additional organisational deliberation concerning individual qualifications, "
          + "professional accreditation and demonstrated capabilities regarding enterprise architecture.")
      .build();

  HardToRead() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (f.role() == FieldRole.EVIDENCE) {
        continue; // the author's words only: not someone's quoted evidence
      }
      Metrics m = f.text().metrics();
      if (m.words() >= MIN_WORDS && m.fleschReadingEase() < MIN_EASE) {
        sink.report(f.field(), 0, 0)
            .message("Reading ease is " + Numbers.whole(m.fleschReadingEase()) + " (Flesch; under 50 is hard): the "
                + "reader has to work to follow this.")
            .prompt("Use shorter sentences and everyday words.");
      }
    }
  }
}
