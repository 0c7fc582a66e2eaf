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

/** {@code fairness/culture-fit}: "culture fit" as a verdict. */
final class CultureFit extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("fairness/culture-fit")
      .summary("\"Culture fit\" (or \"not a fit\") used as a verdict without naming a behaviour")
      .rationale("\"Not a culture fit\" hides the real reason and is where bias (age, background, gender) creeps "
          + "into hiring decisions. Name the behaviour or the requirement that was not met.")
      .severity(Severity.WARNING)
      .good(
          "The role needs weekly on-site visits, which you said you cannot make.",
          "Your answers about code review matched how our team works: small changes, reviewed the same day.")
      .bad(
          "We felt he was «not a good fit» for the team.",
          "Strong engineer, but «not a culture fit».",
          "I'm not sure she would «fit in with the team».",
          "We need a better «cultural match» for this team.",
          "Your style «did not gel» with the team.")
      .build();

  private final Lexicons lex;

  CultureFit(Lexicons lex) {
    super(DESCRIPTOR);
    this.lex = lex;
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      AnalyzedText t = f.text();
      List<PhraseMatch> cultureFit = f.matches(lex.cultureFit, Lexicons.CULTURE_FIT);
      for (int mi = 0, matchCount = cultureFit.size(); mi < matchCount; mi++) {
        PhraseMatch m = cultureFit.get(mi);
        if (Matches.quoted(t, m)) {
          continue;
        }
        sink.report(f.field(), m.start(), m.end())
            .message("\"" + t.text().substring(m.start(), m.end()) + "\" is a verdict that hides the reason; it is "
                + "where bias creeps into decisions.")
            .prompt("Name the behaviour or the requirement that was not met, with an example.");
      }
    }
  }
}
