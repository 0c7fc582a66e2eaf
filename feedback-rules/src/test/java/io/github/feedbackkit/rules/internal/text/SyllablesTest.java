package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllablesTest {

  @Test
  void dictionaryWordsUseTheirFirstCmuPronunciation() {
    assertThat(EN.syllables("feedback")).isEqualTo(2);
    assertThat(EN.syllables("every")).isEqualTo(3); // CMUdict's first pronunciation, not "ev-ry"
    assertThat(EN.syllables("Interpersonal")).isEqualTo(5);
    assertThat(EN.syllables("the")).isEqualTo(1);
  }

  @Test
  void curlyApostrophesAreLookedUpLikeStraightOnes() {
    assertThat(EN.syllables("didn\u2019t")).isEqualTo(EN.syllables("didn't")).isEqualTo(2);
  }

  @Test
  void hyphenatedAndSnakeCaseWordsAddTheirParts() {
    assertThat(EN.syllables("follow-up")).isEqualTo(3);
    assertThat(EN.syllables("remove_punctuation")).isEqualTo(6);
  }

  @Test
  void unknownInflectionsBuildOnTheirLemma() {
    // "reskill" is not in CMUdict; "skill" is (1), the prefix is spelled out
    assertThat(EN.syllables("upskilled")).isEqualTo(2);
    assertThat(EN.syllables("onboardings")).isEqualTo(3);
  }

  @Test
  void spellingRulesCountVowelGroupsSilentEAndEd() {
    assertThat(English.bySpelling("flimbake")).isEqualTo(2);
    assertThat(English.bySpelling("glorped")).isEqualTo(1);
    assertThat(English.bySpelling("glorted")).isEqualTo(2);
    assertThat(English.bySpelling("trimble")).isEqualTo(2);
    assertThat(English.bySpelling("zanation")).isEqualTo(3);
    assertThat(English.bySpelling("florbments")).isEqualTo(2);
    assertThat(English.bySpelling("x")).isEqualTo(1);
    assertThat(English.bySpelling("123")).isZero();
  }
}
