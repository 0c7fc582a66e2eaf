package io.github.feedbackkit.rules.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The phrases of several lexicons in one trie over integer lemma ids (see {@link PhraseSet}),
 * flattened into arrays: the root's children are a dense array indexed by id, an inner node's
 * children a run of ids sorted for binary search, every node's wildcard child a separate slot, and
 * every node's phrases a run of (list, entry) pairs. One walk from a word finds, for every list,
 * its longest phrase starting there. The walk visits nodes in the order {@link PhraseMatcher} does
 * (the exact child before the wildcard child) and each list keeps the first of its longest phrases,
 * so each list's result is the one its own {@link PhraseMatcher} would give. Immutable once built.
 */
final class PhraseTrie {
  /** Runs up to this long are scanned linearly; longer ones are binary-searched. */
  private static final int LINEAR = 8;

  /** The root's child for each lemma id, or -1. */
  private final int[] root;
  /** Node n's children are {@code childIds/childNodes[first[n] .. first[n + 1])}, sorted by id. */
  private final int[] first;
  private final int[] childIds;
  private final int[] childNodes;
  /** Node n's wildcard child, or -1. */
  private final int[] wild;
  /** Node n's phrases are {@code valueLists/valueEntries[firstValue[n] .. firstValue[n + 1])}. */
  private final int[] firstValue;
  private final int[] valueLists;
  private final PhraseLexicon.Entry[] valueEntries;
  private final int lists;
  private final int maxDepth;
  /**
   * For each lemma id, whether a phrase starting with it may be found whatever word follows: the
   * root's child for it holds a one-word phrase or has a wildcard child. The other first words
   * (most of them: "the", "on", "you" start only longer phrases) need a second word that one of
   * their phrases continues with, which {@link #pairs} tells apart from most others.
   */
  private final boolean[] anyNext;
  /**
   * A bit for each (first word, second word) of a phrase whose first word is not {@link #anyNext},
   * at {@link #pairBit}: clear means no phrase starts with those two words (a set bit may be
   * another pair's).
   */
  private final long[] pairs;
  private final int pairShift;

  /**
   * Compiles the phrases of several lists against a vocabulary.
   *
   * @param keys for each list, the lemma keys of each phrase (non-empty, distinct within the
   *     list), {@link PhraseMatcher#WILDCARD} for any word
   * @param entries for each list, the entry of each phrase
   * @param vocabulary an id for every non-wildcard key, ids {@code 0 .. size - 1}
   */
  PhraseTrie(String[][][] keys, PhraseLexicon.Entry[][] entries, LemmaIds vocabulary) {
    this.lists = keys.length;
    List<Build> nodes = new ArrayList<>();
    Build top = new Build();
    nodes.add(top);
    int depth = 0;
    int values = 0;
    for (int l = 0; l < keys.length; l++) {
      for (int p = 0; p < keys[l].length; p++) {
        Build n = top;
        for (String k : keys[l][p]) {
          Build next;
          if (k.equals(PhraseMatcher.WILDCARD)) {
            next = n.wild;
            if (next == null) {
              next = n.wild = new Build();
              nodes.add(next);
            }
          } else {
            int id = vocabulary.id(k);
            next = n.children.get(id);
            if (next == null) {
              next = new Build();
              n.children.put(id, next);
              nodes.add(next);
            }
          }
          n = next;
        }
        n.lists.add(l);
        n.entries.add(entries[l][p]);
        values++;
        depth = Math.max(depth, keys[l][p].length);
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).index = i;
    }
    int count = nodes.size();
    int edges = 0;
    for (Build b : nodes) {
      edges += b.children.size();
    }
    this.first = new int[count + 1];
    this.childIds = new int[edges];
    this.childNodes = new int[edges];
    this.wild = new int[count];
    this.firstValue = new int[count + 1];
    this.valueLists = new int[values];
    this.valueEntries = new PhraseLexicon.Entry[values];
    int e = 0;
    int v = 0;
    for (int i = 0; i < count; i++) {
      Build b = nodes.get(i);
      first[i] = e;
      for (var c : b.children.entrySet()) {
        childIds[e] = c.getKey();
        childNodes[e] = c.getValue().index;
        e++;
      }
      wild[i] = b.wild == null ? -1 : b.wild.index;
      firstValue[i] = v;
      for (int j = 0; j < b.lists.size(); j++) {
        valueLists[v] = b.lists.get(j);
        valueEntries[v] = b.entries.get(j);
        v++;
      }
    }
    first[count] = e;
    firstValue[count] = v;
    this.root = new int[vocabulary.size()];
    Arrays.fill(root, -1);
    for (var c : top.children.entrySet()) {
      root[c.getKey()] = c.getValue().index;
    }
    this.maxDepth = depth;
    this.anyNext = new boolean[vocabulary.size()];
    int pairCount = 0;
    for (var c : top.children.entrySet()) {
      Build b = c.getValue();
      anyNext[c.getKey()] = !b.lists.isEmpty() || b.wild != null;
      pairCount += anyNext[c.getKey()] ? 0 : b.children.size();
    }
    // about sixteen bits per pair: a word pair that starts no phrase passes for one about one time
    // in sixteen, and the table stays small (a few kilobytes for the built-in lists)
    int bits = Integer.highestOneBit(Math.max(64, pairCount * 16 - 1)) << 1;
    this.pairShift = 64 - Integer.numberOfTrailingZeros(bits);
    this.pairs = new long[bits >>> 6];
    for (var c : top.children.entrySet()) {
      if (!anyNext[c.getKey()]) {
        for (int second : c.getValue().children.keySet()) {
          int bit = pairBit(c.getKey(), second);
          pairs[bit >>> 6] |= 1L << bit;
        }
      }
    }
  }

