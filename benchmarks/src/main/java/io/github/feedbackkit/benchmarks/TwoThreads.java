package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.rules.FeedbackAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

/**
 * One thread against two, in alternating windows of the same minutes, on the standard {@link
 * Corpus} in one JVM: each round runs the full analysis for a window on one thread and for a
 * window on two threads sharing one analyzer (the order alternating from round to round), then the
 * floor ({@link Floor}) the same way for a shorter window, and prints each side's documents per
 * second, each thread's CPU time per document and the two-thread ratios. A shared host's busy
 * stretches come and go within minutes; JMH measures one thread and two threads minutes apart, so
 * a busy stretch in one turn alone moves its ratio. Here the halves of a round share the host's
 * state, and the floor's ratio in the same round shows what the host gave a bare loop. Not a JMH
 * benchmark and not part of {@code run.sh}:
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.TwoThreads 5
 * }</pre>
 *
 * <p>The first argument is the minutes to run after the warm-up (default 5), the second the
 * analysis window in seconds (default 3; the floor's is a third of it). The warm-up is 10 s of
 * each on two threads and 5 s on one. The analyzer is that of {@link ComparisonBenchmark#analyzer()},
 * and each thread walks the corpus from its own starting point, as in {@link
 * ComparisonBenchmark#analyzeDocumentTwoThreads}.
 */
public final class TwoThreads {
  /** The two-thread ratio the goal asks of the analysis. */
  static final double GOAL = 1.8;

  private TwoThreads() {}

  /**
   * @param args the minutes to run after the warm-up (default 5) and the analysis window in
   *     seconds (default 3), both positive numbers
   * @throws InterruptedException when interrupted while waiting for a window's threads
   */
  public static void main(String[] args) throws InterruptedException {
    double minutes = args.length > 0 ? Args.positive("TwoThreads", args[0], "the minutes to run") : 5;
    double window = args.length > 1 ? Args.positive("TwoThreads", args[1], "the window in seconds") : 3;
    Corpus corpus = Corpus.standard();
    FeedbackAnalyzer analyzer = ComparisonBenchmark.analyzer();
    Work analysis = new Work("analysis", corpus.size(), i -> analyzer.analyze(corpus.document(i)).findings().size());
    Work floor = new Work("floor", corpus.size(), i -> Floor.countLettersAndWhitespace(corpus.text(i)));
    for (Work w : List.of(analysis, floor)) {
      w.measure(2, 10);
      w.measure(1, 5);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> floorRatios = new ArrayList<>();
    long end = System.nanoTime() + (long) (minutes * 60e9);
    for (int round = 1; System.nanoTime() < end; round++) {
      boolean oneFirst = round % 2 == 1;
      Window[] a = pair(analysis, window, oneFirst);
      Window[] f = pair(floor, window / 3, oneFirst);
      double ratio = a[1].perSecond() / a[0].perSecond();
      double floorRatio = f[1].perSecond() / f[0].perSecond();
      ratios.add(ratio);
      floorRatios.add(floorRatio);
      System.out.printf(Locale.ROOT, "round %d: analysis %s, %s: %.2fx; floor %.2fx%n", round, a[0], a[1], ratio,
          floorRatio);
    }
    System.out.println(summary(ratios, floorRatios) + String.format(Locale.ROOT, " (checksum %d)",
        analysis.sink.get() + floor.sink.get()));
  }

  /** One thread's window and two threads' window of a work, in the given order: {one, two}. */
  private static Window[] pair(Work w, double seconds, boolean oneFirst) throws InterruptedException {
    Window one;
    Window two;
    if (oneFirst) {
      one = w.measure(1, seconds);
      two = w.measure(2, seconds);
    } else {
      two = w.measure(2, seconds);
      one = w.measure(1, seconds);
    }
    return new Window[] {one, two};
  }

  /**
   * The closing line: the analysis's two-thread ratios over the rounds (lowest, highest, median,
   * how many reach the goal) and the floor's in the same rounds.
   *
   * @param ratios the analysis's ratio of each round
   * @param floorRatios the floor's ratio of each round
   * @return one line
   */
  static String summary(List<Double> ratios, List<Double> floorRatios) {
    if (ratios.isEmpty()) {
      return "no round ran: give more minutes";
    }
    long reached = ratios.stream().filter(r -> r >= GOAL).count();
    return String.format(Locale.ROOT,
        "%d rounds: two threads / one, analysis %.2fx to %.2fx, median %.2fx, %d of %d rounds at %.1fx or more;"
            + " floor %.2fx to %.2fx, median %.2fx",
        ratios.size(), min(ratios), max(ratios), median(ratios), reached, ratios.size(), GOAL, min(floorRatios),
        max(floorRatios), median(floorRatios));
  }

  /** @return the median (the mean of the middle two of an even count); the list is not changed */
  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** @return the lowest value, or NaN for none */
  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** @return the highest value, or NaN for none */
  static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /**
   * A window's outcome.
   *
   * @param threads how many threads ran
   * @param documents the documents they finished
   * @param wallNanos the window's wall-clock time
   * @param cpuNanos the threads' CPU time, added up
   */
  record Window(int threads, long documents, long wallNanos, long cpuNanos) {
    /** @return documents per second of wall-clock time, all threads together */
    double perSecond() {
      return documents * 1e9 / wallNanos;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d thread%s %,.0f docs/s (%.2f µs CPU per document)", threads,
          threads == 1 ? "" : "s", perSecond(), cpuNanos / 1e3 / documents);
    }
  }

  /**
   * Runs a work over the corpus's documents, in order and round again, from one index until a
   * time, reading the clock every 50 documents.
   *
   * @param document the work on the document of an index, whose result is added up
   * @param size how many documents there are
   * @param first the index to start at
   * @param endNanos the {@link System#nanoTime()} to stop at
   * @return the documents done, the sum of the results, and the index of the next document
   */
  static long[] until(IntToLongFunction document, int size, int first, long endNanos) {
    long n = 0;
    long s = 0;
    int i = first;
    while (System.nanoTime() < endNanos) {
      for (int k = 0; k < 50; k++) {
        s += document.applyAsLong(i);
        i = i + 1 == size ? 0 : i + 1;
      }
      n += 50;
    }
    return new long[] {n, s, i};
  }

  /** A work over the corpus's documents, by index, run on threads of its own for a window. */
  private static final class Work {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final String name;
    private final int size;
    private final IntToLongFunction document;
    /** What every result adds up to, printed at the end so that no result goes unused. */
    final AtomicLong sink = new AtomicLong();

    Work(String name, int size, IntToLongFunction document) {
      this.name = name;
      this.size = size;
      this.document = document;
    }

    /** Runs the work on this many threads for this many seconds; each thread starts at its own place. */
    Window measure(int threads, double seconds) throws InterruptedException {
      AtomicLong documents = new AtomicLong();
      AtomicLong cpu = new AtomicLong();
      Thread[] running = new Thread[threads];
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      for (int t = 0; t < threads; t++) {
        int first = t * (size / threads);
        running[t] = new Thread(() -> {
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          long[] done = until(document, size, first, end);
          cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
          documents.addAndGet(done[0]);
          sink.addAndGet(done[1]);
        }, name + "-" + t);
        running[t].start();
      }
      for (Thread t : running) {
        t.join();
      }
      return new Window(threads, documents.get(), System.nanoTime() - start, cpu.get());
    }
  }
}
