package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.WordKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextAnalyzerBasicsTest {
  private final TextAnalyzer en = TextAnalyzer.forLocale(Locale.ENGLISH);

  private List<String> sentences(String text) {
    AnalyzedText t = en.analyze(text);
    return t.sentences().stream().map(s -> s.text(text)).toList();
  }

  private Word word(AnalyzedText t, String text) {
    return t.words().stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void splitsTwoPlainSentences() {
    assertThat(sentences("You sized the cache well. The answers were short."))
        .containsExactly("You sized the cache well.", "The answers were short.");
  }

  @Test
  void keepsTitleAbbreviationInsideSentence() {
    assertThat(sentences("Dr. Okafor led the panel. It went well."))
        .containsExactly("Dr. Okafor led the panel.", "It went well.");
  }

  @Test
  void wordsCarryOffsetsLowerAndLemma() {
    AnalyzedText t = en.analyze("She Answered two questions.");
    Word w = word(t, "Answered");
    assertThat(w.start()).isEqualTo(4);
    assertThat(w.end()).isEqualTo(12);
    assertThat(w.lower()).isEqualTo("answered");
    assertThat(w.lemma()).isEqualTo("answer");
    assertThat(word(t, "questions").lemma()).isEqualTo("question");
  }

  @Test
  void classifiesMoneyAndPercent() {
    AnalyzedText t = en.analyze("It cost $3.50 and rose 2.5% by 10:30.");
    assertThat(word(t, "$3.50").kind()).isEqualTo(WordKind.MONEY);
    assertThat(word(t, "2.5%").kind()).isEqualTo(WordKind.PERCENT);
    assertThat(word(t, "10:30").kind()).isEqualTo(WordKind.TIME);
    assertThat(t.sentences()).hasSize(1);
  }

  @Test
  void marksPassiveWithAgent() {
    AnalyzedText t = en.analyze("The design was reviewed by the panel. You wrote the code.");
    Sentence first = t.sentences().get(0);
    assertThat(first.passive()).isTrue();
    assertThat(first.passiveWithAgent()).isTrue();
    assertThat(t.sentences().get(1).passive()).isFalse();
  }

  @Test
  void negationScopeRunsToTheClauseEnd() {
    AnalyzedText t = en.analyze("It was not unhelpful, and it was clear.");
    assertThat(word(t, "unhelpful").negated()).isTrue();
    assertThat(word(t, "not").pos()).isEqualTo(PosHint.NEGATION);
    assertThat(word(t, "clear").negated()).isFalse();
  }

  @Test
  void countsDictionarySyllables() {
    AnalyzedText t = en.analyze("Communication matters.");
    assertThat(word(t, "Communication").syllables()).isEqualTo(5);
    assertThat(word(t, "matters").syllables()).isEqualTo(2);
  }

  @Test
  void marksImperativeOpening() {
    AnalyzedText t = en.analyze("Practise the STAR format before the next round.");
    assertThat(t.sentences().get(0).imperative()).isTrue();
  }

  @Test
  void multiWordHedgesAreMarkedButMonthsAreNot() {
    AnalyzedText t = en.analyze("It was kind of rushed in May, but it may improve.");
    assertThat(word(t, "kind").hedge()).isTrue();
    assertThat(word(t, "of").hedge()).isTrue();
    assertThat(word(t, "May").hedge()).isFalse();
    assertThat(word(t, "may").hedge()).isTrue();
    assertThat(word(t, "rushed").hedge()).isFalse();
  }

  @Test
  void marksQuotedWordsAndHedges() {
    AnalyzedText t = en.analyze("He said \"ship it now\" and maybe meant it.");
    assertThat(word(t, "ship").quoted()).isTrue();
    assertThat(word(t, "He").quoted()).isFalse();
    assertThat(word(t, "maybe").hedge()).isTrue();
    assertThat(t.quotes()).hasSize(1);
  }
}
