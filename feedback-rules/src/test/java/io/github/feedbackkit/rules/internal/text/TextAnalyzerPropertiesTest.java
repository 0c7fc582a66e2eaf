package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.Word;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the analysis over arbitrary strings. */
class TextAnalyzerPropertiesTest {

  /** Pieces that exercise every rule, glued at random: abbreviations, marks, quotes, lists, surrogates. */
  private static final List<String> PIECES = List.of(
      " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "word", "Word", "The", "I", "a", "b", "Q",
      ".", ".", "?", "!", "?!", "...", "\u2026", ". . .", ",", ";", ":", "-", "--", "\u2014", "'", "\"", "\u201c",
      "\u201d", "\u2018", "\u2019", "(", ")", "[", "]", "`", "\u00ab", "\u00bb", "Dr.", "e.g.", "U.S.", "etc.", "a.m.",
      "Inc.", "$3.50", "2.5%", "10:30", "2024-05-01", "1.", "2.", "3)", "\u2022", "not", "no", "never", "n't",
      "don't", "was", "been", "reviewed", "by", "maybe", "kind of", "https://x.io/a.b", "www.x.org", "a.b@c.io",
      "@", "\uD83D\uDE00", "\uD83D", "\uDE00", "e\u0301", "\u4e2d\u6587\u3002", "\u05e9\u05dc\u05d5\u05dd",
      "\u0000", "\u0007", "\u200b", "\uFEFF", "\uff0e", "\u00b0", "N\u00b0.", "&", "R&D", "_", "1,200", "3rd");

  static Gen<String> texts() {
    Gen<String> glued = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60)
        .map(ix -> {
          StringBuilder b = new StringBuilder();
          ix.forEach(i -> b.append(PIECES.get(i)));
          return b.toString();
        });
    Gen<String> anyChars = strings().allPossible().ofLengthBetween(0, 80);
    Gen<String> basic = strings().basicLatinAlphabet().ofLengthBetween(0, 120);
    return glued.mix(anyChars, 40).mix(basic, 20);
  }

  private static boolean isSpaceAt(String s, int i) {
    return Tokenizer.isSpace(s.codePointAt(i));
  }

  @Test
  void analysisNeverThrowsAndIsDeterministic() {
    qt().withExamples(1500).forAll(texts()).checkAssert(s -> {
      AnalyzedText a = EN.analyze(s);
      AnalyzedText b = EN.analyze(s);
      assertThat(a).isEqualTo(b);
      assertThat(a.text()).isSameAs(s);
    });
  }

  @Test
  void aWarmAnalyzerReadsATextAsAFreshOneDoes() {
    // EN has remembered the forms of every earlier example; a fresh analyzer has remembered none
    qt().withExamples(500).forAll(texts()).checkAssert(s -> {
      EN.analyze(s);
      assertThat(TextAnalyzer.forLocale(java.util.Locale.ENGLISH).analyze(s)).isEqualTo(EN.analyze(s));
    });
  }

  @Test
  void sentencesCoverEveryNonSpaceCharacterExactlyOnceInOrder() {
    qt().withExamples(1500).forAll(texts()).checkAssert(s -> {
      List<Sentence> ss = EN.analyze(s).sentences();
      int pos = 0;
      for (int k = 0; k < ss.size(); k++) {
        Sentence x = ss.get(k);
        assertThat(x.index()).isEqualTo(k);
        assertThat(x.start()).isGreaterThanOrEqualTo(pos);
        assertThat(x.end()).isGreaterThan(x.start()).isLessThanOrEqualTo(s.length());
        for (int i = pos; i < x.start(); i++) {
          assertThat(Tokenizer.isSpace(s.charAt(i))).as("char %d between sentences of %s", i, s).isTrue();
        }
        assertThat(isSpaceAt(s, x.start())).isFalse();
        assertThat(Tokenizer.isSpace(s.charAt(x.end() - 1))).isFalse();
        pos = x.end();
      }
      for (int i = pos; i < s.length(); i++) {
        assertThat(Tokenizer.isSpace(s.charAt(i))).as("char %d after the last sentence of %s", i, s).isTrue();
      }
    });
  }

  @Test
  void wordsAreInBoundsOrderedInsideTheirSentenceAndNeverSplitSurrogates() {
    qt().withExamples(1500).forAll(texts()).checkAssert(s -> {
      AnalyzedText t = EN.analyze(s);
      int pos = 0;
      for (int i = 0; i < t.words().size(); i++) {
        Word w = t.words().get(i);
        assertThat(w.index()).isEqualTo(i);
        assertThat(w.start()).isGreaterThanOrEqualTo(pos);
        assertThat(w.end()).isGreaterThan(w.start()).isLessThanOrEqualTo(s.length());
        assertThat(w.text()).isEqualTo(s.substring(w.start(), w.end()));
        assertThat(splitsSurrogatePair(s, w.start())).isFalse();
        assertThat(splitsSurrogatePair(s, w.end())).isFalse();
        Sentence sentence = t.sentences().get(w.sentence());
        assertThat(w.start()).isGreaterThanOrEqualTo(sentence.start());
        assertThat(w.end()).isLessThanOrEqualTo(sentence.end());
        assertThat(i).isGreaterThanOrEqualTo(sentence.firstWord()).isLessThan(sentence.endWord());
        pos = w.end();
      }
      int next = 0;
      for (Sentence x : t.sentences()) {
        assertThat(x.firstWord()).isEqualTo(next);
        next = x.endWord();
        assertThat(splitsSurrogatePair(s, x.start())).isFalse();
        assertThat(splitsSurrogatePair(s, x.end())).isFalse();
      }
      assertThat(next).isEqualTo(t.words().size());
    });
  }

  @Test
  void quotesAreInBoundsOrderedAndDisjoint() {
    qt().withExamples(1000).forAll(texts()).checkAssert(s -> {
      int pos = 0;
      for (Span q : EN.analyze(s).quotes()) {
        assertThat(q.start()).isGreaterThanOrEqualTo(pos);
        assertThat(q.end()).isLessThanOrEqualTo(s.length());
        pos = q.end();
      }
    });
  }

  @Test
  void metricsAgreeWithTheWordsAndSentences() {
    qt().withExamples(1000).forAll(texts()).checkAssert(s -> {
      AnalyzedText t = EN.analyze(s);
      assertThat(t.metrics().characters()).isEqualTo(s.length());
      assertThat(t.metrics().words()).isLessThanOrEqualTo(t.words().size());
      assertThat(t.metrics().sentences()).isLessThanOrEqualTo(t.sentences().size());
      assertThat(t.metrics().longestSentenceWords()).isLessThanOrEqualTo(t.metrics().words());
      int syllables = t.words().stream().mapToInt(Word::syllables).sum();
      assertThat(t.metrics().syllables()).isEqualTo(syllables);
    });
  }

  private static boolean splitsSurrogatePair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i));
  }
}
