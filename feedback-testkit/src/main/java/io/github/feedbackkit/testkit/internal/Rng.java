package io.github.feedbackkit.testkit.internal;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws from a {@link RandomGenerator} using only {@link RandomGenerator#nextLong()}, with bounded
 * draws computed here, so that results depend on the generator's longs alone and not on how a JDK
 * version implements {@code nextInt(bound)}.
 */
public final class Rng {
  private final RandomGenerator source;

  /**
   * @param source the source of longs
   */
  public Rng(RandomGenerator source) {
    this.source = Objects.requireNonNull(source, "random");
  }

  /** @return a uniformly drawn long */
  public long nextLong() {
    return source.nextLong();
  }

  /**
   * @param n the bound, at least 1
   * @return a uniform int in {@code [0, n)}
   */
  public int below(int n) {
    return (int) below((long) n);
  }

  /**
   * @param n the bound, at least 1
   * @return a uniform long in {@code [0, n)}
   */
  public long below(long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + n);
    }
    long limit = (Long.MAX_VALUE / n) * n;
    while (true) {
      long x = source.nextLong() >>> 1;
      if (x < limit) {
        return x % n;
      }
    }
  }

  /**
   * @return a uniform int in {@code [min, max]}; {@code min} when {@code max < min}
   */
  public int between(int min, int max) {
    return max <= min ? min : min + below(max - min + 1);
  }

  /**
   * @param percent 0 to 100
   * @return true with this probability
   */
  public boolean chance(int percent) {
    return below(100) < percent;
  }

  /**
   * @return one element, uniformly
   */
  public <T> T pick(List<T> values) {
    return values.get(below(values.size()));
  }

  /**
   * @return one constant, uniformly
   */
  public <T> T pick(T[] values) {
    return values[below(values.length)];
  }
}
