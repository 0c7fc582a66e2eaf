package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linear time: one text of 1 KB, 10 KB, 100 KB and 1 MB cut from the {@link Corpus}, analysed
 * whole. The time per byte must stay flat; the suite reports time(1 MB) / time(100 KB), which is
 * about 10 for a linear analysis. Iterations last two seconds because one operation on 1 MB takes
 * tens of milliseconds: one-second iterations held too few operations, and a single garbage
 * collection pause swung the 1 MB figure by more than its mean; two forks, because one JVM's
 * heap layout moved the 100 KB figure by half.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
@State(Scope.Benchmark)
public class ScalingBenchmark {
  /** The size of the text: 1 KB is 1,024 bytes of UTF-8. */
  @Param({"1KB", "10KB", "100KB", "1MB"})
  public String size;

  String text;
  FeedbackAnalyzer analyzer;
  TextAnalyzer textAnalyzer;

  /** Cuts the text and builds the services once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    text = Corpus.standard().textOfBytes(bytes(size));
    analyzer = ComparisonBenchmark.analyzer();
    textAnalyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
  }

  /**
   * @param size a size such as {@code 10KB} or {@code 1MB}
   * @return its bytes, 1 KB being 1,024 bytes
   */
  static int bytes(String size) {
    if (size.endsWith("MB")) {
      return Integer.parseInt(size.substring(0, size.length() - 2)) * 1024 * 1024;
    }
    if (size.endsWith("KB")) {
      return Integer.parseInt(size.substring(0, size.length() - 2)) * 1024;
    }
    throw new IllegalArgumentException("size must end in KB or MB, was " + size);
  }

  /** @return FeedbackKit's full analysis of the text as free text */
  @Benchmark
  public QualityReport analyzeText() {
    return analyzer.analyze(text);
  }

  /** @return FeedbackKit's text layer alone over the text */
  @Benchmark
  public AnalyzedText textLayer() {
    return textAnalyzer.analyze(text);
  }

  /** @return the floor over the text: letters plus whitespace */
  @Benchmark
  public int floor() {
    return Floor.countLettersAndWhitespace(text);
  }
}
