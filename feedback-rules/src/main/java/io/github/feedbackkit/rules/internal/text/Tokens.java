package io.github.feedbackkit.rules.internal.text;

import java.util.Arrays;

/**
 * The tokens of a text in parallel arrays: word-like tokens (type = a {@code WordKind} ordinal)
 * and single punctuation or symbol code points (type {@link #PUNCT}). Whitespace is not a token;
 * every other code point of the text belongs to exactly one token, in order.
 */
final class Tokens {
  static final byte PUNCT = 127;

  int size;
  int[] start;
  int[] end;
  byte[] type;

  Tokens(int capacity) {
    int c = Math.max(4, capacity);
    start = new int[c];
    end = new int[c];
    type = new byte[c];
  }

  void add(int s, int e, byte t) {
    if (size == start.length) {
      int c = size * 2;
      start = Arrays.copyOf(start, c);
      end = Arrays.copyOf(end, c);
      type = Arrays.copyOf(type, c);
    }
    start[size] = s;
    end[size] = e;
    type[size] = t;
    size++;
  }

  boolean isPunct(int k) {
    return type[k] == PUNCT;
  }
}
