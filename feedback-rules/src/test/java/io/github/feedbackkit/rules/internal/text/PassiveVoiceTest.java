package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static io.github.feedbackkit.rules.internal.text.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Sentence;
import org.junit.jupiter.api.Test;

/** Passive voice, imperative openings and modal hints. */
class PassiveVoiceTest {

  private static Sentence first(String text) {
    return EN.analyze(text).sentences().get(0);
  }

  @Test
  void beFollowedByARegularParticipleIsPassive() {
    assertThat(first("The schema was reviewed twice.").passive()).isTrue();
  }

  @Test
  void beFollowedByAnIrregularParticipleIsPassive() {
    assertThat(first("The tests were written late.").passive()).isTrue();
  }

  @Test
  void adverbsBetweenBeAndTheParticipleDoNotHideIt() {
    assertThat(first("Mistakes were clearly not made on purpose.").passive()).isTrue();
    assertThat(first("The module has been carefully tested.").passive()).isTrue();
  }

  @Test
  void getPassiveCounts() {
    assertThat(first("She got promoted in March.").passive()).isTrue();
  }

  @Test
  void byAfterTheParticipleIsTheAgent() {
    Sentence s = first("The plan was approved by the committee.");
    assertThat(s.passive()).isTrue();
    assertThat(s.passiveWithAgent()).isTrue();
    assertThat(first("The plan was approved quickly.").passiveWithAgent()).isFalse();
  }

  @Test
  void activeSentencesAndAdjectivesAfterBeAreNotPassive() {
    assertThat(first("You reviewed the schema.").passive()).isFalse();
    assertThat(first("The answers were vague.").passive()).isFalse();
    assertThat(first("She is talented and experienced.").passive()).isFalse();
  }

  @Test
  void aCommaBetweenBeAndTheVerbBreaksTheConstruction() {
    assertThat(first("The issue is, fixed or not, minor.").passive()).isFalse();
  }

  @Test
  void baseVerbOpeningIsImperative() {
    assertThat(first("Practise the STAR format before interviews.").imperative()).isTrue();
    assertThat(first("Please share the deck.").imperative()).isTrue();
    assertThat(first("1. Add concrete numbers").imperative()).isTrue();
    assertThat(first("Don't rush the intro.").imperative()).isTrue();
  }

  @Test
  void nounOpeningsAndQuestionsAreNotImperative() {
    assertThat(first("Work was delivered late.").imperative()).isFalse();
    assertThat(first("The code works.").imperative()).isFalse();
    assertThat(first("Try it again?").imperative()).isFalse();
  }

  @Test
  void modalsAndTheVerbsAfterThemAreHinted() {
    AnalyzedText t = EN.analyze("You could consider adding tests, and you should not skip reviews.");
    assertThat(word(t, "could").pos()).isEqualTo(PosHint.MODAL);
    assertThat(word(t, "consider").pos()).isEqualTo(PosHint.MODAL);
    assertThat(word(t, "should").pos()).isEqualTo(PosHint.MODAL);
    assertThat(word(t, "skip").pos()).isEqualTo(PosHint.BASE_VERB);
    assertThat(word(t, "tests").pos()).isEqualTo(PosHint.OTHER);
  }

  @Test
  void closedClassWordsAreHinted() {
    AnalyzedText t = EN.analyze("She has shared the notes with us and them.");
    assertThat(word(t, "She").pos()).isEqualTo(PosHint.PRONOUN);
    assertThat(word(t, "has").pos()).isEqualTo(PosHint.HAVE);
    assertThat(word(t, "shared").pos()).isEqualTo(PosHint.PARTICIPLE);
    assertThat(word(t, "the").pos()).isEqualTo(PosHint.DETERMINER);
    assertThat(word(t, "with").pos()).isEqualTo(PosHint.PREPOSITION);
    assertThat(word(t, "and").pos()).isEqualTo(PosHint.CONJUNCTION);
  }

  @Test
  void questionsAreFlagged() {
    AnalyzedText t = EN.analyze("Why this design? It scales.");
    assertThat(t.sentences()).extracting(Sentence::question).containsExactly(true, false);
  }
}
