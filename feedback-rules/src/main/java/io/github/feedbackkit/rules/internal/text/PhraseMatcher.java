package io.github.feedbackkit.rules.internal.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A trie of phrases (sequences of lemma keys, {@link #WILDCARD} matching any one word) that finds
 * the longest phrase starting at a word. Matching costs O(phrase length × 2^wildcards) per
 * starting word, bounded by the longest phrase, so a scan over a text is linear. Immutable once
 * built.
 *
 * @param <V> the value attached to each phrase
 */
final class PhraseMatcher<V> {
  /** The key that matches any single word. */
  static final String WILDCARD = "*";

  private final Node<V> root;
  private final int maxDepth;

  private PhraseMatcher(Node<V> root, int maxDepth) {
    this.root = root;
    this.maxDepth = maxDepth;
  }

  /** @return whether no phrase was added */
  boolean isEmpty() {
    return maxDepth == 0;
  }

  /**
   * Whether a phrase may start with a word of this key: some phrase's first key is it, or a
   * wildcard.
   *
   * @param key a lemma key
   * @return false when no phrase can start at a word with this key
   */
  boolean mayStartWith(String key) {
    return root.children != null && (root.children.containsKey(key) || root.children.containsKey(WILDCARD));
  }

  /**
   * The end of the longest phrase starting at word {@code from}, without allocating.
   *
   * @param keys the words' lexemes (keyed by lemma)
   * @param from the first word
   * @param limit the index after the last word a phrase may take
   * @return the index after the phrase's last word, or -1 when no phrase starts there
   */
  int longestEnd(Lexeme[] keys, int from, int limit) {
    return longest(root, keys, from, Math.min(limit, from + maxDepth));
  }

  /** The longest end of a phrase through {@code node} at word {@code i}, or -1. */
  private static <V> int longest(Node<V> node, Lexeme[] keys, int i, int limit) {
    int best = node.value != null ? i : -1; // the root holds no value: a phrase has a word
    if (i >= limit || node.children == null) {
      return best;
    }
    Node<V> exact = node.children.get(keys[i].lemma);
    if (exact != null) {
      best = Math.max(best, longest(exact, keys, i + 1, limit));
    }
    Node<V> any = node.children.get(WILDCARD);
    if (any != null) {
      best = Math.max(best, longest(any, keys, i + 1, limit));
    }
    return best;
  }

  private static final class Node<V> {
    Map<String, Node<V>> children;
    V value;
  }

  /** Collects phrases; a later phrase with the same keys replaces an earlier one. */
  static final class Builder<V> {
    private final Node<V> root = new Node<>();
    private int maxDepth;

    /**
     * Adds a phrase.
     *
     * @param keys its lemma keys (non-empty), {@link #WILDCARD} for any word
     * @param value its value
     * @return this builder
     */
    Builder<V> add(String[] keys, V value) {
      if (keys.length == 0) {
        return this;
      }
      Node<V> n = root;
      for (String k : keys) {
        if (n.children == null) {
          n.children = new HashMap<>();
        }
        n = n.children.computeIfAbsent(k, x -> new Node<>());
      }
      n.value = value;
      maxDepth = Math.max(maxDepth, keys.length);
      return this;
    }

    /** @return the matcher; the builder must not be used afterwards */
    PhraseMatcher<V> build() {
      return new PhraseMatcher<>(root, maxDepth);
    }
  }
}
