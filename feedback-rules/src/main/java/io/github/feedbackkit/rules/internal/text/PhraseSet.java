package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Several {@link PhraseLexicon}s matched together in one pass over a text. The lists share one
 * vocabulary (every lemma of every phrase gets an integer id) and one trie over those ids: each
 * word's lemma is looked up once per text, rather than twice per list and word, and one walk from
 * a word that starts some phrase finds every list's longest phrase there, without allocating. The
 * matches of each list are exactly those of {@link PhraseLexicon#find(AnalyzedText)}. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * PhraseSet set = PhraseSet.of(List.of(jargon, personality));
 * PhraseSet.Found found = set.find(analyzed);
 * found.get(0);            // the jargon matches, as jargon.find(analyzed)
 * found.of(personality);   // the personality matches
 * }</pre>
 */
public final class PhraseSet {
  /** The lists, in order (an array: {@link Found#of} looks a list up for every check and field). */
  private final PhraseLexicon[] lexicons;
  private final LemmaIds vocabulary;
  private final PhraseTrie trie;
  /**
   * The result of a text where nothing matches: every list's matches empty. Shared by those
   * texts, and never written (a {@link Found} only reads its array).
   */
  private final List<PhraseMatch>[] none;

  private PhraseSet(List<PhraseLexicon> lexicons, String[][][] keys, PhraseLexicon.Entry[][] entries) {
    this.lexicons = lexicons.toArray(new PhraseLexicon[0]);
    List<String> lemmas = new ArrayList<>();
    for (String[][] list : keys) {
      for (String[] phrase : list) {
        for (String k : phrase) {
          if (!k.equals(PhraseMatcher.WILDCARD)) {
            lemmas.add(k);
          }
        }
      }
    }
    this.vocabulary = new LemmaIds(lemmas);
    this.trie = new PhraseTrie(keys, entries, vocabulary);
    this.none = emptyLists(keys.length);
  }

  @SuppressWarnings("unchecked")
  private static List<PhraseMatch>[] emptyLists(int lists) {
    List<PhraseMatch>[] empty = new List[lists];
    Arrays.fill(empty, List.of());
    return empty;
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
    return trie.lists();
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
    return new Found(this, text, scan(text, null, null));
  }

  /** @return the lemmas of every list with their ids, for {@link TextAnalyzer#analyze(String, PhraseSet)} */
  LemmaIds vocabulary() {
    return vocabulary;
  }

  /**
   * The matches in a text whose words' lemma ids are known.
   *
   * @param text an analysed text
   * @param ids each word's lemma id in {@link #vocabulary()} (in its first slots; it may be
   *     longer), or null to look them up
   * @param scratch working arrays to reuse, or null
   * @return the matches of each list
   */
  Found found(AnalyzedText text, int[] ids, Scratch scratch) {
    return new Found(this, text, scan(text, ids, scratch));
  }

  /**
   * One walk of the trie per word that starts a phrase of some list gives every list's longest
   * phrase there; a list takes it unless its previous match (in the sentence) covers the word.
   *
   * @param text an analysed text
   * @param known each word's lemma id in the vocabulary (in its first slots; it may be longer), or
   *     null to look them up
   * @param scratch working arrays whose phrase walk and match buffer to reuse, or null for new ones
   * @return the matches of each list, in text order, as immutable lists (empty when none), in an
   *     array of runtime type {@code List[]} that nobody may write to (it may be shared)
   */
  List<PhraseMatch>[] scan(AnalyzedText text, int[] known, Scratch scratch) {
    int lists = trie.lists();
    WordTable words = WordTable.of(text);
    int n = words.size();
    if (n == 0 || lists == 0) {
      return none;
    }
    int[] ids = known;
    int firstStart = -1;
    if (ids == null) {
      ids = new int[n];
      for (int i = 0; i < n; i++) {
        int id = vocabulary.id(words.lemma(i));
        ids[i] = id;
        if (firstStart < 0 && trie.mayStartAt(id)) {
          firstStart = i;
        }
      }
    } else {
      for (int i = 0; i < n && firstStart < 0; i++) {
        if (trie.mayStartAt(ids[i])) {
          firstStart = i;
        }
      }
    }
    if (firstStart < 0) {
      return none; // no phrase of any list starts at any word
    }
    PhraseTrie.Walk walk = scratch == null ? trie.new Walk(ids) : scratch.walk(trie, ids);
    Collected found = scratch == null ? new Collected() : scratch.collected();
    List<Sentence> sentences = text.sentences();
    for (int si = 0, count = sentences.size(); si < count; si++) {
      Sentence s = sentences.get(si);
      int end = s.endWord();
      if (end <= firstStart) {
        continue;
      }
      walk.newSentence();
      for (int i = Math.max(s.firstWord(), firstStart); i < end; i++) {
        if (!trie.mayStartAt(ids[i], i + 1 < end ? ids[i + 1] : -1)) {
          continue;
        }
        walk.longestAt(i, end);
        for (int k = 0, hits = walk.found(); k < hits; k++) {
          int l = walk.list(k);
          if (walk.next(l) > i) {
            continue; // inside this list's previous match
          }
          int stop = walk.end(l);
          found.add(l, i, stop, words.start(i), words.end(stop - 1), walk.value(l));
          walk.setNext(l, stop);
        }
      }
    }
    return found.size == 0 ? none : found.byList(none, trie);
  }

