package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Lexicons;
import io.github.feedbackkit.rules.internal.engine.Matches;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;

/** {@code clarity/jargon}: corporate jargon and unexplained acronyms. */
final class Jargon extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/jargon")
      .summary("Corporate jargon (\"leverage synergies\", \"bandwidth\", \"move the needle\") or an unexplained acronym")
      .rationale("Jargon makes the reader translate before they can act, and candidates from outside the company "
          + "may not know the acronyms at all. Say it in plain words; the policy can add an organisation's own list.")
      .severity(Severity.WARNING)
      .good(
          "Please use the checklist from the onboarding week.",
          "Your OKR (objectives and key results) draft named three measurable goals.",
          "Practise the STAR format: situation, task, action, result.",
          "You doubled the network bandwidth of the branch offices.",
          "You cut the fund's leverage ratio from 3.1 to 2.4.")
      .bad(
          "You need to «leverage» the team's strengths.",
          "I don't have the «bandwidth» to review every ticket.",
          "Focus on work that will «move the needle» this quarter.",
          "Your «KPI» dashboard was late twice.")
      .build();

  private final Lexicons lex;

  Jargon(Lexicons lex) {
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
      List<PhraseMatch> jargon = f.matches(lex.jargon, Lexicons.JARGON);
      if (jargon.isEmpty()) {
        continue; // most fields: nothing to set up
      }
      AnalyzedText t = f.text();
      Map<String, Boolean> explained = new HashMap<>();
      String[] lower = new String[1]; // lower-cased once, only if an acronym needs it
      for (int mi = 0, matchCount = jargon.size(); mi < matchCount; mi++) {
        PhraseMatch m = jargon.get(mi);
        if (Matches.quoted(t, m) || literalSense(t, m)) {
          continue;
        }
        String found = t.text().substring(m.start(), m.end());
        String replacement = Matches.attr(m, "replacement");
        boolean acronym = Matches.attr(m, "category").equals("acronym");
        if (acronym && (explainedHere(t.text(), m.end()) || explained.computeIfAbsent(replacement,
            r -> !r.isEmpty() && lowerText(t, lower).contains(r.toLowerCase(Locale.ROOT))))) {
          continue;
        }
        FindingSink.Draft d = sink.report(f.field(), m.start(), m.end());
        if (acronym) {
          d.message("\"" + found + "\" is an acronym the reader may not know; spell it out the first time.");
          if (!replacement.isEmpty()) {
            d.suggest(replacement);
          }
        } else {
          d.message("\"" + found + "\" is jargon: the reader has to translate it before they can act on it.");
          if (!replacement.isEmpty()) {
            d.suggest(replacement);
          } else {
            d.prompt("Say it in plain words.");
          }
        }
      }
    }
  }

  /** How many words either side of a jargon word its literal-sense partner may stand. */
  private static final int LITERAL_REACH = 2;

  /**
   * Whether a jargon word is used in its literal sense: an entry's {@code literal} attribute lists
   * (comma-separated) words that, within two words before or after it in the same sentence, mark
   * the literal sense ("network bandwidth", "bandwidth of the link", "leverage ratio").
   */
  static boolean literalSense(AnalyzedText t, PhraseMatch m) {
    String literal = Matches.attr(m, "literal");
    if (literal.isEmpty()) {
      return false;
    }
    java.util.List<String> partners = java.util.Arrays.asList(literal.split(","));
    WordTable words = WordTable.of(t);
    int sentence = words.sentence(m.firstWord());
    int from = Math.max(0, m.firstWord() - LITERAL_REACH);
    int to = Math.min(words.size(), m.endWord() + LITERAL_REACH);
    for (int i = from; i < to; i++) {
      if ((i < m.firstWord() || i >= m.endWord()) && words.sentence(i) == sentence
          && (partners.contains(words.lower(i)) || partners.contains(words.lemma(i)))) {
        return true;
      }
    }
    return false;
  }

  private static String lowerText(AnalyzedText t, String[] cache) {
    if (cache[0] == null) {
      cache[0] = t.text().toLowerCase(Locale.ROOT);
    }
    return cache[0];
  }

  /** An acronym followed by its expansion in parentheses: "OKR (objectives and key results)". */
  private static boolean explainedHere(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(';
  }
}
