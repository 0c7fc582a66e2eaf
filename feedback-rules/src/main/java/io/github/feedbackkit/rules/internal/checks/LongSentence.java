package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import java.util.List;

/** {@code clarity/long-sentence}: one sentence over 40 words. */
final class LongSentence extends BuiltInCheck {
  static final int MAX_WORDS = 40;

  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/long-sentence")
      .summary("A sentence of more than 40 words")
      .rationale("Readers lose the thread of very long sentences and miss the point buried in the middle. Split "
          + "it: one idea per sentence.")
      .severity(Severity.WARNING)
      .good("You walked us through the incident timeline step by step. Each step named who acted and why.")
      .bad("«In the final interview you talked about the migration project and the way the team had to coordinate "
          + "across three time zones while the vendor kept changing the schema and the product owners kept adding "
          + "requirements, which made it hard for us to see what you personally decided and what the team did "
          + "together.»")
      .build();

  LongSentence() {
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
      List<Sentence> sentences = f.text().sentences();
      for (int si = 0, sentenceCount = sentences.size(); si < sentenceCount; si++) {
        Sentence s = sentences.get(si);
        int words = s.endWord() - s.firstWord();
        if (words > MAX_WORDS) {
          sink.report(f.field(), s.start(), s.end())
              .message("This sentence has " + words + " words; readers lose the thread after about 25.")
              .prompt("Split it into shorter sentences, one idea each.");
        }
      }
    }
  }
}
