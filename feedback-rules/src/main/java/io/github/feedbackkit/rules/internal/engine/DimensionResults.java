package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The dimension results of a {@link io.github.feedbackkit.rules.QualityReport} as the engine makes
 * them: an immutable map over the engine's dimensions in order (one array, shared by every report)
 * and their results, read as the {@code Collections.unmodifiableMap} of a {@code LinkedHashMap}
 * that the report would otherwise build (after the engine built one too): iteration in dimension
 * order, {@code null} for a key that is not one of its dimensions (null included), and {@link
 * UnsupportedOperationException} for every change. The report keeps it as it is.
 */
public final class DimensionResults extends AbstractMap<Dimension, DimensionResult> {
  private final Dimension[] keys;
  private final DimensionResult[] values;

  /**
   * @param keys dimensions in strictly ascending order (the array is kept, so it must never change)
   * @param values the result of each, filed under its own dimension (the array is kept)
   * @throws IllegalArgumentException when the dimensions are out of order or a result is filed
   *     under another dimension
   */
  DimensionResults(Dimension[] keys, DimensionResult[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " dimensions for " + values.length + " results");
    }
    for (int i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i - 1].compareTo(keys[i]) >= 0) {
        throw new IllegalArgumentException("dimensions out of order: " + keys[i - 1] + ", " + keys[i]);
      }
      if (!keys[i].equals(values[i].dimension())) {
        throw new IllegalArgumentException("result for " + values[i].dimension() + " filed under " + keys[i]);
      }
    }
    this.keys = keys;
    this.values = values;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public DimensionResult get(Object key) {
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
  public Set<Map.Entry<Dimension, DimensionResult>> entrySet() {
    return Collections.unmodifiableSet(new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<Dimension, DimensionResult>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Map.Entry<Dimension, DimensionResult> next() {
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
  public Set<Dimension> keySet() {
    return Collections.unmodifiableSet(super.keySet());
  }

  @Override
  public Collection<DimensionResult> values() {
    return Collections.unmodifiableCollection(super.values());
  }

  @Override
  public DimensionResult put(Dimension key, DimensionResult value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends Dimension, ? extends DimensionResult> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super Dimension, ? super DimensionResult, ? extends DimensionResult> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult putIfAbsent(Dimension key, DimensionResult value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(Dimension key, DimensionResult oldValue, DimensionResult newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult replace(Dimension key, DimensionResult value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult computeIfAbsent(Dimension key, Function<? super Dimension, ? extends DimensionResult> mappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult computeIfPresent(
      Dimension key, BiFunction<? super Dimension, ? super DimensionResult, ? extends DimensionResult> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult compute(Dimension key, BiFunction<? super Dimension, ? super DimensionResult, ? extends DimensionResult> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DimensionResult merge(
      Dimension key, DimensionResult value, BiFunction<? super DimensionResult, ? super DimensionResult, ? extends DimensionResult> remappingFunction) {
    throw new UnsupportedOperationException();
  }
}
