package io.github.feedbackkit.rules.internal.text;

import java.util.Collection;

/**
 * An immutable map from lemmas to dense integer ids {@code 0 .. size - 1} (in first-seen order),
 * for looking up each word of a text once: an open-addressing table that compares stored hashes
 * before strings, so a lemma outside the vocabulary usually costs one hash and a probe or two.
 * Thread-safe.
 */
final class LemmaIds {
  private final String[] keys;
  private final int[] hashes;
  private final int[] ids;
  private final int mask;
  private final int size;

  /** @param lemmas the lemmas; repeats get the id of their first occurrence */
  LemmaIds(Collection<String> lemmas) {
    int capacity = Integer.highestOneBit(Math.max(4, lemmas.size() * 4) - 1) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.ids = new int[capacity];
    this.mask = capacity - 1;
    int n = 0;
    for (String lemma : lemmas) {
      int h = lemma.hashCode();
      int i = slot(h);
      while (keys[i] != null && !(hashes[i] == h && keys[i].equals(lemma))) {
        i = (i + 1) & mask;
      }
      if (keys[i] == null) {
        keys[i] = lemma;
        hashes[i] = h;
        ids[i] = n++;
      }
    }
    this.size = n;
  }

  /** @return the number of distinct lemmas */
  int size() {
    return size;
  }

  /**
   * @param lemma a lemma
   * @return its id, or -1 when it is not in the vocabulary
   */
  int id(String lemma) {
    int h = lemma.hashCode();
    int i = slot(h);
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(lemma)) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private int slot(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
  }
}
