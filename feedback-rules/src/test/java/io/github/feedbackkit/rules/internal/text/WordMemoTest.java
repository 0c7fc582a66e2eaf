package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void aTokenIsFoundWhateverItsCase() {
    WordMemo memo = new WordMemo(new English());
    byte word = WORD;
    String text = "review Review REVIEW reviews reviewer reviewers reviewed";
    int at = 0;
    Lexeme[] found = new Lexeme[7];
    for (int w = 0; w < 7; w++) {
      int end = text.indexOf(' ', at) < 0 ? text.length() : text.indexOf(' ', at);
      found[w] = memo.lexeme(text, at, end, word);
      assertThat(found[w].lower).isEqualTo(text.substring(at, end).toLowerCase(Locale.ROOT));
      at = end + 1;
    }
    assertThat(found[1]).isSameAs(found[0]);
    assertThat(found[2]).isSameAs(found[0]);
    assertThat(java.util.Set.of(found[0].lower, found[3].lower, found[4].lower, found[5].lower, found[6].lower))
        .hasSize(5); // 6, 7, 8 and 9 letters: packed and unpacked forms never mix
    assertThat(memo.lexeme("a\u0000b", 0, 3, word)).isNotSameAs(memo.lexeme("ab", 0, 2, word));
  }
  @Test
  void aLexemeNamesThePassesItCanTakePartIn() {
    WordMemo memo = new WordMemo(new English());
    for (String form : new String[] {"not", "never", "was", "is", "may", "monday", "maybe", "perhaps", "should",
        "to", "please", "cat", "reviewed", "but", "by", "3"}) {
      Lexeme x = memo.lexeme(form, WORD);
      assertThat((x.passes & Lexeme.NEGATOR) != 0).as(form).isEqualTo(x.negator);
      assertThat((x.passes & Lexeme.CALENDAR) != 0).as(form).isEqualTo(x.calendar != null);
      assertThat((x.passes & Lexeme.HEDGE_START) != 0).as(form).isEqualTo(x.hedgeStart);
      assertThat((x.passes & Lexeme.BE) != 0).as(form).isEqualTo(x.pos == io.github.feedbackkit.rules.PosHint.BE);
      assertThat((x.passes & Lexeme.BEFORE_BASE_VERB) != 0).as(form).isEqualTo(
          x.pos == io.github.feedbackkit.rules.PosHint.MODAL || x.role == Language.Role.INFINITIVE
              || x.role == Language.Role.POLITE);
    }
    assertThat(memo.lexeme("not", WORD).passes & Lexeme.NEGATOR).isNotZero();
    assertThat(memo.lexeme("was", WORD).passes & Lexeme.BE).isNotZero();
    assertThat(memo.lexeme("should", WORD).passes & Lexeme.BEFORE_BASE_VERB).isNotZero();
    assertThat(memo.lexeme("cat", WORD).passes).isZero();
  }

  @Test
  void textsWithoutAWordForAPassAnalyseAsBefore() {
    TextAnalyzer en = TextAnalyzer.forLocale(Locale.ENGLISH);
    // negation, dates, hedges, passives and base verbs each present, then absent, in one text
    var t = en.analyze("The cache was not sized by Lee on 3 May. Maybe you should fix it. Cats sleep.");
    assertThat(word(t, "sized").negated()).isTrue();
    assertThat(t.sentences().get(0).passiveWithAgent()).isTrue();
    assertThat(word(t, "3").kind()).isEqualTo(io.github.feedbackkit.rules.WordKind.DATE);
    assertThat(word(t, "Maybe").hedge()).isTrue();
    assertThat(word(t, "fix").pos()).isEqualTo(io.github.feedbackkit.rules.PosHint.BASE_VERB);
    var plain = en.analyze("Cats sleep.");
    assertThat(plain.words()).noneMatch(w -> w.negated() || w.hedge());
    assertThat(plain.sentences().get(0).passive()).isFalse();
  }

  @Test
  void lemmasAreOneInstanceAcrossAnalyzersAndPhraseLists() {
    TextAnalyzer a = TextAnalyzer.forLocale(Locale.ENGLISH);
    TextAnalyzer b = TextAnalyzer.forLocale(Locale.ENGLISH);
    String la = a.analyze("She reviewed the answers.").words().get(1).lemma();
    String lb = b.analyze("Reviewed twice.").words().get(0).lemma();
    assertThat(la).isEqualTo("review").isSameAs(lb);
    PhraseLexicon list = PhraseLexicon.of(List.of(PhraseLexicon.Entry.of("reviews answers")), b);
    var found = list.find(a.analyze("He reviews answers."));
    assertThat(found).hasSize(1);
    String longLemma = "x".repeat(WordMemo.MAX_LENGTH + 1);
    assertThat(new WordMemo(new English()).lexeme(longLemma, WORD).lemma).isEqualTo(longLemma);
  }

  @Test
  void aLexemeGivesItsLemmaIdInEachVocabularyTakingTurnsAndPastTheTaggedOnes() {
    WordMemo memo = new WordMemo(new English());
    Lexeme reviewed = memo.lexeme("reviewed", WORD);
    LemmaIds first = new LemmaIds(List.of("team", "review"));
    LemmaIds second = new LemmaIds(List.of("review"));
    LemmaIds without = new LemmaIds(List.of("team"));
    int a = memo.tag(first);
    int b = memo.tag(second);
    int c = memo.tag(without);
    assertThat(List.of(a, b, c)).containsExactly(1, 2, 3);
    assertThat(memo.tag(first)).isEqualTo(a);
    for (int turn = 0; turn < 3; turn++) { // remembered, then replaced by the other vocabulary's id
      assertThat(reviewed.lemmaId(first, a)).isEqualTo(1);
      assertThat(reviewed.lemmaId(first, a)).isEqualTo(1);
      assertThat(reviewed.lemmaId(second, b)).isZero();
      assertThat(reviewed.lemmaId(without, c)).isEqualTo(-1);
      assertThat(reviewed.lemmaId(without, c)).isEqualTo(-1);
    }
    for (int k = 3; k < WordMemo.MAX_VOCABULARIES; k++) {
      assertThat(memo.tag(new LemmaIds(List.of("review" + k)))).isEqualTo(k + 1);
    }
    // past the tagged vocabularies: a tag that lexemes never remember, and still the right ids
    LemmaIds late = new LemmaIds(List.of("x", "y", "review"));
    int untagged = memo.tag(late);
    assertThat(untagged).isEqualTo(Lexeme.MAX_TAG + 1);
    assertThat(reviewed.lemmaId(late, untagged)).isEqualTo(2);
    assertThat(reviewed.lemmaId(first, a)).isEqualTo(1);
    assertThat(reviewed.lemmaId(late, untagged)).isEqualTo(2);
    assertThat(reviewed.lemmaId(second, b)).isZero();
  }

  private static io.github.feedbackkit.rules.Word word(io.github.feedbackkit.rules.AnalyzedText t, String text) {
    return t.words().stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow();
  }
}
