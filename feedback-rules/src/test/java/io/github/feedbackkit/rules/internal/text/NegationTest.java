package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static io.github.feedbackkit.rules.internal.text.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Word;
import org.junit.jupiter.api.Test;

/** The scope rule: from the word after a negator to the end of its clause. */
class NegationTest {

  private static String negatedWords(AnalyzedText t) {
    return String.join(" ", t.words().stream().filter(Word::negated).map(Word::text).toList());
  }

  @Test
  void scopeStopsAtAClauseOpeningWord() {
    AnalyzedText t = EN.analyze("I have no doubts that she will excel.");
    assertThat(negatedWords(t)).isEqualTo("doubts");
  }

  @Test
  void doubleNegationMarksTheNegatedAdjective() {
    AnalyzedText t = EN.analyze("The review was not unhelpful.");
    assertThat(negatedWords(t)).isEqualTo("unhelpful");
  }

  @Test
  void scopeRunsToTheEndOfTheSentence() {
    AnalyzedText t = EN.analyze("He was never once late to a meeting.");
    assertThat(negatedWords(t)).isEqualTo("once late to a meeting");
  }

  @Test
  void punctuationClosesTheScope() {
    AnalyzedText t = EN.analyze("She did not prepare, so the demo failed.");
    assertThat(negatedWords(t)).isEqualTo("prepare");
  }

  @Test
  void contractedNegatorsOpenAScope() {
    AnalyzedText t = EN.analyze("You didn't share examples but the plan was clear.");
    assertThat(negatedWords(t)).isEqualTo("share examples");
    assertThat(word(t, "didn't").pos()).isEqualTo(PosHint.NEGATION);
  }

  @Test
  void withoutOpensAScope() {
    AnalyzedText t = EN.analyze("He presented without notes; it went well.");
    assertThat(negatedWords(t)).isEqualTo("notes");
  }

  @Test
  void aNegatorIsNegatedOnlyInsideAnotherScope() {
    AnalyzedText t = EN.analyze("Not never, just rarely.");
    assertThat(word(t, "Not").negated()).isFalse();
    assertThat(word(t, "never").negated()).isTrue();
    assertThat(word(t, "rarely").negated()).isFalse();
  }

  @Test
  void scopeDoesNotCrossSentences() {
    AnalyzedText t = EN.analyze("No notes. Examples were clear");
    assertThat(negatedWords(t)).isEqualTo("notes");
  }
}
