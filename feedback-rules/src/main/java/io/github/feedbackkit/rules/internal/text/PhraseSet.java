package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several {@link PhraseLexicon}s matched together in one pass over a text. The lists share one
 * vocabulary (every lemma of every phrase gets an integer id), so each word's lemma is looked up
 * once per text rather than twice per list and word, and a word whose lemma starts no phrase of a
 * list costs that list nothing. The matches of each list are exactly those of {@link
 * PhraseLexicon#find(AnalyzedText)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * PhraseSet set = PhraseSet.of(List.of(jargon, personality));
 * PhraseSet.Found found = set.find(analyzed);
 * found.get(0);            // the jargon matches, as jargon.find(analyzed)
 * found.of(personality);   // the personality matches
 * }</pre>
 */
public final class PhraseSet {
  private final List<PhraseLexicon> lexicons;
  private final Map<String, Integer> vocabulary;
  private final PhraseTrie[] tries;
  /** For each lemma id, the lists with a phrase starting with it. */
  private final int[][] startingWith;
  /** The lists with a phrase starting with a wildcard. */
  private final int[] startingWithWildcard;

  private PhraseSet(List<PhraseLexicon> lexicons, String[][][] keys, PhraseLexicon.Entry[][] entries) {
    this.lexicons = lexicons;
    Map<String, Integer> vocab = new HashMap<>();
    for (String[][] list : keys) {
      for (String[] phrase : list) {
        for (String k : phrase) {
          if (!k.equals(PhraseMatcher.WILDCARD)) {
            vocab.putIfAbsent(k, vocab.size());
          }
        }
      }
    }
    this.vocabulary = Map.copyOf(vocab);
    this.tries = new PhraseTrie[keys.length];
    for (int l = 0; l < keys.length; l++) {
      tries[l] = new PhraseTrie(keys[l], entries[l], vocabulary);
    }
    List<List<Integer>> starting = new ArrayList<>();
    for (int id = 0; id < vocabulary.size(); id++) {
      starting.add(new ArrayList<>());
    }
    List<Integer> wild = new ArrayList<>();
    for (int l = 0; l < tries.length; l++) {
      for (int id = 0; id < vocabulary.size(); id++) {
        if (tries[l].startsWith(id)) {
          starting.get(id).add(l);
        }
      }
      if (!tries[l].isEmpty() && tries[l].startsWithWildcard()) {
        wild.add(l);
      }
    }
    this.startingWith = new int[vocabulary.size()][];
    for (int id = 0; id < startingWith.length; id++) {
      startingWith[id] = starting.get(id).stream().mapToInt(Integer::intValue).toArray();
    }
    this.startingWithWildcard = wild.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @param lexicons the lists, in the order {@link Found#get(int)} numbers them
   * @return the lists compiled for matching together
   */
  public static PhraseSet of(List<PhraseLexicon> lexicons) {
    List<PhraseLexicon> copy = List.copyOf(Objects.requireNonNull(lexicons, "lexicons"));
    String[][][] keys = new String[copy.size()][][];
    PhraseLexicon.Entry[][] entries = new PhraseLexicon.Entry[copy.size()][];
    for (int l = 0; l < copy.size(); l++) {
      keys[l] = copy.get(l).keys();
      entries[l] = copy.get(l).entryArray();
    }
    return new PhraseSet(copy, keys, entries);
  }

  /**
   * The matcher of one lexicon on its own, for {@link PhraseLexicon#find(AnalyzedText)}.
   *
   * @param keys the lemma keys of each phrase
   * @param entries the entry of each phrase
   * @return the set of that one list; its {@link Found#of(PhraseLexicon)} knows no lexicon
   */
  static PhraseSet single(String[][] keys, PhraseLexicon.Entry[] entries) {
    return new PhraseSet(List.of(), new String[][][] {keys}, new PhraseLexicon.Entry[][] {entries});
  }

  /** @return the number of lists */
  public int size() {
    return tries.length;
  }

  /**
   * Finds the phrases of every list in a text, in one pass: for each list, whole words compared on
   * lemmas, left to right, longest match first, non-overlapping, within sentences. Linear in the
   * number of words.
   *
   * @param text an analysed text
   * @return the matches of each list
   */
  public Found find(AnalyzedText text) {
    Objects.requireNonNull(text, "text");
    return new Found(this, text, scan(text));
  }

  /**
   * @param text an analysed text
   * @return the matches of each list, in text order; an empty list is shared and immutable
   */
  @SuppressWarnings("unchecked")
  List<PhraseMatch>[] scan(AnalyzedText text) {
    List<PhraseMatch>[] out = new List[tries.length];
    Arrays.fill(out, List.of());
    List<Word> words = text.words();
    if (words.isEmpty()) {
      return out;
    }
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      Integer id = vocabulary.get(words.get(i).lemma());
      ids[i] = id == null ? -1 : id;
    }
    int[] next = new int[tries.length];
    PhraseTrie.Best best = new PhraseTrie.Best();
    for (Sentence s : text.sentences()) {
      Arrays.fill(next, 0);
      int end = s.endWord();
      for (int i = s.firstWord(); i < end; i++) {
        int id = ids[i];
        if (id >= 0) {
          for (int l : startingWith[id]) {
            if (next[l] <= i) {
              next[l] = matchAt(l, words, ids, i, end, best, out);
            }
          }
        }
        for (int l : startingWithWildcard) {
          if (next[l] <= i) {
            next[l] = matchAt(l, words, ids, i, end, best, out);
          }
        }
      }
    }
    return out;
  }

  /** Matches list {@code l} at word {@code i}; returns the first word its next match may use. */
  private int matchAt(
      int l, List<Word> words, int[] ids, int i, int end, PhraseTrie.Best best, List<PhraseMatch>[] out) {
    best.reset(i);
    tries[l].longestAt(ids, i, end, best);
    if (best.entry == null) {
      return i + 1;
    }
    if (out[l].isEmpty()) {
      out[l] = new ArrayList<>();
    }
    out[l].add(new PhraseMatch(i, best.end, words.get(i).start(), words.get(best.end - 1).end(), best.entry));
    return best.end;
  }

  /** The matches of every list of a {@link PhraseSet} in one text. Immutable. */
  public static final class Found {
    private final PhraseSet set;
    private final AnalyzedText text;
    private final List<List<PhraseMatch>> matches;

    private Found(PhraseSet set, AnalyzedText text, List<PhraseMatch>[] matches) {
      this.set = set;
      this.text = text;
      List<List<PhraseMatch>> m = new ArrayList<>(matches.length);
      for (List<PhraseMatch> list : matches) {
        m.add(list.isEmpty() ? List.of() : Collections.unmodifiableList(list));
      }
      this.matches = Collections.unmodifiableList(m);
    }

    /** @return the text the matches were found in */
    public AnalyzedText text() {
      return text;
    }

    /**
     * @param list a list's position in the set
     * @return its matches in text order (unmodifiable)
     * @throws IndexOutOfBoundsException when there is no such list
     */
    public List<PhraseMatch> get(int list) {
      return matches.get(list);
    }

    /**
     * The matches of a lexicon: those found in the pass when the lexicon (the same instance) is
     * one of the set's lists, else {@code lexicon.find(text())}.
     *
     * @param lexicon a lexicon
     * @return its matches in text order (unmodifiable)
     */
    public List<PhraseMatch> of(PhraseLexicon lexicon) {
      Objects.requireNonNull(lexicon, "lexicon");
      for (int l = 0; l < set.lexicons.size(); l++) {
        if (set.lexicons.get(l) == lexicon) {
          return matches.get(l);
        }
      }
      return Collections.unmodifiableList(lexicon.find(text));
    }
  }
}
