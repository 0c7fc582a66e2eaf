package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.rules.FeedbackAnalyzer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * FeedbackKit and LanguageTool side by side, in alternating halves of each round, on the standard
 * {@link Corpus} in one JVM: LanguageTool checks the whole corpus once (about 20 s here), and
 * FeedbackKit analyses the corpus pass after pass for 5 s. Each half prints documents per second
 * of wall time and per second of the thread's CPU time, and each round the ratio of the two
 * speeds. A busy host slows whichever runs at that moment; the halves of a round share the host's
 * state, so the rounds show how much of a difference between JMH runs is the host and how much
 * each side feels it. Not a JMH benchmark and not part of {@code run.sh}:
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.SideBySide 6
 * }</pre>
 *
 * <p>The argument is the minutes to run after the warm-up (default 6); the warm-up is one
 * LanguageTool pass and 10 s of FeedbackKit. Both sides are set up as in the JMH benchmarks (the
 * analyzer of {@link ComparisonBenchmark#analyzer()}, one reused LanguageTool for en-US).
 */
public final class SideBySide {
  private static final long FEEDBACKKIT_NANOS = 5_000_000_000L;

  private SideBySide() {}

  /**
   * @param args the minutes to run after the warm-up (a positive number; default 6)
   * @throws IOException as LanguageTool declares
   */
  public static void main(String[] args) throws IOException {
    double minutes = args.length > 0 ? Args.positive("SideBySide", args[0], "the minutes to run") : 6;
    Corpus corpus = Corpus.standard();
    FeedbackAnalyzer analyzer = ComparisonBenchmark.analyzer();
    JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Side lt = new Side("LanguageTool", threads) {
      @Override
      long run() throws IOException {
        long sink = 0;
        for (int i = 0; i < corpus.size(); i++) {
          sink += languageTool.check(corpus.text(i)).size();
        }
        documents = corpus.size();
        return sink;
      }
    };
    Side kit = new Side("FeedbackKit", threads) {
      @Override
      long run() {
        long sink = 0;
        long end = System.nanoTime() + FEEDBACKKIT_NANOS;
        int n = 0;
        while (System.nanoTime() < end) {
          for (int i = 0; i < corpus.size(); i++) {
            sink += analyzer.analyze(corpus.document(i)).findings().size();
          }
          n += corpus.size();
        }
        documents = n;
        return sink;
      }
    };
    System.out.printf(Locale.ROOT, "warm-up: %s; %s%n", lt.measure(), kit.measure());
    kit.measure(); // 10 s of warm-up in all for FeedbackKit
    List<Double> ratios = new ArrayList<>();
    long end = System.nanoTime() + (long) (minutes * 60e9);
    for (int round = 1; System.nanoTime() < end; round++) {
      String first = round % 2 == 1 ? lt.measure() : kit.measure();
      String second = round % 2 == 1 ? kit.measure() : lt.measure();
      double ratio = kit.perSecond / lt.perSecond;
      ratios.add(ratio);
      System.out.printf(Locale.ROOT, "round %d: %s; %s; FeedbackKit/LanguageTool %.0fx%n", round, first, second, ratio);
    }
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "%d rounds: FeedbackKit/LanguageTool %.0fx to %.0fx, median %.0fx (checksum %d)%n",
        ratios.size(), ratios.get(0), ratios.get(ratios.size() - 1), ratios.get(ratios.size() / 2), lt.sink + kit.sink);
  }

  /** One side of a round: what it runs, and its last speeds. */
  private abstract static class Side {
    private final String name;
    private final ThreadMXBean threads;
    /** Documents of the last {@link #run}. */
    int documents;
    /** Documents per second of wall time in the last {@link #measure}. */
    double perSecond;
    /** What every run's results add up to, printed at the end so that no result goes unused. */
    long sink;

    Side(String name, ThreadMXBean threads) {
      this.name = name;
      this.threads = threads;
    }

    /** Runs this side once and sets {@link #documents}; returns a value that depends on every result. */
    abstract long run() throws IOException;

    /** Runs this side once, timed; returns its speeds as a phrase. */
    String measure() throws IOException {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      sink += run();
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      perSecond = documents / wallSeconds;
      return String.format(Locale.ROOT, "%s %,.1f docs/s (%,.1f per CPU second)", name, perSecond,
          documents / cpuSeconds);
    }
  }
}
