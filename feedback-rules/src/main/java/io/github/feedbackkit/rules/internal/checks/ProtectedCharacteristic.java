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
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.List;

/** {@code fairness/protected-characteristic}: age, family, religion, ethnicity, health, gender and their proxies. */
final class ProtectedCharacteristic extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("fairness/protected-characteristic")
      .summary("A protected characteristic or a proxy for one: age (\"young and energetic\", \"overqualified\"), "
          + "pregnancy, family or marital status, religion, ethnicity, nationality, accent, disability or health, gender")
      .rationale("Feedback must judge the work. Mentioning a protected characteristic, even in passing or kindly, "
          + "is evidence of discrimination in a hiring or employment dispute. Always an error, whatever the intent; "
          + "it is flagged even when negated or quoted.")
      .severity(Severity.ERROR)
      .good(
          "The legacy system from 2009 was hard to change, and you mapped its modules in a day.",
          "You joined the team in March and shipped the search feature by June.",
          "The laptop you were given was too old to run the test suite.",
          "The billing system is too old-school to support refunds.")
      .bad(
          "We are looking for someone «young and energetic».",
          "She mentioned «her kids» twice during the interview.",
          "He is «overqualified» for this role.",
          "«Your accent» made the client calls hard to follow.",
          "Honestly, I think he is «too old» for a startup.",
          "You came across as «too old-school» for our team.")
      .build();

  private final Lexicons lex;

  ProtectedCharacteristic(Lexicons lex) {
    super(DESCRIPTOR);
    this.lex = lex;
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      AnalyzedText t = f.text();
      List<PhraseMatch> protectedTerms = f.matches(lex.protectedTerms, Lexicons.PROTECTED_TERMS);
      for (int mi = 0, matchCount = protectedTerms.size(); mi < matchCount; mi++) {
        PhraseMatch m = protectedTerms.get(mi);
        if (Matches.attr(m, "subject").equals("person") && !personBefore(t, m)) {
          continue; // "the laptop was too old"
        }
        String found = t.text().substring(m.start(), m.end());
        String category = Matches.attr(m, "category").replace('-', ' ');
        FindingSink.Draft d = sink.report(f.field(), m.start(), m.end())
            .message("\"" + found + "\" refers to " + (category.isEmpty() ? "a protected characteristic" : category)
                + ", a protected characteristic or a proxy for one. It is not evidence about the work and exposes "
                + "you to a discrimination claim.");
        String replacement = Matches.attr(m, "replacement");
        if (!replacement.isEmpty()) {
          d.suggest(replacement);
        }
        d.prompt("Remove it and describe only the work: what they did and its effect.");
      }
    }
  }

  /**
   * Whether the match is said of a person: "he is too old", "she may be too young", "you came
   * across as too old-school" (linking verbs in any form).
   */
  private static boolean personBefore(AnalyzedText t, PhraseMatch m) {
    WordTable words = WordTable.of(t);
    int s = words.sentence(m.firstWord());
    int i = m.firstWord() - 1;
    while (i >= 0 && words.sentence(i) == s) {
      PosHint pos = words.pos(i);
      String lower = words.lower(i);
      if (pos == PosHint.BE || pos == PosHint.MODAL || PersonSense.LINKING.contains(lower)
          || PersonSense.LINKING.contains(words.lemma(i)) || PersonSense.INTENSIFIERS.contains(lower)) {
        i--;
      } else {
        break;
      }
    }
    if (i < 0 || words.sentence(i) != s) {
      return false;
    }
    String w = words.lower(i);
    return PersonSense.SUBJECTS.contains(w) || PersonSense.PERSON_NOUNS.contains(w);
  }
}
