package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.rules.FeedbackAnalyzer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two threads against each processor alone, Linux only: one worker thread pinned to each of the
 * first two processors the JVM may use (with {@code taskset}), both sharing one analyzer, and in
 * each round a window of the analysis on the first processor alone, one on the second alone and
 * one on both together (the order reversing from round to round). It prints each processor's
 * documents per second and each thread's CPU time per document, alone and together, and two
 * ratios:
 *
 * <ul>
 *   <li><b>together / the sum of the two alone</b>: what the second thread costs the first, with
 *       the processors' own speeds factored out (1.00 is perfect scaling);
 *   <li><b>together / the faster alone</b>: what JMH's two-thread ratio can be at best when its
 *       one-thread fork runs on the faster processor. On a VM whose two vCPUs run at different
 *       speeds this stays below 2 however well the code scales.
 * </ul>
 *
 * <p>{@link TwoThreads} compares one thread and two without pinning; this tool tells the code's
 * scaling apart from the host's. Not a JMH benchmark and not part of {@code run.sh}:
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.PinnedThreads 3
 * }</pre>
 *
 * <p>The first argument is the minutes to run after the warm-up (default 3), the second the window
 * in seconds (default 2.5). The warm-up is 8 s on both processors and 3 s on each alone. It needs
 * {@code /proc/thread-self} and {@code taskset} (util-linux), and at least two processors in the
 * JVM's affinity; otherwise it says so and exits with status 2. Should the analysis fail, it says
 * so and exits with status 1.
 */
public final class PinnedThreads {
  private PinnedThreads() {}

