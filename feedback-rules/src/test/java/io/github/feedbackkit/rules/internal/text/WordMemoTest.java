package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordMemoTest {
  private static final byte WORD = (byte) io.github.feedbackkit.rules.WordKind.WORD.ordinal();

  @Test
  void aFormIsComputedOnceAndThenShared() {
    WordMemo memo = new WordMemo(new English());
    Lexeme first = memo.lexeme("reviewed", WORD);
    assertThat(memo.lexeme("reviewed", WORD)).isSameAs(first);
    assertThat(first.lemma).isEqualTo("review");
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void longFormsAreComputedButNotRemembered() {
    WordMemo memo = new WordMemo(new English());
    String longForm = "a".repeat(WordMemo.MAX_LENGTH + 1);
    assertThat(memo.lexeme(longForm, WORD).lower).isEqualTo(longForm);
    assertThat(memo.size()).isZero();
  }

  @Test
  void theMemoStopsGrowingAtItsCapacityAndStillAnswers() {
    WordMemo memo = new WordMemo(new English());
    for (int i = 0; i < WordMemo.CAPACITY + 500; i++) {
      memo.lexeme("w" + Integer.toString(i, 36), WORD);
    }
    assertThat(memo.size()).isEqualTo(WordMemo.CAPACITY);
    assertThat(memo.lexeme("answers", WORD).lemma).isEqualTo("answer");
  }

  @Test
  void eachAnalyzerHasItsOwnMemo() {
    TextAnalyzer a = TextAnalyzer.forLocale(Locale.ENGLISH);
    TextAnalyzer b = TextAnalyzer.forLocale(Locale.ENGLISH);
    assertThat(a).isNotSameAs(b);
    assertThat(a.analyze("Thanks for the reviews.")).isEqualTo(b.analyze("Thanks for the reviews."));
  }

  @Test
  void aTokenIsFoundWhateverItsCaseAndKeepsItsOwnText() {
    WordMemo memo = new WordMemo(new English());
    byte word = WORD;
    String text = "review Review REVIEW reviews reviewer reviewers reviewed";
    String[] surface = new String[7];
    int at = 0;
    Lexeme[] found = new Lexeme[7];
    for (int w = 0; w < 7; w++) {
      int end = text.indexOf(' ', at) < 0 ? text.length() : text.indexOf(' ', at);
      found[w] = memo.lexeme(text, at, end, word, surface, w);
      assertThat(surface[w]).isEqualTo(text.substring(at, end));
      at = end + 1;
    }
    assertThat(found[1]).isSameAs(found[0]);
    assertThat(found[2]).isSameAs(found[0]);
    assertThat(surface[0]).isSameAs(found[0].lower); // written in lower case: no copy
    assertThat(java.util.Set.of(found[0].lower, found[3].lower, found[4].lower, found[5].lower, found[6].lower))
        .hasSize(5); // 6, 7, 8 and 9 letters: packed and unpacked forms never mix
    assertThat(memo.lexeme("a\u0000b", 0, 3, word, null, 0)).isNotSameAs(memo.lexeme("ab", 0, 2, word, null, 0));
  }
}
