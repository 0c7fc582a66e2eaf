package io.github.feedbackkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The floor: a bare pass over the characters of a text, the least any analysis must cost. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FloorBenchmark {
  private final String text =
      "In the system-design round you sized the cache from the read/write ratio before choosing"
          + " Redis. Two of your three answers in the behavioural interview had no concrete example.";

  /** @return letters plus whitespace, so that the JIT cannot drop the loop */
  @Benchmark
  public int countLettersAndSpaces() {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || Character.isWhitespace(c)) {
        n++;
      }
    }
    return n;
  }
}
