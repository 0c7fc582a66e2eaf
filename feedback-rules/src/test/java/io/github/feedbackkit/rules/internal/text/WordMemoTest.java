package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordMemoTest {

  @Test
  void aFormIsComputedOnceAndThenShared() {
    WordMemo memo = new WordMemo(new English());
    Lexeme first = memo.word("reviewed");
    assertThat(memo.word("reviewed")).isSameAs(first);
    assertThat(first.lemma).isEqualTo("review");
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void longFormsAreComputedButNotRemembered() {
    WordMemo memo = new WordMemo(new English());
    String longForm = "a".repeat(WordMemo.MAX_LENGTH + 1);
    assertThat(memo.word(longForm).lower).isEqualTo(longForm);
    assertThat(memo.size()).isZero();
  }

  @Test
  void theMemoStopsGrowingAtItsCapacityAndStillAnswers() {
    WordMemo memo = new WordMemo(new English());
    for (int i = 0; i < WordMemo.CAPACITY + 500; i++) {
      memo.word("w" + Integer.toString(i, 36));
    }
    assertThat(memo.size()).isEqualTo(WordMemo.CAPACITY);
    assertThat(memo.word("answers").lemma).isEqualTo("answer");
  }

  @Test
  void eachAnalyzerHasItsOwnMemo() {
    TextAnalyzer a = TextAnalyzer.forLocale(Locale.ENGLISH);
    TextAnalyzer b = TextAnalyzer.forLocale(Locale.ENGLISH);
    assertThat(a).isNotSameAs(b);
    assertThat(a.analyze("Thanks for the reviews.")).isEqualTo(b.analyze("Thanks for the reviews."));
  }
}
