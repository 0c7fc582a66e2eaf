package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static io.github.feedbackkit.rules.internal.text.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.WordKind;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void punctuationIsNotAWord() {
    AnalyzedText t = EN.analyze("Clear, calm; (mostly) concise!");
    assertThat(t.words()).extracting(Word::text).containsExactly("Clear", "calm", "mostly", "concise");
  }

  @Test
  void offsetsAreUtf16IndicesIntoTheOriginal() {
    String s = "\uD83D\uDE00 Caf\u00e9 r\u00e9sum\u00e9";
    AnalyzedText t = EN.analyze(s);
    assertThat(t.words()).extracting(Word::text).containsExactly("Caf\u00e9", "r\u00e9sum\u00e9");
    assertThat(t.words().get(0).start()).isEqualTo(3);
    assertThat(t.words().get(1).end()).isEqualTo(s.length());
  }

  @Test
  void contractionsHyphenatedWordsAndPossessivesStayWhole() {
    AnalyzedText t = EN.analyze("Don't skip the follow-up; the team's plan is well-known.");
    assertThat(t.words()).extracting(Word::text)
        .containsExactly("Don't", "skip", "the", "follow-up", "the", "team's", "plan", "is", "well-known");
    assertThat(word(t, "team's").lemma()).isEqualTo("team");
    assertThat(word(t, "Don't").lemma()).isEqualTo("do");
  }

  @Test
  void curlyApostrophesLemmatiseLikeStraightOnes() {
    AnalyzedText t = EN.analyze("She didn\u2019t answer.");
    assertThat(word(t, "didn\u2019t").lemma()).isEqualTo("do");
    assertThat(word(t, "didn\u2019t").lower()).isEqualTo("didn't");
  }

  @Test
  void lemmasReducePluralsAndVerbInflections() {
    AnalyzedText t = EN.analyze("She sized queries, studied answers, was running, made changes and hoped.");
    assertThat(word(t, "sized").lemma()).isEqualTo("size");
    assertThat(word(t, "queries").lemma()).isEqualTo("query");
    assertThat(word(t, "studied").lemma()).isEqualTo("study");
    assertThat(word(t, "answers").lemma()).isEqualTo("answer");
    assertThat(word(t, "was").lemma()).isEqualTo("be");
    assertThat(word(t, "running").lemma()).isEqualTo("run");
    assertThat(word(t, "made").lemma()).isEqualTo("make");
    assertThat(word(t, "changes").lemma()).isEqualTo("change");
    assertThat(word(t, "hoped").lemma()).isEqualTo("hope");
  }

  @Test
  void lemmasRestoreADroppedEAndUndoubleConsonants() {
    assertThat(EN.lemma("used")).isEqualTo("use");
    assertThat(EN.lemma("using")).isEqualTo("use");
    assertThat(EN.lemma("caused")).isEqualTo("cause");
    assertThat(EN.lemma("shipped")).isEqualTo("ship");
    assertThat(EN.lemma("planning")).isEqualTo("plan");
    assertThat(EN.lemma("added")).isEqualTo("add");
    assertThat(EN.lemma("called")).isEqualTo("call");
    assertThat(EN.lemma("passed")).isEqualTo("pass");
    assertThat(EN.lemma("doing")).isEqualTo("do");
    assertThat(EN.lemma("died")).isEqualTo("die");
  }

  @Test
  void lemmasLeaveNonInflectedWordsAlone() {
    AnalyzedText t = EN.analyze("This status needs a hundred morning meetings.");
    assertThat(word(t, "This").lemma()).isEqualTo("this");
    assertThat(word(t, "status").lemma()).isEqualTo("status");
    assertThat(word(t, "hundred").lemma()).isEqualTo("hundred");
    assertThat(word(t, "morning").lemma()).isEqualTo("morning");
  }

  @Test
  void numbersAreClassified() {
    AnalyzedText t = EN.analyze("On 2024-05-01 at 9am, 1,200 users (3rd cohort) paid \u20ac20 each; 24/7 support, 5:15pm, 12.5 hours.");
    assertThat(word(t, "2024-05-01").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "9am").kind()).isEqualTo(WordKind.TIME);
    assertThat(word(t, "1,200").kind()).isEqualTo(WordKind.NUMBER);
    assertThat(word(t, "3rd").kind()).isEqualTo(WordKind.ORDINAL);
    assertThat(word(t, "\u20ac20").kind()).isEqualTo(WordKind.MONEY);
    assertThat(word(t, "24/7").kind()).isEqualTo(WordKind.NUMBER);
    assertThat(word(t, "5:15pm").kind()).isEqualTo(WordKind.TIME);
    assertThat(word(t, "12.5").kind()).isEqualTo(WordKind.NUMBER);
  }

  @Test
  void monthsNextToADayOrYearAndWeekdaysAreDates() {
    AnalyzedText t = EN.analyze("Since 3 May and on June 14th, 2024 we met every Friday.");
    assertThat(word(t, "3").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "May").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "June").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "14th").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "2024").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "Friday").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "Friday").syllables()).isEqualTo(2);
    AnalyzedText u = EN.analyze("It may rain. The march was long.");
    assertThat(word(u, "may").kind()).isEqualTo(WordKind.WORD);
    assertThat(word(u, "march").kind()).isEqualTo(WordKind.WORD);
  }

  @Test
  void slashDatesAndTrailingCurrencyAreClassified() {
    AnalyzedText t = EN.analyze("Due 5/1/2024, budget 300\u20ac.");
    assertThat(word(t, "5/1/2024").kind()).isEqualTo(WordKind.DATE);
    assertThat(word(t, "300\u20ac").kind()).isEqualTo(WordKind.MONEY);
  }

  @Test
  void urlsAndEmailsAreSingleTokensWithoutTrailingPunctuation() {
    AnalyzedText t = EN.analyze("Read (https://example.com/a?b=1), www.example.org, or mail ann.lee@example.co.uk.");
    assertThat(word(t, "https://example.com/a?b=1").kind()).isEqualTo(WordKind.URL);
    assertThat(word(t, "www.example.org").kind()).isEqualTo(WordKind.URL);
    assertThat(word(t, "ann.lee@example.co.uk").kind()).isEqualTo(WordKind.EMAIL);
    assertThat(word(t, "ann.lee@example.co.uk").syllables()).isZero();
  }

  @Test
  void bareDomainsWithPathsAreOneUrl() {
    AnalyzedText t = EN.analyze("Read example.com/guide/intro-1, then reply.");
    assertThat(word(t, "example.com/guide/intro-1").kind()).isEqualTo(WordKind.URL);
    assertThat(t.sentences()).hasSize(1);
  }

  @Test
  void dottedAbbreviationsKeepTheirPeriods() {
    AnalyzedText t = EN.analyze("Use a metric, e.g. latency.");
    assertThat(word(t, "e.g.").kind()).isEqualTo(WordKind.WORD);
  }

  @Test
  void lowerCaseUsesTheTextLocale() {
    AnalyzedText t = EN.analyze("STAR Format");
    assertThat(t.words()).extracting(Word::lower).containsExactly("star", "format");
  }

  @Test
  void wordsKnowTheirSentence() {
    AnalyzedText t = EN.analyze("Good start. Weak close.");
    assertThat(t.words()).extracting(Word::sentence).containsExactly(0, 0, 1, 1);
    assertThat(t.words(t.sentences().get(1))).extracting(Word::text).containsExactly("Weak", "close");
  }
}
