package io.github.feedbackkit.rules.internal.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A compact, immutable word → syllable-count table: all words, sorted, concatenated in one
 * ASCII byte array with an offset array and a count array, searched by binary search. About 2 MB
 * for CMUdict's 126,000 words (instead of ~10 MB as a {@code HashMap<String, Integer>}).
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
   * Loads a table of sorted {@code word<TAB>count} lines (ASCII words, counts 1..9).
   *
   * @param path absolute resource path (gzip when it ends with .gz)
   * @return the table, or {@link #EMPTY} when the resource does not exist
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
    ByteArrayOutputStream words = new ByteArrayOutputStream(raw.length);
    int[] offsets = new int[lines + 2];
    byte[] counts = new byte[lines + 1];
    int n = 0;
    int i = 0;
    while (i < raw.length) {
      int tab = i;
      while (tab < raw.length && raw[tab] != '\t' && raw[tab] != '\n') {
        tab++;
      }
      int eol = tab;
      while (eol < raw.length && raw[eol] != '\n') {
        eol++;
      }
      if (tab < eol && tab > i && raw[i] != '#') {
        offsets[n] = words.size();
        words.write(raw, i, tab - i);
        counts[n] = (byte) (raw[tab + 1] - '0');
        n++;
      }
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
