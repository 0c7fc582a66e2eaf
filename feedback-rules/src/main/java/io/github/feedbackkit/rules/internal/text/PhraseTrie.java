package io.github.feedbackkit.rules.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The phrases of one lexicon as a trie over integer lemma ids (see {@link PhraseSet}), flattened
 * into arrays: the root's children are a dense array indexed by id, an inner node's children a
 * sorted run of ids searched by binary search, and every node's wildcard child a separate slot.
 * Finds the longest phrase starting at a word without allocating; it visits nodes in the same
 * order as {@link PhraseMatcher} (the exact child before the wildcard child) and keeps the first
 * longest phrase, so its matches are the same. Immutable once built.
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
  /** The entry of the phrase ending at node n, or null. */
  private final PhraseLexicon.Entry[] value;
  private final int maxDepth;

  /**
   * Compiles phrases against a vocabulary.
   *
   * @param keys the lemma keys of each phrase (non-empty, distinct), {@link PhraseMatcher#WILDCARD} for any word
   * @param entries the entry of each phrase
   * @param vocabulary an id for every non-wildcard key, ids {@code 0 .. size - 1}
   */
  PhraseTrie(String[][] keys, PhraseLexicon.Entry[] entries, Map<String, Integer> vocabulary) {
    // build a pointer trie first, children ordered by id so the flattened runs are sorted
    List<Build> nodes = new ArrayList<>();
    Build top = new Build();
    nodes.add(top);
    int depth = 0;
    for (int p = 0; p < keys.length; p++) {
      Build n = top;
      for (String k : keys[p]) {
        Build next;
        if (k.equals(PhraseMatcher.WILDCARD)) {
          if (n.wild == null) {
            n.wild = new Build();
            nodes.add(n.wild);
          }
          next = n.wild;
        } else {
          int id = vocabulary.get(k);
          next = n.children.get(id);
          if (next == null) {
            next = new Build();
            n.children.put(id, next);
            nodes.add(next);
          }
        }
        n = next;
      }
      n.value = entries[p];
      depth = Math.max(depth, keys[p].length);
    }
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).index = i;
    }
    int count = nodes.size();
    this.first = new int[count + 1];
    this.wild = new int[count];
    this.value = new PhraseLexicon.Entry[count];
    int edges = 0;
    for (Build b : nodes) {
      edges += b.children.size();
    }
    this.childIds = new int[edges];
    this.childNodes = new int[edges];
    int e = 0;
    for (int i = 0; i < count; i++) {
      Build b = nodes.get(i);
      first[i] = e;
      for (Map.Entry<Integer, Build> c : b.children.entrySet()) {
        childIds[e] = c.getKey();
        childNodes[e] = c.getValue().index;
        e++;
      }
      wild[i] = b.wild == null ? -1 : b.wild.index;
      value[i] = b.value;
    }
    first[count] = e;
    this.root = new int[vocabulary.size()];
    Arrays.fill(root, -1);
    for (Map.Entry<Integer, Build> c : top.children.entrySet()) {
      root[c.getKey()] = c.getValue().index;
    }
    this.maxDepth = depth;
  }

  /** @return whether the trie has no phrase */
  boolean isEmpty() {
    return maxDepth == 0;
  }

  /**
   * @param id a lemma id
   * @return whether some phrase starts with that lemma
   */
  boolean startsWith(int id) {
    return root[id] >= 0;
  }

  /** @return whether some phrase starts with a wildcard */
  boolean startsWithWildcard() {
    return wild[0] >= 0;
  }

  /**
   * Finds the longest phrase starting at word {@code from} and records it in {@code best}, which
   * must hold {@code end == from} and no entry.
   *
   * @param ids the lemma id of each word, -1 for a lemma outside the vocabulary
   * @param from the first word
   * @param limit the index after the last word a match may use (a sentence end)
   * @param best where the longest match is recorded
   */
  void longestAt(int[] ids, int from, int limit, Best best) {
    walk(0, ids, from, Math.min(limit, from + maxDepth), best);
  }

  private void walk(int node, int[] ids, int i, int limit, Best best) {
    PhraseLexicon.Entry v = value[node];
    if (v != null && i > best.end) {
      best.end = i;
      best.entry = v;
    }
    if (i >= limit) {
      return;
    }
    int id = ids[i];
    if (id >= 0) {
      int exact = node == 0 ? root[id] : child(node, id);
      if (exact >= 0) {
        walk(exact, ids, i + 1, limit, best);
      }
    }
    int any = wild[node];
    if (any >= 0) {
      walk(any, ids, i + 1, limit, best);
    }
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

  /** The longest match found so far at one start: the index after its last word and its entry. */
  static final class Best {
    int end;
    PhraseLexicon.Entry entry;

    /** @param from the start word: no match yet */
    void reset(int from) {
      end = from;
      entry = null;
    }
  }

  private static final class Build {
    final TreeMap<Integer, Build> children = new TreeMap<>();
    Build wild;
    PhraseLexicon.Entry value;
    int index;
  }
}
