package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;

/**
 * The dimension results of a {@link io.github.feedbackkit.rules.QualityReport} as the engine makes
 * them: an immutable map over the engine's dimensions in order (one array, shared by every report)
 * and their results, read as the {@code Collections.unmodifiableMap} of a {@code LinkedHashMap}
 * that the report would otherwise build (after the engine built one too): iteration in dimension
 * order, {@code null} for a key that is not one of its dimensions (null included), and {@link
 * UnsupportedOperationException} for every change. The report keeps it as it is.
 */
public final class DimensionResults extends ArrayMap<Dimension, DimensionResult> {
  /**
   * @param keys dimensions in strictly ascending order (the array is kept, so it must never change)
   * @param values the result of each, filed under its own dimension (the array is kept)
   * @throws IllegalArgumentException when the dimensions are out of order or a result is filed
   *     under another dimension
   */
  DimensionResults(Dimension[] keys, DimensionResult[] values) {
    super(keys, values);
    for (int i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i - 1].compareTo(keys[i]) >= 0) {
        throw new IllegalArgumentException("dimensions out of order: " + keys[i - 1] + ", " + keys[i]);
      }
      if (!keys[i].equals(values[i].dimension())) {
        throw new IllegalArgumentException("result for " + values[i].dimension() + " filed under " + keys[i]);
      }
    }
  }

  @Override
  int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
