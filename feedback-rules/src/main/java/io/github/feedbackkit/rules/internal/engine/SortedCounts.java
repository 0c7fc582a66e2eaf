package io.github.feedbackkit.rules.internal.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The counts of a {@link io.github.feedbackkit.rules.DimensionResult} as the scoring makes them:
 * an immutable map over a sorted array of names (shared by every result of a dimension) and their
 * values, read as {@code Collections.unmodifiableMap(new TreeMap<>(counts))} reads, which the
 * result would otherwise build (and a tree map before it) for every dimension of every report:
 * iteration in name order, {@link NullPointerException} for a null key and {@link
 * ClassCastException} for a key that is no string (as a tree map compares keys), and {@link
 * UnsupportedOperationException} for every change.
 */
public final class SortedCounts extends AbstractMap<String, Integer> {
  private static final SortedCounts EMPTY = new SortedCounts(new String[0], new Integer[0]);

  private final String[] keys;
  private final Integer[] values;

  private SortedCounts(String[] keys, Integer[] values) {
    this.keys = keys;
    this.values = values;
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
  @SuppressWarnings("unchecked")
  private int indexOf(Object key) {
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

  @Override
  public Integer get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public Set<Map.Entry<String, Integer>> entrySet() {
    return Collections.unmodifiableSet(new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Map.Entry<String, Integer> next() {
            if (i >= keys.length) {
              throw new NoSuchElementException();
            }
            int at = i++;
            return new SimpleImmutableEntry<>(keys[at], values[at]);
          }
        };
      }
    });
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(super.keySet());
  }

  @Override
  public Collection<Integer> values() {
    return Collections.unmodifiableCollection(super.values());
  }

  @Override
  public Integer put(String key, Integer value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends String, ? extends Integer> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super Integer, ? extends Integer> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer putIfAbsent(String key, Integer value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(String key, Integer oldValue, Integer newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer replace(String key, Integer value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer computeIfAbsent(String key, Function<? super String, ? extends Integer> mappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer computeIfPresent(
      String key, BiFunction<? super String, ? super Integer, ? extends Integer> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer compute(String key, BiFunction<? super String, ? super Integer, ? extends Integer> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Integer merge(
      String key, Integer value, BiFunction<? super Integer, ? super Integer, ? extends Integer> remappingFunction) {
    throw new UnsupportedOperationException();
  }
}
