package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.render.FeedbackRenderer;
import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Documents per second on the standard {@link Corpus}: FeedbackKit against the floor and against
 * LanguageTool, on the same documents. One operation is one document; each thread walks the corpus
 * in order from its own starting point, so a score in ops/s is documents per second and JMH's
 * {@code gc.alloc.rate.norm} is bytes allocated per document. Ten seconds of warm-up: the full
 * analysis was still speeding up after five on 2 cores.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ComparisonBenchmark {

  /** The corpus, built once and shared by all threads. */
  @State(Scope.Benchmark)
  public static class Docs {
    Corpus corpus;

    /** Builds the corpus once per trial, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
      corpus = Corpus.standard();
    }
  }

  /** FeedbackKit's services, built once and shared by all threads, as an application would. */
  @State(Scope.Benchmark)
  public static class FeedbackKit {
    FeedbackAnalyzer analyzer;
    TextAnalyzer textAnalyzer;
    FeedbackRenderer renderer;

    /** Builds the services once per trial, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
      analyzer = analyzer();
      textAnalyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
      renderer = FeedbackRenderer.builder().build();
    }
  }

  /** Each document's report, computed beforehand for the HTML report. */
  @State(Scope.Benchmark)
  public static class Reports {
    QualityReport[] reports;

    /**
     * Analyses every document once per trial, outside the measurement.
     *
     * @param docs the corpus
     * @param kit the analyzer
     */
    @Setup(Level.Trial)
    public void setUp(Docs docs, FeedbackKit kit) {
      reports = new QualityReport[docs.corpus.size()];
      for (int i = 0; i < reports.length; i++) {
        reports[i] = kit.analyzer.analyze(docs.corpus.document(i));
      }
    }
  }

  /**
   * @return the standard analyzer, all built-in checks, with a fixed clock so that timeliness is
   *     judged the same way on every run
   */
  static FeedbackAnalyzer analyzer() {
    return FeedbackAnalyzer.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  /** One thread's place in the shared corpus: each call moves on to the next document. */
  @State(Scope.Thread)
  public static class Cursor {
    Corpus corpus;
    int next;

    /**
     * Starts each thread at a different place, so that two threads do not read the same document
     * at the same moment.
     *
     * @param thread JMH's view of this thread
     * @param docs the shared corpus
     */
    @Setup(Level.Trial)
    public void setUp(ThreadParams thread, Docs docs) {
      corpus = docs.corpus;
      next = thread.getThreadIndex() * (corpus.size() / Math.max(1, thread.getThreadCount()));
    }

    int nextIndex() {
      int i = next;
      next = i + 1 == corpus.size() ? 0 : i + 1;
      return i;
    }

    Feedback nextDocument() {
      return corpus.document(nextIndex());
    }

    String nextText() {
      return corpus.text(nextIndex());
    }
  }

  /**
   * LanguageTool with its default rules for American English ({@code AmericanEnglish}, a
   * per-JVM singleton in LanguageTool 6), created once and reused, as its documentation advises. A
   * {@link JLanguageTool} is not thread-safe, so each thread has its own.
   */
  @State(Scope.Thread)
  public static class LanguageTool {
    JLanguageTool tool;

    /** Creates the checker once per trial, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
      tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    }
  }

  /**
   * FeedbackKit's full analysis of one document, every built-in check.
   *
   * @param kit FeedbackKit's services
   * @param cursor this thread's place in the corpus
   * @return the report
   */
  @Benchmark
  @Threads(1)
  public QualityReport analyzeDocument(FeedbackKit kit, Cursor cursor) {
    return kit.analyzer.analyze(cursor.nextDocument());
  }

  /**
   * The same with two threads sharing one analyzer: the score is both threads' documents per
   * second.
   *
   * @param kit FeedbackKit's services
   * @param cursor this thread's place in the corpus
   * @return the report
   */
  @Benchmark
  @Threads(2)
  public QualityReport analyzeDocumentTwoThreads(FeedbackKit kit, Cursor cursor) {
    return analyzeDocument(kit, cursor);
  }

  /**
   * FeedbackKit's analysis of the document's text as free text, every check that applies to text.
   *
   * @param kit FeedbackKit's services
   * @param cursor this thread's place in the corpus
   * @return the report
   */
  @Benchmark
  @Threads(1)
  public QualityReport analyzeText(FeedbackKit kit, Cursor cursor) {
    return kit.analyzer.analyze(cursor.nextText());
  }

  /**
   * The plain-text message to the candidate or employee.
   *
   * @param kit FeedbackKit's services
   * @param cursor this thread's place in the corpus
   * @return the message
   */
  @Benchmark
  @Threads(1)
  public String renderCandidateEmail(FeedbackKit kit, Cursor cursor) {
    return kit.renderer.message(cursor.nextDocument());
  }

  /**
   * The annotated HTML quality report for the author, from a report computed beforehand.
   *
   * @param kit FeedbackKit's services
   * @param reports each document's report
   * @param cursor this thread's place in the corpus
   * @return the page
   */
  @Benchmark
  @Threads(1)
  public String renderHtmlReport(FeedbackKit kit, Reports reports, Cursor cursor) {
    int i = cursor.nextIndex();
    return kit.renderer.htmlReport(cursor.corpus.document(i), reports.reports[i]);
  }

  /**
   * FeedbackKit's text layer alone (sentences, words, lemmas, syllables, scopes, metrics) over the
   * document's text, without any check.
   *
   * @param kit FeedbackKit's services
   * @param cursor this thread's place in the corpus
   * @return the analysed text
   */
  @Benchmark
  @Threads(1)
  public AnalyzedText textLayer(FeedbackKit kit, Cursor cursor) {
    return kit.textAnalyzer.analyze(cursor.nextText());
  }

  /**
   * The floor: one bare pass counting letters and whitespace over the document's text.
   *
   * @param cursor this thread's place in the corpus
   * @return the count
   */
  @Benchmark
  @Threads(1)
  public int floor(Cursor cursor) {
    return Floor.countLettersAndWhitespace(cursor.nextText());
  }

  /**
   * The floor with two threads: what this machine gives two threads of a bare loop that allocates
   * nothing and stays in cache, measured in the same run. On a shared or virtual machine two
   * threads may get less than two cores (a busy neighbour, two virtual cores on one physical
   * core); this ratio to {@link #floor} says how much, so that {@link #analyzeDocumentTwoThreads}
   * can be read against it. It is a ceiling rather than a prediction: the bare loop does not feel
   * a neighbour on the shared caches and memory, which the full analysis does.
   *
   * @param cursor this thread's place in the corpus
   * @return the count
   */
  @Benchmark
  @Threads(2)
  public int floorTwoThreads(Cursor cursor) {
    return floor(cursor);
  }

  /**
   * LanguageTool checking the document's text with its default English rules. At 45–50 documents
   * per second, one pass over the corpus takes some 20 s. It warms up for 30 s (about one pass: its
   * first pass runs at two thirds of its later speed, and it gains up to another 10% over the
   * following minutes, see {@link SideBySide}), and it is measured for 25 s, so that
   * its figure covers every document of the corpus (a 10 s measurement covered the same 460
   * documents in each fork, and one 2 s iteration of about 100 documents varies by ±6% with their
   * length alone).
   *
   * @param cursor this thread's place in the corpus
   * @param lt this thread's checker
   * @return its matches
   * @throws IOException as LanguageTool declares
   */
  @Benchmark
  @Threads(1)
  @Warmup(iterations = 6, time = 5)
  @Measurement(iterations = 5, time = 5)
  public List<RuleMatch> languageTool(Cursor cursor, LanguageTool lt)
      throws IOException {
    return lt.tool.check(cursor.nextText());
  }
}
