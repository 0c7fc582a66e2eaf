package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.SentenceSignals;
import java.util.List;

/** {@code clarity/hidden-actor}: a passive sentence that does not say who acted. */
final class HiddenActor extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/hidden-actor")
      .summary("A passive construction that hides who did what (\"mistakes were made\")")
      .rationale("Feedback is about what someone did; a passive sentence with no actor leaves the reader guessing "
          + "who is meant. A note only: some passives are fine.")
      .severity(Severity.INFO)
      .good(
          "You skipped the code review on the billing fix.",
          "The bug was found by the on-call engineer within an hour.",
          "The client was impressed that you sent the figures on Friday.",
          "The ward was delighted when you rebuilt the rota in March.")
      .bad(
          "«Mistakes were made in the quarterly report.»",
          "Thanks for the update. «The deadline was missed twice.»")
      .build();

  HiddenActor() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (!f.role().isProse()) {
        continue;
      }
      List<SentenceSignals> sentences = f.sentences();
      for (int si = 0, sentenceCount = sentences.size(); si < sentenceCount; si++) {
        SentenceSignals s = sentences.get(si);
        if (s.sentence().passive() && !s.sentence().passiveWithAgent() && !s.sentence().question()) {
          sink.report(f.field(), s.sentence().start(), s.sentence().end())
              .message("This passive sentence does not say who acted, so the reader has to guess who is meant.")
              .prompt("Name who did it: \"you\", \"the team\", \"I\".");
        }
      }
    }
  }
}
