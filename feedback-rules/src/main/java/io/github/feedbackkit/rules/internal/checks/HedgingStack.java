package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.List;
import java.util.Set;

/** {@code clarity/hedging-stack}: hedges piled on one another. */
final class HedgingStack extends BuiltInCheck {
  /** Two-word hedges that count once. */
  private static final Set<String> PAIRS = Set.of("kind of", "sort of", "a bit", "a little", "more or", "or less",
      "to some", "some extent", "i guess", "i think", "in some", "some ways");
  /** Hedges further apart than this many words do not stack. */
  private static final int GAP = 3;

  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/hedging-stack")
      .summary("Hedges piled on one another (\"maybe somewhat possibly\")")
      .rationale("One hedge can be honest; a stack of them makes the reader unsure whether there is a point at all. "
          + "Say what you saw and how sure you are.")
      .severity(Severity.WARNING)
      .good(
          "Perhaps start the demo with the customer's problem.",
          "Your estimate for the migration was two weeks; it took five.")
      .bad(
          "Your report was «maybe somewhat possibly» too long.",
          "The estimate was «perhaps somewhat» optimistic.")
      .build();

  HedgingStack() {
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
      AnalyzedText t = f.text();
      WordTable words = WordTable.of(t);
      if (!words.mayHaveHedges()) {
        continue; // most fields
      }
      int clusterStart = -1;
      int lastEnd = -1;
      int units = 0;
      int sentence = -1;
      for (int i = 0, size = words.size(); i < size; i++) {
        // modals ("you could try") are how advice is offered kindly: they do not stack
        boolean hedge = words.hedge(i) && !words.quoted(i) && words.pos(i) != io.github.feedbackkit.rules.PosHint.MODAL;
        if (!hedge) {
          continue;
        }
        boolean continuesPair = lastEnd == i - 1 && i > 0
            && PAIRS.contains(words.lower(i - 1) + " " + words.lower(i));
        if (clusterStart >= 0 && words.sentence(i) == sentence && i - lastEnd <= GAP) {
          if (!continuesPair) {
            units++;
          }
        } else {
          flush(sink, f, words, clusterStart, lastEnd, units);
          clusterStart = i;
          units = 1;
          sentence = words.sentence(i);
        }
        lastEnd = i;
      }
      flush(sink, f, words, clusterStart, lastEnd, units);
    }
  }

  private static void flush(FindingSink sink, FieldText f, WordTable words, int from, int to, int units) {
    if (from < 0 || units < 2) {
      return;
    }
    sink.report(f.field(), words.start(from), words.end(to))
        .message("Hedges piled on one another leave the reader unsure whether there is a point at all.")
        .prompt("Keep at most one hedge, or none: say what you saw and how sure you are.");
  }
}
