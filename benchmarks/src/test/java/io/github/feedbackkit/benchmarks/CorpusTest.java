package io.github.feedbackkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static Corpus corpus;

  @BeforeAll
  static void buildCorpus() {
    corpus = Corpus.standard();
  }

  @Test
  void theStandardCorpusHasAThousandDocumentsOfFortyToFourHundredWordsMedianAboutOneFifty() {
    int[] words = corpus.sortedWordCounts();

    assertThat(corpus.size()).isEqualTo(1_000);
    assertThat(words[0]).isGreaterThanOrEqualTo(40);
    assertThat(words[words.length - 1]).isLessThanOrEqualTo(400);
    assertThat(words[words.length / 2]).isBetween(130, 170);
  }

  @Test
  void theCorpusIsTheSameCharactersEveryTime() {
    Corpus again = Corpus.standard();

    for (int i = 0; i < corpus.size(); i++) {
      assertThat(again.text(i)).isEqualTo(corpus.text(i));
    }
    assertThat(again.utf8Bytes()).isEqualTo(corpus.utf8Bytes());
  }

  @Test
  void aSizedTextFitsItsSizeAndEndsAtAWordBoundary() {
    for (int bytes : new int[] {1024, 10 * 1024, 1024 * 1024}) {
      String text = corpus.textOfBytes(bytes);
      int size = text.getBytes(StandardCharsets.UTF_8).length;

      assertThat(size).isLessThanOrEqualTo(bytes).isGreaterThan(bytes - 100);
      assertThat(text).doesNotEndWith(" ").doesNotStartWith(" ");
      // It is cut from the corpus text, so it starts with the first document.
      assertThat(text).startsWith(corpus.text(0).substring(0, 40));
    }
  }
}
