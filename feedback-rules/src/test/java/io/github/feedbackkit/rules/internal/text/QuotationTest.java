package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.Word;
import org.junit.jupiter.api.Test;

class QuotationTest {

  private static String quotedWords(AnalyzedText t) {
    return String.join(" ", t.words().stream().filter(Word::quoted).map(Word::text).toList());
  }

  @Test
  void straightDoubleQuotesMarkTheWordsBetweenThem() {
    String s = "The manager said \"too aggressive\" twice.";
    AnalyzedText t = EN.analyze(s);
    assertThat(quotedWords(t)).isEqualTo("too aggressive");
    assertThat(t.quotes()).containsExactly(new Span(18, 32));
    assertThat(s.substring(18, 32)).isEqualTo("too aggressive");
  }

  @Test
  void curlyQuotesAndGuillemetsAreQuotations() {
    AnalyzedText t = EN.analyze("She wrote \u201cnot a culture fit\u201d and \u00abbossy\u00bb in the notes.");
    assertThat(quotedWords(t)).isEqualTo("not a culture fit bossy");
    assertThat(t.quotes()).hasSize(2);
  }

  @Test
  void singleQuotesQuoteButApostrophesDoNot() {
    AnalyzedText t = EN.analyze("The team's word was 'abrasive' and it's unfair.");
    assertThat(quotedWords(t)).isEqualTo("abrasive");
  }

  @Test
  void anUnclosedQuoteMarksNothing() {
    AnalyzedText t = EN.analyze("He said \"fine and left.\n\nNext paragraph here.");
    assertThat(t.quotes()).isEmpty();
    assertThat(quotedWords(t)).isEmpty();
  }

  @Test
  void aQuotationWithSeveralSentencesStaysOneSpan() {
    AnalyzedText t = EN.analyze("Her note: \"Ship it. Then tell me.\" was blunt.");
    assertThat(quotedWords(t)).isEqualTo("Ship it Then tell me");
    assertThat(t.sentences()).hasSize(1);
  }
}
