package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Word;
import org.junit.jupiter.api.Test;

/** Hostile and unusual inputs: no exception, sensible output (speed is measured in the benchmarks). */
class RobustnessTest {

  @Test
  void nullAndEmptyTextsHaveNoSentences() {
    assertThat(EN.analyze(null).sentences()).isEmpty();
    assertThat(EN.analyze("").words()).isEmpty();
    assertThat(EN.analyze("").metrics().fleschReadingEase()).isZero();
  }

  @Test
  void blankTextsAreWholeAnalysesWithoutWords() {
    for (String blank : new String[] {"", " ", "\n\n", " \t\u00a0\u2003\r\n "}) {
      AnalyzedText t = EN.analyze(blank);
      assertThat(t.text()).isSameAs(blank);
      assertThat(t.locale()).isEqualTo(java.util.Locale.ENGLISH);
      assertThat(t.sentences()).isEmpty();
      assertThat(t.words()).isEmpty();
      assertThat(t.quotes()).isEmpty();
      assertThat(t.metrics()).isEqualTo(io.github.feedbackkit.rules.Metrics.of(blank.length(), 0, 0, 0, 0));
      assertThat(t.metrics().characters()).isEqualTo(blank.length());
    }
    // a text of punctuation alone has a sentence, and no words (nor counted sentences)
    AnalyzedText dots = EN.analyze(" ... ");
    assertThat(dots.sentences()).hasSize(1);
    assertThat(dots.words()).isEmpty();
    assertThat(dots.metrics()).isEqualTo(io.github.feedbackkit.rules.Metrics.of(5, 0, 0, 0, 0));
  }

  @Test
  void emojiAndCombiningMarksStayInsideTheirTokens() {
    String s = "Great job \uD83D\uDC4D\uD83C\uDFFD! Cafe\u0301 na\u0308ive.";
    AnalyzedText t = EN.analyze(s);
    assertThat(t.words()).extracting(Word::text).containsExactly("Great", "job", "Cafe\u0301", "na\u0308ive");
    assertThat(t.sentences()).hasSize(2);
  }

  @Test
  void cjkAndRightToLeftTextAreSegmented() {
    AnalyzedText cjk = EN.analyze("\u8868\u73b0\u5f88\u597d\u3002\u7ee7\u7eed\u52aa\u529b\uff01");
    assertThat(cjk.sentences()).hasSize(2);
    AnalyzedText rtl = EN.analyze("\u05e2\u05d1\u05d5\u05d3\u05d4 \u05d8\u05d5\u05d1\u05d4. \u05db\u05dc \u05d4\u05db\u05d1\u05d5\u05d3!");
    assertThat(rtl.sentences()).hasSize(2);
    assertThat(rtl.words()).hasSize(4);
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreKept() {
    String s = "ok\u0000go\u0007 \uD800 bad\uDC00 end.";
    AnalyzedText t = EN.analyze(s);
    assertThat(t.sentences()).hasSize(1);
    assertThat(t.sentences().get(0).end()).isEqualTo(s.length());
  }

  @Test
  void aOneMegabyteWordIsOneWord() {
    String s = "x".repeat(1 << 20);
    AnalyzedText t = EN.analyze(s);
    assertThat(t.words()).hasSize(1);
    assertThat(t.words().get(0).end()).isEqualTo(s.length());
    assertThat(t.words().get(0).syllables()).isEqualTo(1);
  }

  @Test
  void aHundredThousandEmptyLinesAreNoSentence() {
    String s = "\n".repeat(100_000);
    assertThat(EN.analyze(s).sentences()).isEmpty();
    assertThat(EN.analyze("Start." + s + "End.").sentences()).hasSize(2);
  }

  @Test
  void manyShortLinesGiveOneSentenceEach() {
    String s = "ok\n".repeat(50_000);
    assertThat(EN.analyze(s).sentences()).hasSize(50_000);
  }

  @Test
  void longRunsOfMarksAndDotsStayLinearAndWhole() {
    String s = "\"" + ". ".repeat(50_000) + "\" " + "!?".repeat(50_000) + " a@b".repeat(20_000);
    AnalyzedText t = EN.analyze(s);
    assertThat(t.sentences()).isNotEmpty();
    assertThat(t.sentences().get(t.sentences().size() - 1).end()).isEqualTo(s.length());
  }
}
