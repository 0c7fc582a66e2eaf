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
import java.util.List;

/** {@code fairness/personality-label}: a label on the person instead of a behaviour. */
final class PersonalityLabel extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("fairness/personality-label")
      .summary("A personality label (\"abrasive\", \"aggressive\", \"bossy\", \"emotional\", \"lazy\", \"not a team "
          + "player\") said of the person instead of a behaviour")
      .rationale("Labels judge who someone is, cannot be acted on, and are applied unevenly (women are called "
          + "\"abrasive\" far more often than men). Describe what they did and its effect. Only labels said of a "
          + "person count: \"an aggressive pricing plan\" or \"strong emotional awareness with patients\" do not; "
          + "negated or quoted labels do not either.")
      .severity(Severity.WARNING)
      .good(
          "We liked your aggressive pricing plan for the spring campaign.",
          "You showed strong emotional awareness with patients on the ward.",
          "I never found her unreliable: she covered four night shifts in March.",
          "The customer wrote that our support was \"rude and lazy\" before you took over the account.",
          "The legacy system from 2009 is difficult to test.",
          "The booking page seems slow to load on older phones.")
      .bad(
          "You can be «abrasive» in code reviews.",
          "She got «emotional» during the budget meeting.",
          "He is «not a team player».",
          "«Lazy» about documentation.",
          "You came across as «arrogant» when the client raised the delay.",
          "He «seems a bit slow» in meetings.",
          "She is «not very bright».")
      .build();

  private final Lexicons lex;

  PersonalityLabel(Lexicons lex) {
    super(DESCRIPTOR);
    this.lex = lex;
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      AnalyzedText t = f.text();
      List<PhraseMatch> personality = f.matches(lex.personality, Lexicons.PERSONALITY);
      for (int mi = 0, matchCount = personality.size(); mi < matchCount; mi++) {
        PhraseMatch m = personality.get(mi);
        if (Matches.quoted(t, m) || Matches.negated(t, m) || !PersonSense.aboutPerson(t, m)) {
          continue;
        }
        String found = t.text().substring(m.start(), m.end());
        sink.report(f.field(), m.start(), m.end())
            .message("\"" + found + "\" labels the person instead of describing what they did; labels cannot be "
                + "acted on and are applied unevenly.")
            .prompt("Describe the behaviour and its effect: what they said or did, when, and what happened.");
      }
    }
  }
}
