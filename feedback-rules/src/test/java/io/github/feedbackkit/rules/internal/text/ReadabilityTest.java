package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.feedbackkit.rules.Metrics;
import org.junit.jupiter.api.Test;

/** Readability figures with counts made by hand and the formulas worked out on paper. */
class ReadabilityTest {

  @Test
  void shortWordsGiveAnEasyScore() {
    // The(1) cat(1) sat(1) | The(1) dog(1) ran(1) far(1) away(2): 8 words, 2 sentences, 9 syllables
    Metrics m = EN.analyze("The cat sat. The dog ran far away.").metrics();
    assertThat(m.words()).isEqualTo(8);
    assertThat(m.sentences()).isEqualTo(2);
    assertThat(m.syllables()).isEqualTo(9);
    assertThat(m.averageSentenceLength()).isEqualTo(4.0);
    assertThat(m.longestSentenceWords()).isEqualTo(5);
    // 206.835 - 1.015*4 - 84.6*1.125 = 107.6 ; 0.39*4 + 11.8*1.125 - 15.59 = -0.755
    assertThat(m.fleschReadingEase()).isCloseTo(107.6, within(1e-9));
    assertThat(m.fleschKincaidGrade()).isCloseTo(-0.755, within(1e-9));
  }

  @Test
  void longWordsGiveAHardScore() {
    // Communication(5) improved(2) considerably(5) | Documentation(5) remains(2) inconsistent(4)
    Metrics m = EN.analyze("Communication improved considerably. Documentation remains inconsistent.").metrics();
    assertThat(m.words()).isEqualTo(6);
    assertThat(m.sentences()).isEqualTo(2);
    assertThat(m.syllables()).isEqualTo(23);
    // 206.835 - 1.015*3 - 84.6*23/6 = -120.51 ; 0.39*3 + 11.8*23/6 - 15.59 = 30.81333...
    assertThat(m.fleschReadingEase()).isCloseTo(-120.51, within(1e-9));
    assertThat(m.fleschKincaidGrade()).isCloseTo(30.813333333, within(1e-6));
  }

  @Test
  void numbersCountAsOneSyllableWordsAndAddressesAreNotWords() {
    // We(1) hired(2, as CMUdict counts it) 12(1) people(2) | See(1) now(1); the URL is no word
    Metrics m = EN.analyze("We hired 12 people. See https://example.com now.").metrics();
    assertThat(m.words()).isEqualTo(6);
    assertThat(m.syllables()).isEqualTo(8);
    assertThat(m.sentences()).isEqualTo(2);
  }

  @Test
  void aSentenceWithoutWordsDoesNotCount() {
    Metrics m = EN.analyze("Great work. \uD83D\uDC4D\uD83D\uDC4D!").metrics();
    assertThat(m.sentences()).isEqualTo(1);
    assertThat(m.words()).isEqualTo(2);
  }

  @Test
  void emptyTextHasZeroScores() {
    Metrics m = EN.analyze("  ").metrics();
    assertThat(m.words()).isZero();
    assertThat(m.fleschReadingEase()).isZero();
    assertThat(m.fleschKincaidGrade()).isZero();
    assertThat(m.characters()).isEqualTo(2);
  }
}
