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
import java.util.BitSet;
import java.util.List;

/** {@code fairness/gender-coded}: gender-coded trait words (Gaucher, Friesen &amp; Kay 2011), a note. */
final class GenderCoded extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("fairness/gender-coded")
      .summary("A gender-coded trait word said of the person (Gaucher, Friesen & Kay 2011), e.g. \"assertive\", "
          + "\"supportive\"")
      .rationale("Gaucher, Friesen and Kay (2011) found that masculine- and feminine-coded trait words shape how "
          + "readers see a role and who belongs in it. In feedback they can signal that the same behaviour is judged "
          + "differently by gender. A note only: consider naming the behaviour instead.")
      .severity(Severity.INFO)
      .good(
          "Your analytical skills showed in the cohort analysis of the churn data.",
          "You showed strong emotional awareness with patients on the ward.",
          "The team shipped the supportive onboarding guide in May.")
      .bad(
          "She is very «assertive» in planning meetings.",
          "He was «supportive» when the new hires joined in June.")
      .build();

  private final Lexicons lex;

  GenderCoded(Lexicons lex) {
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
      List<PhraseMatch> coded = f.matches(lex.genderCoded, Lexicons.GENDER_CODED);
      if (coded.isEmpty()) {
        continue;
      }
      AnalyzedText t = f.text();
      BitSet labelled = new BitSet();
      List<PhraseMatch> personality = f.matches(lex.personality, Lexicons.PERSONALITY);
      for (int mi = 0, matchCount = personality.size(); mi < matchCount; mi++) {
        PhraseMatch m = personality.get(mi);
        labelled.set(m.firstWord(), m.endWord());
      }
      for (int mi = 0, matchCount = coded.size(); mi < matchCount; mi++) {
        PhraseMatch m = coded.get(mi);
        if (Matches.quoted(t, m) || Matches.negated(t, m) || labelled.get(m.firstWord())
            || !PersonSense.aboutPerson(t, m)) {
          continue;
        }
        String found = t.text().substring(m.start(), m.end());
        String category = Matches.attr(m, "category");
        sink.report(f.field(), m.start(), m.end())
            .message("\"" + found + "\" is a " + (category.equals("policy") ? "gender" : category)
                + "-coded trait word (Gaucher, Friesen & Kay 2011); the same behaviour is often described "
                + "differently by gender.")
            .prompt("Consider naming the behaviour instead of the trait.");
      }
    }
  }
}
