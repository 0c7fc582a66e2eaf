package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Lexicons;
import io.github.feedbackkit.rules.internal.engine.Matches;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.SentenceSignals;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/** {@code fairness/sweeping-absolute}: "you always …", "you never …" as criticism. */
final class SweepingAbsolute extends BuiltInCheck {
  private static final Set<String> PEOPLE = Set.of("you", "he", "she", "they");

  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("fairness/sweeping-absolute")
      .summary("A sweeping absolute aimed at the person (\"you always interrupt\", \"you never listen\")")
      .rationale("Absolutes are almost never literally true, so the reader argues with the exaggeration instead of "
          + "hearing the point. Name the occasions instead. Praise (\"you never missed a deadline\") is not flagged.")
      .severity(Severity.WARNING)
      .good(
          "You never missed a deadline this year.",
          "You always prepared the ward rounds thoroughly.",
          "You interrupted the client twice in Tuesday's call.",
          "You always reconcile the accounts before Friday, and we had zero posting errors in March.",
          "You never gave up on the flaky build, and you found the race condition.")
      .bad(
          "«You always» interrupt people in meetings.",
          "«She never» asks for help.",
          "«You are constantly» late to the morning stand-up.")
      .build();

  private final Lexicons lex;

  SweepingAbsolute(Lexicons lex) {
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
      WordTable words = WordTable.of(t);
      BitSet badBehaviour = null; // the sentences with a bad behaviour, read at the first absolute
      // "always", "constantly", "continually" or "never", found with the other lists' phrases
      List<PhraseMatch> absolutes = f.matches(lex.absolute, Lexicons.ABSOLUTE);
      for (int mi = 0, matchCount = absolutes.size(); mi < matchCount; mi++) {
        PhraseMatch m = absolutes.get(mi);
        int i = m.firstWord();
        if (!words.lower(i).equals(m.entry().phrase())) {
          continue; // the listed form itself, not another word of its lemma
        }
        boolean always = Matches.attr(m, "always").equals("true"); // or "never"
        if (words.quoted(i)) {
          continue;
        }
        int sentence = words.sentence(i);
        int subject = i - 1;
        if (subject >= 0 && isAux(words, subject) && words.sentence(subject) == sentence) {
          subject--;
        }
        if (subject < 0 || words.sentence(subject) != sentence || !PEOPLE.contains(words.lower(subject))) {
          continue;
        }
        if (badBehaviour == null) {
          badBehaviour = badBehaviour(f, t);
        }
        SentenceSignals s = f.sentences().get(sentence);
        boolean negative = badBehaviour.get(sentence) || s.criticism();
        if (!always && !negative && s.praise()) {
          continue; // "you never stopped improving the tests, which were excellent": praise, not a charge
        }
        // "you always interrupt" is criticism; "you never missed a deadline" is praise
        if (always ? !negative : negative) {
          continue;
        }
        sink.report(f.field(), words.start(subject), words.end(i))
            .message("\"" + t.text().substring(words.start(subject), words.end(i)) + "\" is a sweeping absolute: "
                + "the reader will argue with the exaggeration instead of hearing the point.")
            .prompt("Name the occasions: when it happened and how often.");
      }
    }
  }

  /** The sentences of a field that name a bad behaviour ("missed the deadline", "was late"). */
  private BitSet badBehaviour(FieldText f, AnalyzedText t) {
    BitSet bad = new BitSet();
    List<PhraseMatch> negativeBehaviour = f.matches(lex.negativeBehaviour, Lexicons.NEGATIVE_BEHAVIOUR);
    for (int mi = 0, matchCount = negativeBehaviour.size(); mi < matchCount; mi++) {
      PhraseMatch m = negativeBehaviour.get(mi);
      // "no billing errors", "stayed late to help": not a bad behaviour
      if (!Matches.absent(t, m.firstWord()) && !Matches.lateAsTimeOfDay(t, m)) {
        bad.set(Matches.sentence(t, m));
      }
    }
    return bad;
  }

  private static boolean isAux(WordTable words, int i) {
    PosHint p = words.pos(i);
    return p == PosHint.BE || p == PosHint.HAVE || p == PosHint.MODAL || words.lemma(i).equals("do");
  }
}
