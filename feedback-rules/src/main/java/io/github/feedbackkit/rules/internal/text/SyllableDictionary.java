package io.github.feedbackkit.rules.internal.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A compact, immutable word → syllable-count table: all words, sorted, concatenated in one
 * ASCII byte array with an offset array and a count array, searched by binary search. About
 * 1.7 MB of heap for CMUdict's 126,000 words (a {@code HashMap<String, Integer>} would take ~10 MB);
 * 274 KB in the jar, front-coded and gzip-compressed.
 */
final class SyllableDictionary {
  static final SyllableDictionary EMPTY = new SyllableDictionary(new byte[0], new int[] {0}, new byte[0]);

  private final byte[] chars;
  private final int[] offsets; // offsets[i]..offsets[i+1] is word i
  private final byte[] counts;

  private SyllableDictionary(byte[] chars, int[] offsets, byte[] counts) {
    this.chars = chars;
    this.offsets = offsets;
    this.counts = counts;
  }

  /**
   * Loads a front-coded table: sorted ASCII words, one per line as {@code <P><C><suffix>}, where
   * the digit P says how many leading characters the word shares with the previous one and the
   * digit C is its syllable count (see {@code scripts/cmudict-syllables.mjs}).
   *
   * @param path absolute resource path (gzip when it ends with .gz)
   * @return the table, or {@link #EMPTY} when the resource does not exist
   * @throws IllegalStateException when a line is malformed
   */
  static SyllableDictionary load(String path) {
    byte[] raw;
    try (InputStream in = Resources.open(path)) {
      if (in == null) {
        return EMPTY;
      }
      raw = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read syllable table " + path, e);
    }
    int lines = 0;
    for (byte b : raw) {
      if (b == '\n') {
        lines++;
      }
    }
    ByteArrayOutputStream words = new ByteArrayOutputStream(raw.length * 2);
    int[] offsets = new int[lines + 2];
    byte[] counts = new byte[lines + 1];
    byte[] prev = new byte[64];
    int prevLen = 0;
    int n = 0;
    int i = 0;
    while (i < raw.length) {
      int eol = i;
      while (eol < raw.length && raw[eol] != '\n') {
        eol++;
      }
      if (eol - i < 3 || raw[i] < '0' || raw[i] > '9' || raw[i + 1] < '1' || raw[i + 1] > '9' || raw[i] - '0' > prevLen) {
        throw new IllegalStateException("malformed line " + (n + 1) + " in syllable table " + path);
      }
      int shared = raw[i] - '0';
      int len = shared + eol - (i + 2);
      if (len > prev.length) {
        prev = Arrays.copyOf(prev, len * 2);
      }
      System.arraycopy(raw, i + 2, prev, shared, eol - (i + 2));
      prevLen = len;
      offsets[n] = words.size();
      words.write(prev, 0, len);
      counts[n] = (byte) (raw[i + 1] - '0');
      n++;
      i = eol + 1;
    }
    offsets[n] = words.size();
    return new SyllableDictionary(words.toByteArray(), Arrays.copyOf(offsets, n + 1), Arrays.copyOf(counts, n));
  }

  /** @return the number of words in the table */
  int size() {
    return counts.length;
  }

  /**
   * Looks a word up.
   *
   * @param lower a lower-cased word
   * @return its syllable count, or -1 when the table lacks it
   */
  int syllables(CharSequence lower) {
    int i = indexOf(lower);
    return i < 0 ? -1 : counts[i];
  }

  /**
   * @param lower a lower-cased word
   * @return whether the table holds it
   */
  boolean contains(CharSequence lower) {
    return indexOf(lower) >= 0;
  }

  private int indexOf(CharSequence w) {
    int lo = 0;
    int hi = counts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, w);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private int compare(int entry, CharSequence w) {
    int s = offsets[entry];
    int len = offsets[entry + 1] - s;
    int n = Math.min(len, w.length());
    for (int k = 0; k < n; k++) {
      int a = chars[s + k] & 0xff;
      int b = w.charAt(k);
      if (a != b) {
        return a - b;
      }
    }
    return len - w.length();
  }
}
