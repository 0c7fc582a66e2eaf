package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The analyzer with all built-in checks: documents per second on a typical 150-word candidate
 * document (one and two threads; run with {@code -prof gc} for bytes allocated per document), and
 * the time of {@code analyze(String)} on 1 KB to 1 MB of text, which must grow linearly.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * ./mvnw -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) org.openjdk.jmh.Main AnalyzerBenchmark -prof gc
 * </pre>
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalyzerBenchmark {

  /** The analyzer and a typical document of about 150 words. */
  @State(Scope.Benchmark)
  public static class Typical {
    FeedbackAnalyzer analyzer;
    Feedback document;

    /** Builds the analyzer (all built-in checks, fixed clock) and the document once. */
    @Setup(Level.Trial)
    public void setUp() {
      analyzer = FeedbackAnalyzer.builder().loadPlugins(false)
          .clock(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)).build();
      document = typicalDocument();
    }
  }

  /** Free text of a given size cut from the benchmark corpus. */
  @State(Scope.Benchmark)
  public static class Sized {
    /** The size of the text, 1 KB being 1,024 bytes of UTF-8. */
    @Param({"1KB", "10KB", "100KB", "1MB"})
    public String size;

    FeedbackAnalyzer analyzer;
    String text;

    /** Cuts the text and builds the analyzer once. */
    @Setup(Level.Trial)
    public void setUp() {
      analyzer = FeedbackAnalyzer.builder().loadPlugins(false).build();
      text = Corpus.standard().textOfBytes(ScalingBenchmark.bytes(size));
    }
  }

  /**
   * @return a candidate document of about 150 words: summary, two observations (one with evidence)
   *     and a dated action item
   */
  static Feedback typicalDocument() {
    return Feedback.builder()
        .id("bench-typical")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-42").displayName("Ada").build())
        .context(Context.builder().stage(HiringStage.TECHNICAL_INTERVIEW).position("Backend engineer").build())
        .occurredAt(Instant.parse("2026-11-20T15:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-23T10:00:00Z"))
        .summary("Thank you for the technical interview on Friday. The panel enjoyed the conversation, and we "
            + "would like to explain what went well and what would make your next interview stronger.")
        .addObservation(Observation.builder().type(ObservationType.STRENGTH).competency("System design")
            .text("In the system-design round you sized the cache from the read/write ratio before choosing "
                + "Redis, and you named two failure cases without prompting.")
            .addEvidence("Whiteboard notes, question 2").build())
        .addObservation(Observation.builder().type(ObservationType.STRENGTH).competency("Coding")
            .text("In the pairing exercise you wrote the failing test first, kept each change small and explained "
                + "every step out loud, which made it easy for the interviewer to follow your reasoning.").build())
        .addObservation(Observation.builder().type(ObservationType.IMPROVEMENT).competency("Communication")
            .text("Two of your three answers in the behavioural section had no concrete example, so it was hard "
                + "for us to see what you did yourself. In the last answer you also ran out of time before the summary.")
            .build())
        .addAction(ActionItem.builder()
            .description("Practise the STAR format (situation, task, action, result) on two past projects before "
                + "your next interview.")
            .dueDate(LocalDate.parse("2026-12-15")).build())
        .build();
  }

  /**
   * @param s the analyzer and the document
   * @return the report of the typical document, one thread
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public QualityReport typicalDocument(Typical s) {
    return s.analyzer.analyze(s.document);
  }

  /**
   * @param s the analyzer and the document, shared by both threads
   * @return the report of the typical document, two threads on one shared analyzer
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public QualityReport typicalDocumentTwoThreads(Typical s) {
    return s.analyzer.analyze(s.document);
  }

  /**
   * @param s the analyzer and a text of the chosen size
   * @return the report of the free text
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public QualityReport textOfSize(Sized s) {
    return s.analyzer.analyze(s.text);
  }
}
