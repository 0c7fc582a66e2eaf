package io.github.feedbackkit.rules.internal.engine;

import java.util.Objects;

/**
 * The counts of a {@link io.github.feedbackkit.rules.DimensionResult} as the scoring makes them:
 * an immutable map over a sorted array of names (shared by every result of a dimension) and their
 * values, read as {@code Collections.unmodifiableMap(new TreeMap<>(counts))} reads, which the
 * result would otherwise build (and a tree map before it) for every dimension of every report:
 * iteration in name order, {@link NullPointerException} for a null key and {@link
 * ClassCastException} for a key that is no string (as a tree map compares keys), and {@link
 * UnsupportedOperationException} for every change.
 */
public final class SortedCounts extends ArrayMap<String, Integer> {
  private static final SortedCounts EMPTY = new SortedCounts(new String[0], new Integer[0]);

  private SortedCounts(String[] keys, Integer[] values) {
    super(keys, values);
  }

  /**
   * @param keys names in strictly ascending order (the array is kept, so it must never change)
   * @param values their values, one each
   * @return the counts
   * @throws IllegalArgumentException when the names are not strictly ascending or the lengths differ
   */
  static SortedCounts of(String[] keys, Integer... values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " names for " + values.length + " values");
    }
    for (int i = 1; i < keys.length; i++) {
      if (keys[i - 1].compareTo(keys[i]) >= 0) {
        throw new IllegalArgumentException("names out of order: " + keys[i - 1] + ", " + keys[i]);
      }
    }
    return keys.length == 0 ? EMPTY : new SortedCounts(keys, values);
  }

  /** @return the empty counts */
  public static SortedCounts empty() {
    return EMPTY;
  }

  /** Binary search as a tree map compares: the key is cast to {@link Comparable}; null throws. */
  @Override
  @SuppressWarnings("unchecked")
  int indexOf(Object key) {
    Objects.requireNonNull(key);
    Comparable<Object> k = (Comparable<Object>) key;
    int lo = 0;
    int hi = keys.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = k.compareTo(keys[mid]);
      if (c > 0) {
        lo = mid + 1;
      } else if (c < 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
