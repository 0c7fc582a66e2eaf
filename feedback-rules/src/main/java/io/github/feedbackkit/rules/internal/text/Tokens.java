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
  /** How many tokens are not punctuation. */
  int words;
  int[] start;
  int[] end;
  byte[] type;
  /**
   * Each token's form lower-cased and packed as {@link Lexeme#packed} packs it, when the tokenizer
   * packed it on the way (a short word of ASCII letters before a space), else 0.
   */
  long[] packed;
  /**
   * Line breaks in the gap before each token, counted once by {@link #add} (as
   * {@link Segmenter#newlines} counts them) for the passes that ask about every gap.
   */
  int[] newlinesBefore;
  /**
   * Whether a list marker may be among the tokens: a bullet, dash or asterisk, or a "." or ")"
   * right after a token of one or two characters ("1.", "b)"). When false, {@link Lists#find}
   * has nothing to look at.
   */
  boolean mayHoldList;

  /** @param capacity the tokens the arrays hold before they grow */
  Tokens(int capacity) {
    int c = Math.max(4, capacity);
    newlinesBefore = new int[c];
    start = new int[c];
    end = new int[c];
    type = new byte[c];
    packed = new long[c];
  }

  /**
   * Empties the tokens for another text, keeping the arrays when they hold {@code capacity}
   * (every slot below {@link #size} is written before it is read).
   */
  void reset(int capacity) {
    size = 0;
    words = 0;
    mayHoldList = false;
    if (start.length < capacity) {
      int c = Math.max(capacity, 2 * start.length); // grown like add grows them: rarely
      newlinesBefore = new int[c];
      start = new int[c];
      end = new int[c];
      type = new byte[c];
      packed = new long[c];
    }
  }

  /**
   * Adds a token. The text is an argument rather than a field: tokens kept in a {@link Scratch}
   * are old in the heap, where storing a reference costs a write barrier, and they refer to no text.
   *
   * @param text the text being tokenized
   * @param s the token's first character
   * @param e the index after its last character
   * @param t its type: a {@code WordKind} ordinal, or {@link #PUNCT}
   */
  void add(String text, int s, int e, byte t) {
    add(text, s, e, t, 0);
  }

  /**
   * Adds a token with its packed form.
   *
   * @param text the text being tokenized
   * @param s the token's first character
   * @param e the index after its last character
   * @param t its type: a {@code WordKind} ordinal, or {@link #PUNCT}
   * @param p its form lower-cased and packed as {@link Lexeme#packed} packs it, or 0
   */
  void add(String text, int s, int e, byte t, long p) {
    if (size == start.length) {
      int c = size * 2;
      start = Arrays.copyOf(start, c);
      end = Arrays.copyOf(end, c);
      type = Arrays.copyOf(type, c);
      newlinesBefore = Arrays.copyOf(newlinesBefore, c);
      packed = Arrays.copyOf(packed, c);
    }
    packed[size] = p;
    int gapStart = size == 0 ? s : end[size - 1];
    newlinesBefore[size] = s - gapStart <= 1 && (s == gapStart || text.charAt(gapStart) == ' ')
        ? 0 : Segmenter.newlines(text, gapStart, s);
    start[size] = s;
    end[size] = e;
    type[size] = t;
    size++;
    if (t == PUNCT && !mayHoldList) {
      char c = text.charAt(s);
      mayHoldList = c == '.' || c == ')'
          ? size > 1 && end[size - 2] == s && type[size - 2] != PUNCT && s - start[size - 2] <= 2
          : c == '-' || c == '*' || c == '\u2013' || c == '\u2014' || Lists.isBullet(c);
    }
    if (t != PUNCT) {
      words++;
    }
  }

  /**
   * @param k a token index, at least 1
   * @return the line breaks between token {@code k - 1} and token {@code k}
   */
  int newlinesBetween(int k) {
    return newlinesBefore[k];
  }

  boolean isPunct(int k) {
    return type[k] == PUNCT;
  }
}
