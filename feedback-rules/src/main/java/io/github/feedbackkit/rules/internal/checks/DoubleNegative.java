package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Lexicons;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.BitSet;
import java.util.List;

/** {@code clarity/double-negative}: a negator followed closely by another negative. */
final class DoubleNegative extends BuiltInCheck {
  /** How many words after the negator the second negative may come. */
  private static final int REACH = 3;

  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/double-negative")
      .summary("A double negative (\"not unreasonable\", \"not without merit\")")
      .rationale("Two negatives make the reader stop and compute what is meant, and they blur the message. "
          + "Say it positively.")
      .severity(Severity.WARNING)
      .good(
          "I have no doubts about her dependability.",
          "Your estimate was reasonable.",
          "No, the release did not slip.",
          "The rollout had no bugs and no delays.")
      .bad(
          "Your estimate was «not unreasonable».",
          "The proposal was «not without» merit.",
          "It is «not impossible» that you will lead the next launch.")
      .build();

  private final Lexicons lex;

  DoubleNegative(Lexicons lex) {
    super(DESCRIPTOR);
    this.lex = lex;
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (f.role() == FieldRole.EVIDENCE) {
        continue; // the author's words only: not someone's quoted evidence
      }
      AnalyzedText t = f.text();
      WordTable words = WordTable.of(t);
      if (!words.mayHaveNegationWords()) {
        continue; // no negator, so no double negative
      }
      List<PhraseMatch> listed = f.matches(lex.doubleNegative, Lexicons.DOUBLE_NEGATIVE);
      BitSet negative = null; // the listed negatives' first words, if any
      for (int mi = 0, matchCount = listed.size(); mi < matchCount; mi++) {
        PhraseMatch m = listed.get(mi);
        if (negative == null) {
          negative = new BitSet(words.size());
        }
        negative.set(m.firstWord());
      }
      int i = 0;
      int size = words.size();
      while (i < size) {
        int hit = -1;
        if (words.pos(i) == PosHint.NEGATION && !words.quoted(i) && mayFollow(words, negative, i)) {
          int sentence = words.sentence(i);
          for (int j = i + 1; j < size && j <= i + REACH; j++) {
            if (words.sentence(j) != sentence || !PersonSense.onlySpace(t.text(), words.end(j - 1), words.start(j))) {
              break;
            }
            String x = words.lower(j);
            PosHint pos = words.pos(j);
            if (x.equals("only") || pos == PosHint.CONJUNCTION || x.equals("and")
                || x.equals("or") || x.equals("nor") || x.equals("but")) {
              break; // "not only ... but also", "no bugs and no delays"
            }
            if ((negative != null && negative.get(j)) || pos == PosHint.NEGATION) {
              hit = j;
              break;
            }
          }
        }
        if (hit < 0) {
          i++;
          continue;
        }
        sink.report(f.field(), words.start(i), words.end(hit))
            .message("A double negative makes the reader stop and work out what you mean.")
            .prompt("Say it positively, e.g. \"reasonable\" instead of \"not unreasonable\".");
        i = hit + 1;
      }
    }
  }

  /**
   * Whether a second negative stands within reach of the negator at {@code i} ({@code negative}:
   * the listed negatives, or null for none): without one there is no double negative, and the
   * clause need not be read.
   */
  private static boolean mayFollow(WordTable words, BitSet negative, int i) {
    for (int j = i + 1; j < words.size() && j <= i + REACH; j++) {
      if ((negative != null && negative.get(j)) || words.pos(j) == PosHint.NEGATION) {
        return true;
      }
    }
    return false;
  }
}