  /**
   * @param args the minutes to run after the warm-up (default 3) and the window in seconds
   *     (default 2.5), both positive numbers
   * @throws InterruptedException when interrupted while waiting for a window
   */
  public static void main(String[] args) throws InterruptedException {
    double minutes = args.length > 0 ? Args.positive("PinnedThreads", args[0], "the minutes to run") : 3;
    double window = args.length > 1 ? Args.positive("PinnedThreads", args[1], "the window in seconds") : 2.5;
    int[] cpus;
    try {
      cpus = firstTwo(cpusAllowed(Files.readAllLines(Path.of("/proc/self/status"))));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("PinnedThreads: cannot tell which processors this JVM may use (Linux only): " + e.getMessage());
      System.exit(2);
      return;
    }
    Corpus corpus = Corpus.standard();
    FeedbackAnalyzer analyzer = ComparisonBenchmark.analyzer();
    Worker a = new Worker(cpus[0], corpus, analyzer, 0);
    Worker b = new Worker(cpus[1], corpus, analyzer, corpus.size() / 2);
    a.start();
    b.start();
    for (Worker w : new Worker[] {a, b}) {
      String problem = w.pinned();
      if (problem != null) {
        System.err.println("PinnedThreads: " + problem);
        System.exit(2);
      }
    }
    System.out.printf(Locale.ROOT, "workers pinned to processors %d and %d%n", cpus[0], cpus[1]);
    try {
      rounds(minutes, window, cpus, a, b);
    } catch (IllegalStateException e) {
      System.err.println("PinnedThreads: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The warm-up, then rounds until the minutes are up, each printed, then the summary. */
  private static void rounds(double minutes, double seconds, int[] cpus, Worker a, Worker b)
      throws InterruptedException {
    window(8, a, b);
    window(3, a);
    window(3, b);
    List<Round> rounds = new ArrayList<>();
    long end = System.nanoTime() + (long) (minutes * 60e9);
    for (int r = 1; System.nanoTime() < end; r++) {
      TwoThreads.Window aloneA;
      TwoThreads.Window aloneB;
      TwoThreads.Window[] both;
      if (r % 2 == 1) {
        aloneA = window(seconds, a)[0];
        aloneB = window(seconds, b)[0];
        both = window(seconds, a, b);
      } else {
        both = window(seconds, a, b);
        aloneB = window(seconds, b)[0];
        aloneA = window(seconds, a)[0];
      }
      Round round = new Round(cpus[0], cpus[1], aloneA, aloneB, both[0], both[1]);
      rounds.add(round);
      System.out.println("round " + r + ": " + round);
    }
    System.out.println(summary(rounds) + String.format(Locale.ROOT, " (checksum %d)", a.sink.get() + b.sink.get()));
  }

  /** Runs the given workers together for a window; one window per worker, in the same order. */
  private static TwoThreads.Window[] window(double seconds, Worker... workers) throws InterruptedException {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    for (Worker w : workers) {
      w.begin(end);
    }
    TwoThreads.Window[] out = new TwoThreads.Window[workers.length];
    for (int k = 0; k < workers.length; k++) {
      out[k] = workers[k].result();
    }
    return out;
  }

  /**
   * The processors in a {@code /proc/self/status}'s {@code Cpus_allowed_list} line ("0-1",
   * "0,2-3").
   *
   * @param statusLines the lines of {@code /proc/self/status}
   * @return the processors, in the order listed
   * @throws IllegalArgumentException when the line is missing or not a list of processors
   */
  static List<Integer> cpusAllowed(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("Cpus_allowed_list:")) {
        String list = line.substring("Cpus_allowed_list:".length()).strip();
        List<Integer> cpus = new ArrayList<>();
        try {
          for (String part : list.split(",", -1)) {
            int dash = part.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
            if (from < 0 || to < from) {
              throw new NumberFormatException(part);
            }
            for (int c = from; c <= to; c++) {
              cpus.add(c);
            }
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Cpus_allowed_list is not a list of processors: '" + list + "'");
        }
        return cpus;
      }
    }
    throw new IllegalArgumentException("no Cpus_allowed_list line in /proc/self/status");
  }

  /**
   * @param cpus the processors the JVM may use
   * @return the first two
   * @throws IllegalArgumentException when there are fewer than two
   */
  static int[] firstTwo(List<Integer> cpus) {
    if (cpus.size() < 2) {
      throw new IllegalArgumentException("needs two processors, this JVM may use only " + cpus);
    }
    return new int[] {cpus.get(0), cpus.get(1)};
  }

  /**
   * The closing line: medians over the rounds of the two ratios, of each thread's CPU time per
   * document together against alone, and of the faster processor's speed over the slower's.
   *
   * @param rounds the rounds, in order
   * @return one line
   */
  static String summary(List<Round> rounds) {
    if (rounds.isEmpty()) {
      return "no round ran: give more minutes";
    }
    List<Double> ofSum = new ArrayList<>();
    List<Double> overFaster = new ArrayList<>();
    List<Double> cpuRise = new ArrayList<>();
    List<Double> asymmetry = new ArrayList<>();
    for (Round r : rounds) {
      ofSum.add(r.ofSum());
      overFaster.add(r.overFaster());
      cpuRise.add(r.cpuRise(0));
      cpuRise.add(r.cpuRise(1));
      asymmetry.add(r.asymmetry());
    }
    return String.format(Locale.ROOT,
        "%d rounds, medians: together / sum alone %.3f; each thread's CPU per document together / alone %.3f;"
            + " together / faster alone %.2fx (%.2fx to %.2fx); faster / slower processor alone %.3f",
        rounds.size(), TwoThreads.median(ofSum), TwoThreads.median(cpuRise), TwoThreads.median(overFaster),
        TwoThreads.min(overFaster), TwoThreads.max(overFaster), TwoThreads.median(asymmetry));
  }

  /**
   * One round's windows.
   *
   * @param cpuA the first processor
   * @param cpuB the second processor
   * @param aloneA the first processor's worker alone
   * @param aloneB the second processor's worker alone
   * @param togetherA the first processor's worker while the other ran too
   * @param togetherB the second processor's worker while the other ran too
   */
  record Round(int cpuA, int cpuB, TwoThreads.Window aloneA, TwoThreads.Window aloneB,
      TwoThreads.Window togetherA, TwoThreads.Window togetherB) {
    /** @return documents per second of both workers together */
    double together() {
      return togetherA.perSecond() + togetherB.perSecond();
    }

    /** @return together over the sum of each alone: 1 is perfect scaling */
    double ofSum() {
      return together() / (aloneA.perSecond() + aloneB.perSecond());
    }

    /** @return together over the faster worker alone: the best a one-thread fork could compare with */
    double overFaster() {
      return together() / Math.max(aloneA.perSecond(), aloneB.perSecond());
    }

    /** @return the faster worker's speed alone over the slower's */
    double asymmetry() {
      double x = aloneA.perSecond();
      double y = aloneB.perSecond();
      return Math.max(x, y) / Math.min(x, y);
    }

    /**
     * @param k 0 for the first processor's worker, 1 for the second's
     * @return its CPU time per document together over alone (above 1: the other thread cost it)
     */
    double cpuRise(int k) {
      TwoThreads.Window alone = k == 0 ? aloneA : aloneB;
      TwoThreads.Window together = k == 0 ? togetherA : togetherB;
      return perDocument(together) / perDocument(alone);
    }

    private static double perDocument(TwoThreads.Window w) {
      return (double) w.cpuNanos() / w.documents();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "alone: cpu %d %,.0f docs/s (%.2f µs), cpu %d %,.0f (%.2f µs); together %,.0f: cpu %d %,.0f (%.2f µs, %.3f),"
              + " cpu %d %,.0f (%.2f µs, %.3f); together / sum alone %.3f, together / faster alone %.2fx",
          cpuA, aloneA.perSecond(), perDocument(aloneA) / 1e3, cpuB, aloneB.perSecond(), perDocument(aloneB) / 1e3,
          together(), cpuA, togetherA.perSecond(), perDocument(togetherA) / 1e3, cpuRise(0), cpuB,
          togetherB.perSecond(), perDocument(togetherB) / 1e3, cpuRise(1), ofSum(), overFaster());
    }
  }

  /** A thread pinned to one processor that analyses the corpus's documents window by window. */
  private static final class Worker extends Thread {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final int cpu;
    private final Corpus corpus;
    private final FeedbackAnalyzer analyzer;
    private final Semaphore go = new Semaphore(0);
    private final Semaphore done = new Semaphore(0);
    private final Semaphore ready = new Semaphore(0);
    /** What every result adds up to, printed at the end so that no result goes unused. */
    final AtomicLong sink = new AtomicLong();
    private volatile String problem;
    private volatile long end;
    private volatile TwoThreads.Window last;
    private int next;

    Worker(int cpu, Corpus corpus, FeedbackAnalyzer analyzer, int first) {
      super("pinned-" + cpu);
      this.cpu = cpu;
      this.corpus = corpus;
      this.analyzer = analyzer;
      this.next = first;
      setDaemon(true);
    }

    /** Waits until the thread has pinned itself. @return null, or why it could not */
    String pinned() throws InterruptedException {
      ready.acquire();
      return problem;
    }

    void begin(long endNanos) {
      end = endNanos;
      go.release();
    }

    /**
     * Waits for the window begun last.
     *
     * @return its outcome
     * @throws IllegalStateException when the analysis failed in this worker
     */
    TwoThreads.Window result() throws InterruptedException {
      done.acquire();
      if (problem != null) {
        throw new IllegalStateException(problem);
      }
      return last;
    }

    @Override
    public void run() {
      problem = pin();
      ready.release();
      if (problem != null) {
        return;
      }
      int size = corpus.size();
      try {
        while (true) {
          go.acquire();
          long start = System.nanoTime();
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          long[] did = TwoThreads.until(i -> analyzer.analyze(corpus.document(i)).findings().size(), size, next, end);
          long used = THREADS.getCurrentThreadCpuTime() - cpu0;
          next = (int) did[2];
          sink.addAndGet(did[1]);
          last = new TwoThreads.Window(1, did[0], System.nanoTime() - start, used);
          done.release();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        problem = "the analysis failed on processor " + cpu + ": " + e;
        done.release();
      }
    }

    /** Pins this thread to its processor. @return null, or why it could not */
    private String pin() {
      try {
        String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        Process p = new ProcessBuilder("taskset", "-p", "-c", Integer.toString(cpu), tid)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        int status = p.waitFor();
        if (status != 0) {
          return "taskset could not pin thread " + tid + " to processor " + cpu + " (status " + status + ")";
        }
        List<Integer> now = cpusAllowed(Files.readAllLines(Path.of("/proc/thread-self/status")));
        if (!now.equals(List.of(cpu))) {
          return "thread " + tid + " is allowed " + now + " after taskset, not processor " + cpu;
        }
        return null;
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        return "cannot pin a thread (needs Linux's /proc/thread-self and taskset): " + e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted while pinning";
      }
    }
  }
}
