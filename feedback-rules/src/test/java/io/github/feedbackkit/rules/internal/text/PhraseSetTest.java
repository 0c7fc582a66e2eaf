package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Several lexicons matched in one pass over integer lemma ids, against separate finds and a reference. */
class PhraseSetTest {
  private static final String ROOT = "/io/github/feedbackkit/rules/lexicon/en/";
  private static final List<String> BUILT_IN = List.of("evaluation", "instance", "action", "trait-directive",
      "rejection", "destructive", "personality", "protected", "culture-fit", "jargon", "double-negative",
      "negative-behaviour", "gender-coded", "absolute");

  private static PhraseLexicon lexicon(String... phrases) {
    List<PhraseLexicon.Entry> entries = new ArrayList<>();
    for (int i = 0; i < phrases.length; i++) {
      entries.add(new PhraseLexicon.Entry(phrases[i], Map.of("n", Integer.toString(i))));
    }
    return PhraseLexicon.of(entries, EN);
  }

  private static List<String> found(List<PhraseMatch> matches, String text) {
    return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  private static List<String> found(PhraseSet set, int list, String text) {
    return found(set.find(EN.analyze(text)).get(list), text);
  }

  @Test
  void aWordThatStartsOnlyLongerPhrasesIsAStartOnlyBeforeAWordThatContinuesOne() {
    List<String> lemmas = List.of("the", "best", "worst", "on", "time", "great", "very", "cat", "dog");
    LemmaIds ids = new LemmaIds(lemmas);
    String[][][] keys = {
        {{"the", "best"}, {"the", "worst"}, {"on", "time"}, {"great"}, {"very", PhraseMatcher.WILDCARD}}};
    PhraseLexicon.Entry[][] entries = new PhraseLexicon.Entry[1][keys[0].length];
    for (int p = 0; p < keys[0].length; p++) {
      entries[0][p] = new PhraseLexicon.Entry(String.join(" ", keys[0][p]), java.util.Map.of());
    }
    PhraseTrie trie = new PhraseTrie(keys, entries, ids);
    assertThat(trie.mayStartAt(ids.id("the"), ids.id("best"))).isTrue();
    assertThat(trie.mayStartAt(ids.id("the"), ids.id("worst"))).isTrue();
    assertThat(trie.mayStartAt(ids.id("on"), ids.id("time"))).isTrue();
    // a one-word phrase, or a wildcard second word, is found whatever follows
    assertThat(trie.mayStartAt(ids.id("great"), -1)).isTrue();
    assertThat(trie.mayStartAt(ids.id("very"), ids.id("cat"))).isTrue();
    assertThat(trie.mayStartAt(ids.id("very"), -1)).isTrue();
    // no phrase starts "the time", "on best", "the cat", or with "the" at a sentence's end
    assertThat(trie.mayStartAt(ids.id("the"), ids.id("time"))).isFalse();
    assertThat(trie.mayStartAt(ids.id("on"), ids.id("best"))).isFalse();
    assertThat(trie.mayStartAt(ids.id("the"), ids.id("cat"))).isFalse();
    assertThat(trie.mayStartAt(ids.id("the"), -1)).isFalse();
    assertThat(trie.mayStartAt(ids.id("cat"), ids.id("best"))).isFalse();
    assertThat(trie.mayStartAt(-1, ids.id("best"))).isFalse();
  }

  @Test
  void longestMatchWins() {
    PhraseSet set = PhraseSet.of(List.of(lexicon("team", "team player", "true team player of the year")));
    assertThat(found(set, 0, "A true team player.")).containsExactly("team player");
    assertThat(found(set, 0, "A true team player of the year.")).containsExactly("true team player of the year");
  }

  @Test
  void matchesOfOneListDoNotOverlapButListsAreIndependent() {
    PhraseSet set = PhraseSet.of(List.of(lexicon("team player", "player coach"), lexicon("player")));
    String text = "A team player coach.";
    assertThat(found(set, 0, text)).containsExactly("team player");
    assertThat(found(set, 1, text)).containsExactly("player");
  }

  @Test
  void wildcardMatchesAnyWordEvenOneInNoList() {
    PhraseSet set = PhraseSet.of(List.of(lexicon("answer * question"), lexicon("* care")));
    String text = "Answer every question. Answer zyxwv question. You care.";
    assertThat(found(set, 0, text)).containsExactly("Answer every question", "Answer zyxwv question");
    assertThat(found(set, 1, text)).containsExactly("You care");
  }

  @Test
  void wildcardMatchesExactlyOneWord() {
    PhraseSet set = PhraseSet.of(List.of(lexicon("answer * question")));
    assertThat(found(set, 0, "Answer the hard question. Answer question.")).isEmpty();
  }

  @Test
  void anExactPhraseBeatsAWildcardPhraseOfTheSameLength() {
    PhraseLexicon lex = lexicon("answer * question", "answer every question");
    List<PhraseMatch> m = PhraseSet.of(List.of(lex)).find(EN.analyze("Answer every question.")).get(0);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).entry().phrase()).isEqualTo("answer every question");
    assertThat(lex.find(EN.analyze("Answer every question."))).isEqualTo(m);
  }

  @Test
  void matchesNeverCrossASentence() {
    PhraseSet set = PhraseSet.of(List.of(lexicon("culture fit"), lexicon("culture * matters")));
    String text = "We value culture. Fit matters too.";
    assertThat(found(set, 0, text)).isEmpty();
    assertThat(found(set, 1, text)).isEmpty();
  }

  @Test
  void matchesOnLemmasAsWholeWords() {
    PhraseSet set = PhraseSet.of(List.of(lexicon("compete"), lexicon("young and energetic")));
    String text = "Both teams competed; her competence shows. Young and Energetic people.";
    assertThat(found(set, 0, text)).containsExactly("competed");
    assertThat(found(set, 1, text)).containsExactly("Young and Energetic");
  }

  @Test
  void twoListsMatchedInOnePassGiveTheSameMatchesAsSeparateFinds() {
    PhraseLexicon a = lexicon("team", "team player", "answer * question", "culture fit");
    PhraseLexicon b = lexicon("player", "* fit", "every question", "you * care");
    PhraseSet.Found found = PhraseSet.of(List.of(a, b)).find(EN.analyze(
        "A team player must answer every question. Culture fit matters; you really care. The player fit in."));
    assertThat(found.get(0)).isEqualTo(a.find(found.text())).isNotEmpty();
    assertThat(found.get(1)).isEqualTo(b.find(found.text())).isNotEmpty();
    assertThat(found.of(a)).isSameAs(found.get(0));
    assertThat(found.of(b)).isSameAs(found.get(1));
  }

  @Test
  void eachListsMatchesAreImmutableInTextOrderWhateverTheirNumber() {
    // none, one, two and more matches per list, the lists' matches interleaved in the text
    PhraseLexicon teams = lexicon("team");
    PhraseLexicon players = lexicon("player");
    PhraseLexicon coaches = lexicon("coach");
    PhraseLexicon fits = lexicon("fit");
    PhraseLexicon teamCoaches = lexicon("team coach");
    String text = "A team player. A team coach, a team player, a team. The team player. Coach.";
    PhraseSet.Found found = PhraseSet.of(List.of(teams, players, coaches, fits, teamCoaches)).find(EN.analyze(text));
    assertThat(found(found.get(0), text)).containsExactly("team", "team", "team", "team", "team");
    assertThat(found(found.get(1), text)).containsExactly("player", "player", "player");
    assertThat(found(found.get(2), text)).containsExactly("coach", "Coach");
    assertThat(found.get(3)).isEmpty();
    assertThat(found(found.get(4), text)).containsExactly("team coach");
    PhraseMatch any = found.get(0).get(0);
    for (int l = 0; l < 5; l++) {
      List<PhraseMatch> matches = found.get(l);
      assertThat(matches).isEqualTo(List.of(teams, players, coaches, fits, teamCoaches).get(l).find(found.text()));
      for (int k = 1; k < matches.size(); k++) {
        assertThat(matches.get(k).start()).isGreaterThan(matches.get(k - 1).start());
      }
      assertThatThrownBy(() -> matches.add(any)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> matches.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void aLexiconOutsideTheSetIsFoundOnDemand() {
    PhraseLexicon a = lexicon("team");
    PhraseLexicon other = lexicon("player");
    PhraseSet.Found found = PhraseSet.of(List.of(a)).find(EN.analyze("A team player."));
    assertThat(found(found.of(other), found.text().text())).containsExactly("player");
  }

  @Test
  void emptyTextsAndEmptyListsFindNothing() {
    PhraseSet set = PhraseSet.of(List.of(lexicon(), lexicon("team")));
    assertThat(set.size()).isEqualTo(2);
    assertThat(set.find(EN.analyze("")).get(1)).isEmpty();
    assertThat(set.find(EN.analyze("A team.")).get(0)).isEmpty();
    assertThat(PhraseSet.of(List.of()).find(EN.analyze("A team.")).text().text()).isEqualTo("A team.");
  }

  // --- properties ------------------------------------------------------------------------------

  /**
   * The matches by definition: in each sentence, from left to right, the longest phrase whose
   * every word equals the word's lemma or is {@code *}; of two such phrases of the same length,
   * the one with a word (not {@code *}) at the first place they differ; the next search starts
   * after the match. A later entry with the same lemma keys replaces an earlier one.
   */
  private static List<PhraseMatch> reference(List<PhraseLexicon.Entry> entries, AnalyzedText t) {
    Map<String, String[]> keysOf = new LinkedHashMap<>();
    Map<String, PhraseLexicon.Entry> entryOf = new LinkedHashMap<>();
    for (PhraseLexicon.Entry e : entries) {
      List<String> keys = new ArrayList<>();
      for (String part : e.phrase().trim().split("\\s+")) {
        if (part.equals("*")) {
          keys.add(part);
        } else {
          EN.analyze(part).words().forEach(w -> keys.add(w.lemma()));
        }
      }
      if (!keys.isEmpty()) {
        String joined = String.join(" ", keys);
        keysOf.put(joined, keys.toArray(new String[0]));
        entryOf.put(joined, e);
      }
    }
    List<Word> words = t.words();
    List<PhraseMatch> out = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      int i = s.firstWord();
      while (i < s.endWord()) {
        String[] best = null;
        PhraseLexicon.Entry bestEntry = null;
        for (Map.Entry<String, String[]> k : keysOf.entrySet()) {
          String[] keys = k.getValue();
          if (i + keys.length > s.endWord()) {
            continue;
          }
          boolean ok = true;
          for (int j = 0; j < keys.length && ok; j++) {
            ok = keys[j].equals("*") || keys[j].equals(words.get(i + j).lemma());
          }
          if (ok && (best == null || keys.length > best.length || (keys.length == best.length && preferred(keys, best)))) {
            best = keys;
            bestEntry = entryOf.get(k.getKey());
          }
        }
        if (best == null) {
          i++;
          continue;
        }
        int end = i + best.length;
        out.add(new PhraseMatch(i, end, words.get(i).start(), words.get(end - 1).end(), bestEntry));
        i = end;
      }
    }
    return out;
  }

  private static boolean preferred(String[] a, String[] b) {
    for (int j = 0; j < a.length; j++) {
      boolean wa = a[j].equals("*");
      boolean wb = b[j].equals("*");
      if (wa != wb) {
        return !wa;
      }
    }
    return false;
  }

  private static final List<String> WORDS = List.of("team", "teams", "player", "players", "young", "and",
      "energetic", "answer", "answered", "every", "question", "culture", "fit", "not", "bad", "unreasonable",
      "great", "work", "the", "a", "you", "do", "don't", "care", "zyxwv", "*", "Team", "FIT");
  private static final List<String> GLUE = List.of(" ", " ", " ", " ", ", ", ". ", "! ", "? ", "; ", " \"", "\" ");

  private static Gen<List<PhraseLexicon.Entry>> phraseLists() {
    Gen<String> phrase = lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 4)
        .map(ix -> String.join(" ", ix.stream().map(WORDS::get).toList()));
    return lists().of(phrase).ofSizeBetween(0, 12).map(ps -> {
      List<PhraseLexicon.Entry> entries = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        entries.add(new PhraseLexicon.Entry(ps.get(i), Map.of("n", Integer.toString(i))));
      }
      return entries;
    });
  }

  private static Gen<String> texts(List<String> words) {
    Gen<String> glued = lists().of(integers().between(0, words.size() - 1)).ofSizeBetween(0, 40)
        .zip(lists().of(integers().between(0, GLUE.size() - 1)).ofSizeBetween(40, 40), (w, g) -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < w.size(); i++) {
            b.append(words.get(w.get(i))).append(GLUE.get(g.get(i)));
          }
          return b.toString();
        });
    return glued.mix(strings().basicLatinAlphabet().ofLengthBetween(0, 80), 10);
  }

  @Test
  void eachListsMatchesInOnePassEqualTheReference() {
    qt().withExamples(600).forAll(phraseLists(), phraseLists(), texts(WORDS)).checkAssert((a, b, text) -> {
      PhraseLexicon la = PhraseLexicon.of(a, EN);
      PhraseLexicon lb = PhraseLexicon.of(b, EN);
      AnalyzedText t = EN.analyze(text);
      PhraseSet.Found found = PhraseSet.of(List.of(la, lb, la)).find(t);
      assertThat(found.get(0)).isEqualTo(reference(a, t)).isEqualTo(la.find(t)).isEqualTo(found.get(2));
      assertThat(found.get(1)).isEqualTo(reference(b, t)).isEqualTo(lb.find(t));
    });
  }

  /** Every word of every phrase of the lists, in order. */
  private static Set<String> wordsOf(List<PhraseLexicon> lists) {
    Set<String> words = new LinkedHashSet<>();
    for (PhraseLexicon l : lists) {
      for (PhraseLexicon.Entry e : l.entries()) {
        words.addAll(List.of(e.phrase().trim().split("\\s+")));
      }
    }
    return words;
  }

  @Test
  void theBuiltInListsInOnePassEqualTheReference() {
    List<PhraseLexicon> lists = BUILT_IN.stream().map(n -> PhraseLexicon.load(ROOT + n + ".tsv")).toList();
    Set<String> words = wordsOf(lists);
    words.addAll(List.of("zyxwv", "you", "she", "really", "not"));
    List<String> pool = List.copyOf(words);
    PhraseSet set = PhraseSet.of(lists);
    qt().withExamples(300).forAll(texts(pool)).checkAssert(text -> {
      AnalyzedText t = EN.analyze(text);
      PhraseSet.Found found = set.find(t);
      for (int l = 0; l < lists.size(); l++) {
        assertThat(found.get(l)).as(BUILT_IN.get(l)).isEqualTo(reference(lists.get(l).entries(), t))
            .isEqualTo(lists.get(l).find(t));
      }
    });
  }

  @Test
  void analyzingWithASetGivesTheMatchesOfFindingInTheAnalyzedTextForTwoSetsTakingTurnsOnOneAnalyzer() {
    // one analyzer, whose word forms remember their lemma id in the last set asked (under a tag for
    // each of the first sets, and not at all past them), serves two sets in turn: each text's matches
    // and analysis must be those of analyze, then find
    TextAnalyzer shared = TextAnalyzer.forLocale(java.util.Locale.ENGLISH);
    qt().withExamples(400).forAll(phraseLists(), phraseLists(), texts(WORDS)).checkAssert((a, b, text) -> {
      PhraseSet first = PhraseSet.of(List.of(PhraseLexicon.of(a, EN), PhraseLexicon.of(b, EN)));
      PhraseSet second = PhraseSet.of(List.of(PhraseLexicon.of(b, EN)));
      for (PhraseSet set : List.of(first, second, first, second)) {
        PhraseSet.Found together = shared.analyze(text, set);
        AnalyzedText t = EN.analyze(text);
        assertThat(together.text()).isEqualTo(t);
        PhraseSet.Found apart = set.find(t);
        for (int l = 0; l < set.size(); l++) {
          assertThat(together.get(l)).isEqualTo(apart.get(l));
        }
      }
    });
  }

  @Test
  void oneScratchReusedForTextAfterTextGivesWhatFreshArraysGive() {
    // a document's fields share one scratch: tokens, sentence ranges, list markers, lemma ids and
    // the phrase walk of one text must leave nothing behind that changes the next text's result
    List<PhraseLexicon> lists = BUILT_IN.stream().map(n -> PhraseLexicon.load(ROOT + n + ".tsv")).toList();
    Set<String> words = wordsOf(lists);
    words.addAll(List.of("1.", "2.", "\n- ", "\n1. ", "\u2022", "not"));
    PhraseSet set = PhraseSet.of(lists);
    TextAnalyzer shared = TextAnalyzer.forLocale(java.util.Locale.ENGLISH);
    Gen<String> anyText = texts(List.copyOf(words)).mix(TextAnalyzerPropertiesTest.texts(), 30);
    qt().withExamples(300).forAll(lists().of(anyText).ofSizeBetween(1, 8)).checkAssert(texts -> {
      Scratch scratch = new Scratch();
      for (String text : texts) {
        PhraseSet.Found reused = shared.analyze(text, set, scratch);
        PhraseSet.Found fresh = shared.analyze(text, set, new Scratch());
        assertThat(reused.text()).isEqualTo(fresh.text()).isEqualTo(EN.analyze(text));
        for (int l = 0; l < lists.size(); l++) {
          assertThat(reused.get(l)).as(BUILT_IN.get(l)).isEqualTo(fresh.get(l));
        }
      }
    });
  }

  @Test
  void analyzingWithTheBuiltInSetGivesTheMatchesOfFindingInTheAnalyzedText() {
    List<PhraseLexicon> lists = BUILT_IN.stream().map(n -> PhraseLexicon.load(ROOT + n + ".tsv")).toList();
    PhraseSet set = PhraseSet.of(lists);
    TextAnalyzer shared = TextAnalyzer.forLocale(java.util.Locale.ENGLISH);
    String text = "You are not a bad team player. Your work was great, and you answered every question. "
        + "She is young and energetic; a culture fit. Don't care.";
    for (int round = 0; round < 3; round++) { // cold, then every form known
      PhraseSet.Found together = shared.analyze(text, set);
      PhraseSet.Found apart = set.find(EN.analyze(text));
      int matched = 0;
      for (int l = 0; l < lists.size(); l++) {
        assertThat(together.get(l)).as(BUILT_IN.get(l)).isEqualTo(apart.get(l));
        matched += together.get(l).size();
      }
      assertThat(matched).isGreaterThan(3);
    }
    assertThat(shared.analyze("", set).text().words()).isEmpty();
    assertThat(shared.analyze(null, set).get(0)).isEmpty();
  }
}
