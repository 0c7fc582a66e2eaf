package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Lexicons;
import io.github.feedbackkit.rules.internal.engine.Matches;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.Set;
import java.util.List;

/** {@code balance/destructive-phrase}: words that wound instead of inform. */
final class DestructivePhrase extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("balance/destructive-phrase")
      .summary("A destructive word or verdict (\"terrible\", \"useless\", \"you failed\")")
      .rationale("Destructive wording makes the reader defend themselves instead of listening; the point is lost. "
          + "Say what did not work and what it caused.")
      .severity(Severity.WARNING)
      .good(
          "The migration script dropped two columns, so the release was rolled back.",
          "You handled a terrible situation calmly when the payment outage hit on Friday.",
          "The candidate said the old tool was \"useless\" and explained how she replaced it.",
          "Your draft was not useless at all: the second section became the final proposal.",
          "You cleaned up a mess left by the previous vendor in March.",
          "I don't care about the format of the report, as long as the numbers are right.")
      .bad(
          "Your slide deck was «terrible».",
          "«You failed» to answer the second coding question.",
          "Honestly, the handover notes were «useless» for the night nurse.",
          "Your code «is a mess».",
          "«You clearly don't care» about quality.")
      .build();

  /** Nouns of circumstance: a terrible situation is not a verdict on the person. */
  private static final Set<String> CIRCUMSTANCES = Set.of("situation", "traffic", "weather", "connection", "line",
      "luck", "news", "day", "week", "storm", "outage", "timing", "conditions", "circumstances", "start", "loss");

  private final Lexicons lex;

  DestructivePhrase(Lexicons lex) {
    super(DESCRIPTOR);
    this.lex = lex;
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (!f.role().isProse()) {
        continue;
      }
      AnalyzedText t = f.text();
      List<PhraseMatch> destructive = f.matches(lex.destructive, Lexicons.DESTRUCTIVE);
      for (int mi = 0, matchCount = destructive.size(); mi < matchCount; mi++) {
        PhraseMatch m = destructive.get(mi);
        if (Matches.quoted(t, m) || Matches.negated(t, m) || circumstance(t, m)) {
          continue;
        }
        sink.report(f.field(), m.start(), m.end())
            .message("\"" + t.text().substring(m.start(), m.end()) + "\" wounds rather than informs: the reader "
                + "defends themselves instead of hearing the point.")
            .prompt("Say what did not work and what it caused, e.g. \"the tests did not cover the refund path, so "
                + "the bug reached customers\".");
      }
    }
  }

  private static boolean circumstance(AnalyzedText t, PhraseMatch m) {
    WordTable words = WordTable.of(t);
    int next = m.endWord();
    if (next >= words.size()) {
      return false;
    }
    return words.sentence(next) == words.sentence(m.firstWord()) && CIRCUMSTANCES.contains(words.lemma(next));
  }
}
