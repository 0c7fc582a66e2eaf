package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.WordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The text layer's word table: what the checks read by index is what the public word records say,
 * and as a list it behaves as the immutable list of records it stands for.
 */
class WordTableTest {
  /** Pieces that set every fact a word has: negation, quotation, hedges, dates, base verbs, passives. */
  private static final List<String> PIECES = List.of(" ", " ", ". ", "? ", ", ", "\n", "You", "you", "could", "try",
      "please", "check", "the", "report", "not", "never", "don't", "\"", "\u201c", "\u201d", "maybe", "kind of",
      "was", "reviewed", "by", "Ana", "May", "3", "2024", "Monday", "3rd", "$4.50", "10%", "https://x.io/a",
      "a.b@c.io", "always", "late", "\uD83D\uDE00", "e\u0301", "R&D");

  private static Gen<String> texts() {
    Gen<String> glued = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 50)
        .map(ix -> {
          StringBuilder b = new StringBuilder();
          ix.forEach(i -> b.append(PIECES.get(i)).append(' '));
          return b.toString();
        });
    return glued.mix(TextAnalyzerPropertiesTest.texts(), 40);
  }

  private static void assertAnswersAsRecords(WordTable table, String text) {
    for (int i = 0; i < table.size(); i++) {
      Word w = table.get(i);
      assertThat(table.text(i)).isEqualTo(text.substring(w.start(), w.end()));
      assertThat(w.index()).isEqualTo(i);
      assertThat(table.start(i)).isEqualTo(w.start());
      assertThat(table.end(i)).isEqualTo(w.end());
      assertThat(table.sentence(i)).isEqualTo(w.sentence());
      assertThat(table.text(i)).isEqualTo(w.text());
      assertThat(table.lower(i)).isEqualTo(w.lower());
      assertThat(table.lemma(i)).isEqualTo(w.lemma());
      assertThat(table.kind(i)).isEqualTo(w.kind());
      assertThat(table.syllables(i)).isEqualTo(w.syllables());
      assertThat(table.quoted(i)).isEqualTo(w.quoted());
      assertThat(table.negated(i)).isEqualTo(w.negated());
      assertThat(table.hedge(i)).isEqualTo(w.hedge());
      assertThat(table.pos(i)).isEqualTo(w.pos());
    }
  }

  @Test
  void readsByIndexWhatTheWordRecordsSay() {
    qt().withExamples(1500).forAll(texts()).checkAssert(s -> {
      AnalyzedText t = EN.analyze(s);
      assertThat(t.words()).isInstanceOf(WordTable.class);
      assertAnswersAsRecords(WordTable.of(t), s);
    });
  }

  @Test
  void knowsWhetherAnyWordIsANegationAHedgeAParticipleOrOtherThanAPlainWord() {
    // the checks skip a text on these answers, so for an analysed text they must be exact
    qt().withExamples(1500).forAll(texts()).checkAssert(s -> {
      WordTable t = WordTable.of(EN.analyze(s));
      assertThat(t.mayHaveNegationWords()).as(s).isEqualTo(t.stream().anyMatch(w -> w.pos() == PosHint.NEGATION));
      assertThat(t.mayHaveHedges()).as(s).isEqualTo(t.stream().anyMatch(Word::hedge));
      assertThat(t.mayHaveParticiples()).as(s).isEqualTo(t.stream().anyMatch(w -> w.pos() == PosHint.PARTICIPLE));
      assertThat(t.onlyPlainWords()).as(s).isEqualTo(t.stream().allMatch(w -> w.kind() == WordKind.WORD));
    });
    assertThat(WordTable.of(EN.analyze("The report was finished.")).mayHaveParticiples()).isTrue();
    assertThat(WordTable.of(EN.analyze("You finish the report.")).mayHaveParticiples()).isFalse();
    assertThat(WordTable.of(EN.analyze("See you on Friday.")).onlyPlainWords()).isFalse(); // a date
    assertThat(WordTable.of(EN.analyze("You closed 12 tickets.")).onlyPlainWords()).isFalse();
    assertThat(WordTable.of(EN.analyze("You closed the tickets.")).onlyPlainWords()).isTrue();
    assertThat(WordTable.of(EN.analyze("You did not test it.")).mayHaveNegationWords()).isTrue();
    assertThat(WordTable.of(EN.analyze("You tested it.")).mayHaveNegationWords()).isFalse();
    assertThat(WordTable.of(EN.analyze("Maybe it kind of works.")).mayHaveHedges()).isTrue();
    assertThat(WordTable.of(EN.analyze("It works.")).mayHaveHedges()).isFalse();
  }

  @Test
  void aTextBuiltFromRecordsReadsTheSameAsTheAnalysedOne() {
    qt().withExamples(500).forAll(texts()).checkAssert(s -> {
      AnalyzedText t = EN.analyze(s);
      AnalyzedText copy = new AnalyzedText(t.text(), t.locale(), t.sentences(), new ArrayList<>(t.words()),
          t.quotes(), t.metrics());
      WordTable analysed = WordTable.of(t);
      WordTable fromRecords = WordTable.of(copy);
      assertThat(copy.words()).isNotInstanceOf(WordTable.class);
      assertThat(fromRecords.mayHaveNegationWords()).isTrue(); // not worked out for given records
      assertThat(fromRecords.mayHaveHedges()).isTrue();
      assertThat(fromRecords.mayHaveParticiples()).isEqualTo(!t.words().isEmpty());
      assertThat(fromRecords.onlyPlainWords()).isEqualTo(t.words().isEmpty());
      assertThat(copy).isEqualTo(t).hasSameHashCodeAs(t);
      assertAnswersAsRecords(fromRecords, s);
      for (int i = 0; i < analysed.size(); i++) {
        assertThat(fromRecords.get(i)).isEqualTo(analysed.get(i));
        assertThat(fromRecords.pos(i)).isEqualTo(analysed.pos(i));
        assertThat(fromRecords.negated(i)).isEqualTo(analysed.negated(i));
      }
    });
  }

  @Test
  void behavesAsTheImmutableListOfItsRecords() {
    qt().withExamples(500).forAll(texts()).checkAssert(s -> {
      List<Word> words = EN.analyze(s).words();
      List<Word> copy = List.copyOf(words);
      assertThat(words).isEqualTo(copy).hasSameHashCodeAs(copy);
      assertThat(copy).isEqualTo(words);
      assertThat(words.toString()).isEqualTo(copy.toString());
      int half = words.size() / 2;
      assertThat(words.subList(half, words.size())).isEqualTo(copy.subList(half, copy.size()));
      for (int i = 0; i < words.size(); i++) {
        assertThat(words.get(i)).isSameAs(words.get(i)); // made once, then kept
      }
    });
  }

  @Test
  void knowsBaseVerbsThatTheLexiconDoesNot() {
    WordTable t = WordTable.of(EN.analyze("You could try the new runbook. The runbook was reviewed by Ana."));
    int tryAt = t.indexOf(t.stream().filter(w -> w.text().equals("try")).findFirst().orElseThrow());
    assertThat(t.pos(tryAt)).isEqualTo(PosHint.BASE_VERB).isEqualTo(t.get(tryAt).pos());
  }

  @Test
  void aWordWrittenInLowerCaseSharesItsFormsString() {
    AnalyzedText t = EN.analyze("Review the review, REVIEW it: caf\u00e9 Caf\u00e9.");
    WordTable words = WordTable.of(t);
    assertThat(words.text(1)).isSameAs(words.lower(1)).isEqualTo("the");
    assertThat(words.text(2)).isSameAs(words.lower(2)).isEqualTo("review");
    assertThat(words.text(0)).isEqualTo("Review").isNotSameAs(words.lower(0));
    assertThat(words.text(3)).isEqualTo("REVIEW");
    assertThat(words.text(5)).isSameAs(words.lower(5)).isEqualTo("caf\u00e9");
    assertThat(words.text(6)).isEqualTo("Caf\u00e9");
    assertThat(words.get(0).text()).isEqualTo("Review");
  }

  @Test
  void cannotBeChangedEvenWhenNothingWouldChange() {
    for (String s : new String[] {"", "...", "You did not test the parser. Test it next time."}) {
      AnalyzedText t = EN.analyze(s);
      List<Word> words = t.words();
      assertThat(words).isUnmodifiable();
      assertThat(words.subList(0, words.size())).isUnmodifiable();
      for (var sentence : t.sentences()) {
        assertThat(t.words(sentence)).isUnmodifiable();
      }
    }
  }

  @Test
  void cannotBeChanged() {
    List<Word> words = EN.analyze("You did not test the parser. Test it next time.").words();
    Word first = words.get(0);
    assertThatThrownBy(() -> words.add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> words.set(0, first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> words.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(words::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      var it = words.iterator();
      it.next();
      it.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> words.subList(0, 2).set(0, first)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(words.get(0)).isEqualTo(first);
  }

  @Test
  void rejectsIndexesOutsideTheWords() {
    String s = "You could try it. It was not late.";
    WordTable t = WordTable.of(EN.analyze(s));
    WordTable given = WordTable.of(new AnalyzedText(s, EN.locale(), EN.analyze(s).sentences(),
        List.copyOf(EN.analyze(s).words()), List.of(), EN.analyze(s).metrics()));
    for (WordTable table : List.of(t, given)) {
      for (int i : new int[] {-1, table.size(), table.size() + 1, 2 * table.size()}) {
        assertThatThrownBy(() -> table.get(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.start(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.end(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.sentence(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.text(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.lower(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.lemma(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.kind(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.syllables(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.quoted(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.negated(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.hedge(i)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.pos(i)).isInstanceOf(IndexOutOfBoundsException.class);
      }
    }
  }

  @Test
  void aTextWithoutWordsHasAnEmptyTable() {
    for (String s : new String[] {"", "   \n\t ", "...", "?!"}) {
      AnalyzedText t = EN.analyze(s);
      assertThat(WordTable.of(t)).isEmpty();
      assertThat(t.words()).isEqualTo(List.of());
    }
  }

  @Test
  void threadsReadingOneTextAtOnceSeeEqualRecords() throws Exception {
    String s = "You could try the new runbook, not the old one. Maybe the \"draft\" was reviewed by Ana on 3 May 2024.";
    List<Word> expected = List.copyOf(EN.analyze(s).words());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        List<Word> shared = EN.analyze(s).words(); // records not made yet: the threads race to make them
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Word>>> seen = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
          seen.add(pool.submit(() -> {
            go.await();
            List<Word> mine = new ArrayList<>();
            for (int i = shared.size() - 1; i >= 0; i--) {
              mine.add(0, shared.get(i));
            }
            return mine;
          }));
        }
        go.countDown();
        for (Future<List<Word>> f : seen) {
          assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