  /**
   * The matches of a text as the scan finds them, every list's interleaved in text order, kept
   * until the scan ends and then handed out list by list: one buffer per {@link Scratch} rather
   * than a growing list per list and text. The buffer holds each match as integers (its words,
   * characters and entry index), and the {@link PhraseMatch} objects are made only when handed out:
   * a kept buffer is usually old in the heap, where every stored reference would cost the garbage
   * collector's write barrier (a memory fence under G1), and it never refers to a text's matches.
   * Not thread-safe.
   */
  static final class Collected {
    /** Fields per match in {@link #data}: list, first word, end word, start, end, entry index. */
    private static final int FIELDS = 6;

    private int[] data = new int[8 * FIELDS];
    private int size;
    /** Per list: its matches so far, and the index of its second match. */
    private int[] count = new int[0];
    private int[] second = new int[0];

    /** Forgets the matches of the previous text (the buffers stay). */
    void reset() {
      for (int k = 0; k < size; k++) {
        count[data[k * FIELDS]] = 0; // none left unless that text's scan stopped before byList
      }
      size = 0;
    }

    /**
     * @param list the list
     * @param firstWord the match's first word
     * @param endWord the index after its last word
     * @param start its first character
     * @param end the index after its last character
     * @param value its entry's index in the trie ({@link PhraseTrie#entry(int)})
     */
    void add(int list, int firstWord, int endWord, int start, int end, int value) {
      int at = size * FIELDS;
      if (at == data.length) {
        data = Arrays.copyOf(data, 2 * data.length);
      }
      if (list >= count.length) {
        int lists = Math.max(list + 1, 2 * count.length);
        count = Arrays.copyOf(count, lists);
        second = Arrays.copyOf(second, lists);
      }
      if (count[list]++ == 1) {
        second[list] = size;
      }
      int[] d = data;
      d[at] = list;
      d[at + 1] = firstWord;
      d[at + 2] = endWord;
      d[at + 3] = start;
      d[at + 4] = end;
      d[at + 5] = value;
      size++;
    }

    private PhraseMatch match(int k, PhraseTrie trie) {
      int at = k * FIELDS;
      int[] d = data;
      return new PhraseMatch(d[at + 1], d[at + 2], d[at + 3], d[at + 4], trie.entry(d[at + 5]));
    }

    /**
     * Hands the matches out and forgets them.
     *
     * @param none every list's matches when there are none (copied, never written to)
     * @param trie the trie whose entry indexes the matches hold
     * @return each list's matches in text order, as an immutable list (one or two matches, the
     *     common case, need no array); only the lists that have matches are visited
     */
    List<PhraseMatch>[] byList(List<PhraseMatch>[] none, PhraseTrie trie) {
      List<PhraseMatch>[] out = none.clone();
      for (int k = 0; k < size; k++) {
        int l = data[k * FIELDS];
        int c = count[l];
        if (c == 0) {
          continue; // handed out at its first match
        }
        // in text order, a list's first match is the first met
        if (c == 1) {
          out[l] = List.of(match(k, trie));
        } else if (c == 2) {
          out[l] = List.of(match(k, trie), match(second[l], trie));
        } else {
          PhraseMatch[] mine = new PhraseMatch[c];
          for (int j = k, m = 0; m < c; j++) {
            if (data[j * FIELDS] == l) {
              mine[m++] = match(j, trie);
            }
          }
          out[l] = List.of(mine);
        }
        count[l] = 0;
      }
      size = 0; // every count is 0 again: the next reset has nothing to clear
      return out;
    }
  }

  /** The matches of every list of a {@link PhraseSet} in one text. Immutable. */
  public static final class Found {
    private final PhraseSet set;
    private final AnalyzedText text;
    private final List<PhraseMatch>[] matches;

    /** @param found the matches of each list from {@link #scan}, kept as they are and only read */
    private Found(PhraseSet set, AnalyzedText text, List<PhraseMatch>[] found) {
      this.set = set;
      this.text = text;
      this.matches = found;
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
      return matches[list];
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
      PhraseLexicon[] all = set.lexicons;
      for (int l = 0; l < all.length; l++) {
        if (all[l] == lexicon) {
          return matches[l];
        }
      }
      return lexicon.find(text);
    }

    /**
     * {@link #of(PhraseLexicon)}, looking at one position of the set first.
     *
     * @param lexicon a lexicon
     * @param position where the set is expected to hold it
     * @return its matches in text order (unmodifiable)
     */
    public List<PhraseMatch> of(PhraseLexicon lexicon, int position) {
      PhraseLexicon[] all = set.lexicons;
      if (position >= 0 && position < all.length && all[position] == lexicon) {
        return matches[position];
      }
      return of(lexicon);
    }
  }
}