  private int pairBit(int first, int second) {
    long h = ((long) first << 32 | second) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> pairShift);
  }

  /** @return the number of lists */
  int lists() {
    return lists;
  }

  /**
   * @param id a lemma id, or -1 for a lemma outside the vocabulary
   * @return whether some phrase of some list may start at a word with that lemma
   */
  boolean mayStartAt(int id) {
    return wild[0] >= 0 || (id >= 0 && root[id] >= 0);
  }

  /**
   * Whether some phrase may be found starting at a word, knowing the word after it: false only when
   * none can (a walk from there would find nothing).
   *
   * @param id the word's lemma id, or -1 for a lemma outside the vocabulary
   * @param next the next word's lemma id, or -1 for one outside the vocabulary or no next word
   *     (at the end of the sentence)
   * @return whether to walk the trie from the word
   */
  boolean mayStartAt(int id, int next) {
    if (wild[0] >= 0) {
      return true;
    }
    if (id < 0 || root[id] < 0) {
      return false;
    }
    if (anyNext[id]) {
      return true;
    }
    if (next < 0) {
      return false; // only an exact second word could follow
    }
    int bit = pairBit(id, next);
    return (pairs[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * A walker that finds every list's longest phrase at a word; one per scan of a text, or reused
   * for text after text through a {@link Scratch} ({@link #reset}); not thread-safe.
   */
  final class Walk {
    private int[] ids;
    /**
     * Per list l: {@code state[l]} is 1 + the start word for which {@code state[lists + l]} (the
     * end of its longest phrase) and {@code value[l]} hold, else stale; {@code state[2 * lists + k]}
     * is the k-th list found at the last start; {@code state[3 * lists + l]} is the index after
     * list l's previous match in the sentence (see {@link #next(int)}).
     */
    private final int[] state;
    /**
     * Per list: the index in {@code valueEntries} of its longest phrase's entry. An index, not the
     * entry: a walk is kept from text to text, so it is usually old in the heap, and storing a
     * reference into an old object costs a garbage collector's write barrier (a memory fence
     * under G1) on every store, where an int costs nothing.
     */
    private final int[] value;
    private int touchedCount;
    private int start;

    /** @param ids the lemma id of each word, -1 for a lemma outside the vocabulary */
    Walk(int[] ids) {
      this.ids = ids;
      this.state = new int[4 * lists];
      this.value = new int[lists];
    }

    /** @return whether this walks the trie given */
    boolean of(PhraseTrie trie) {
      return PhraseTrie.this == trie;
    }

    /**
     * Starts over on another text: nothing found, no previous matches.
     *
     * @param ids the lemma id of each of its words
     */
    void reset(int[] ids) {
      if (this.ids != ids) {
        this.ids = ids; // usually the scratch's array again: no store, no write barrier
      }
      Arrays.fill(state, 0);
      touchedCount = 0;
      start = 0;
    }

    /**
     * Finds every list's longest phrase starting at word {@code at}; read them with {@link
     * #found()}, {@link #list(int)}, {@link #end(int)} and {@link #value(int)}.
     *
     * @param at the first word
     * @param limit the index after the last word a match may use (a sentence end)
     */
    void longestAt(int at, int limit) {
      start = at;
      touchedCount = 0;
      walk(0, at, Math.min(limit, at + maxDepth));
    }

    /** Forgets the previous matches ({@link #next(int)}): a new sentence starts. */
    void newSentence() {
      Arrays.fill(state, 3 * lists, 4 * lists, 0);
    }

    /**
     * @param list a list
     * @return the index after its previous match in the sentence, as {@link #setNext} left it, or 0
     */
    int next(int list) {
      return state[3 * lists + list];
    }

    /**
     * @param list a list
     * @param next the index after its match just taken
     */
    void setNext(int list, int next) {
      state[3 * lists + list] = next;
    }

    /** @return how many lists have a phrase at the last start */
    int found() {
      return touchedCount;
    }

    /**
     * @param k a number below {@link #found()}
     * @return the k-th list with a phrase at the last start
     */
    int list(int k) {
      return state[2 * lists + k];
    }

    /**
     * @param list a list with a phrase at the last start
     * @return the index after the last word of its longest phrase
     */
    int end(int list) {
      return state[lists + list];
    }

    /**
     * @param list a list with a phrase at the last start
     * @return the index of the entry of its longest phrase, for {@link PhraseTrie#entry(int)}
     */
    int value(int list) {
      return value[list];
    }

    private void walk(int node, int i, int limit) {
      for (int v = firstValue[node], stop = firstValue[node + 1]; v < stop; v++) {
        int l = valueLists[v];
        if (state[l] != start + 1) {
          state[l] = start + 1;
          state[lists + l] = i;
          value[l] = v;
          state[2 * lists + touchedCount++] = l;
        } else if (i > state[lists + l]) {
          state[lists + l] = i;
          value[l] = v;
        }
      }
      if (i >= limit) {
        return;
      }
      int id = ids[i];
      if (id >= 0) {
        int exact = node == 0 ? root[id] : child(node, id);
        if (exact >= 0) {
          walk(exact, i + 1, limit);
        }
      }
      int any = wild[node];
      if (any >= 0) {
        walk(any, i + 1, limit);
      }
    }
  }

  /**
   * @param value an index from {@link Walk#value(int)}
   * @return the entry of that phrase
   */
  PhraseLexicon.Entry entry(int value) {
    return valueEntries[value];
  }

  private int child(int node, int id) {
    int lo = first[node];
    int hi = first[node + 1] - 1;
    if (hi - lo < LINEAR) {
      for (int e = lo; e <= hi; e++) {
        if (childIds[e] == id) {
          return childNodes[e];
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int k = childIds[mid];
      if (k < id) {
        lo = mid + 1;
      } else if (k > id) {
        hi = mid - 1;
      } else {
        return childNodes[mid];
      }
    }
    return -1;
  }

  private static final class Build {
    final TreeMap<Integer, Build> children = new TreeMap<>();
    final List<Integer> lists = new ArrayList<>(1);
    final List<PhraseLexicon.Entry> entries = new ArrayList<>(1);
    Build wild;
    int index;
  }
}
