package io.github.feedbackkit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.internal.text.PhraseLexicon;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.PhraseSet;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list positions the checks read a field's matches by name the lists they stand for. */
class LexiconPositionsTest {
  /** At least one phrase of every list the checks read by position. */
  private static final String TEXT = "She is young and energetic, a real culture fit, and aggressive. "
      + "You are not unreasonable and you always interrupt. Leverage the synergy. That was a stupid answer.";

  private static Map<Integer, PhraseLexicon> positions(Lexicons lex) {
    Map<Integer, PhraseLexicon> m = new LinkedHashMap<>();
    m.put(Lexicons.DESTRUCTIVE, lex.destructive);
    m.put(Lexicons.PERSONALITY, lex.personality);
    m.put(Lexicons.PROTECTED_TERMS, lex.protectedTerms);
    m.put(Lexicons.CULTURE_FIT, lex.cultureFit);
    m.put(Lexicons.JARGON, lex.jargon);
    m.put(Lexicons.DOUBLE_NEGATIVE, lex.doubleNegative);
    m.put(Lexicons.NEGATIVE_BEHAVIOUR, lex.negativeBehaviour);
    m.put(Lexicons.GENDER_CODED, lex.genderCoded);
    m.put(Lexicons.ABSOLUTE, lex.absolute);
    return m;
  }

  @Test
  void eachPositionHoldsTheListOfItsName() {
    Lexicons lex = Lexicons.base();
    PhraseSet.Found found = lex.read(TextAnalyzer.forLocale(Locale.ENGLISH), TEXT);
    for (Map.Entry<Integer, PhraseLexicon> e : positions(lex).entrySet()) {
      List<PhraseMatch> byPosition = found.of(e.getValue(), e.getKey());
      // not empty, so that two swapped positions cannot pass as the same shared empty list
      assertThat(byPosition).as("list at %d", e.getKey()).isNotEmpty()
          .isSameAs(found.of(e.getValue())).isSameAs(found.get(e.getKey()))
          .isEqualTo(e.getValue().find(found.text()));
    }
  }

  @Test
  void aListAtAnotherPositionIsStillFound() {
    Lexicons lex = Lexicons.base();
    PhraseSet.Found found = lex.read(TextAnalyzer.forLocale(Locale.ENGLISH), TEXT);
    for (int wrong : new int[] {-1, Lexicons.PERSONALITY, 99}) {
      assertThat(found.of(lex.jargon, wrong)).isEqualTo(lex.jargon.find(found.text())).isNotEmpty();
    }
  }
}
