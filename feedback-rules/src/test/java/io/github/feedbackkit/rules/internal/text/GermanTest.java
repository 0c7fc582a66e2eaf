package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Word;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The second language: German data and its small class, through the same algorithm. */
class GermanTest {
  private final TextAnalyzer de = TextAnalyzer.forLocale(Locale.GERMAN);

  private List<String> split(String text) {
    return de.analyze(text).sentences().stream().map(s -> s.text(text)).toList();
  }

  @Test
  void germanLocalesGetTheGermanAnalyzer() {
    assertThat(TextAnalyzer.forLocale(Locale.forLanguageTag("de-AT")).locale()).isEqualTo(Locale.GERMAN);
    assertThat(TextAnalyzer.forLocale(Locale.forLanguageTag("fr")).locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void germanAbbreviationsAndOrdinalsDoNotEndSentences() {
    assertThat(split("Bitte z.B. Tests ergänzen. Das Gespräch war am 3. Mai bei Dr. Weber. Danke!"))
        .containsExactly("Bitte z.B. Tests ergänzen.", "Das Gespräch war am 3. Mai bei Dr. Weber.", "Danke!");
  }

  @Test
  void negationScopeUsesGermanNegators() {
    AnalyzedText t = de.analyze("Die Präsentation war nicht klar, aber gut strukturiert.");
    assertThat(t.words().stream().filter(Word::negated).map(Word::text)).containsExactly("klar");
    assertThat(word(t, "nicht").pos()).isEqualTo(PosHint.NEGATION);
  }

  @Test
  void passiveIsWerdenWithAParticipleLaterInTheClause() {
    AnalyzedText t = de.analyze("Der Bericht wurde gestern vom Team geprüft. Du hast gut präsentiert.");
    assertThat(t.sentences().get(0).passive()).isTrue();
    assertThat(t.sentences().get(0).passiveWithAgent()).isTrue();
    assertThat(t.sentences().get(1).passive()).isFalse();
  }

  @Test
  void syllablesAreCountedFromSpelling() {
    assertThat(de.syllables("Rückmeldung")).isEqualTo(3);
    assertThat(de.syllables("Zusammenarbeit")).isEqualTo(5);
    assertThat(de.syllables("Haus")).isEqualTo(1);
  }

  @Test
  void hedgesAndImperativesComeFromGermanLists() {
    AnalyzedText t = de.analyze("Übe vielleicht die Einleitung.");
    assertThat(word(t, "vielleicht").hedge()).isTrue();
    assertThat(t.sentences().get(0).imperative()).isTrue();
    assertThat(word(t, "Übe").lower()).isEqualTo("übe");
  }
}
