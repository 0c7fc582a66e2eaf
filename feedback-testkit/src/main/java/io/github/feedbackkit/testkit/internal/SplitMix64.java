package io.github.feedbackkit.testkit.internal;

import java.util.random.RandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out here so that the sequence for a seed is
 * fixed by this code and not by a JDK version: the same seed gives the same values on every JVM.
 * Not thread-safe; one instance per generation.
 */
public final class SplitMix64 implements RandomGenerator {
  private long state;

  /**
   * @param seed the seed
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  @Override
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
