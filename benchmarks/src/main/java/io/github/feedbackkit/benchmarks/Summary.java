package io.github.feedbackkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result of the suite, prints a table, the ratios against the goals, the range of
 * measured iterations of each benchmark the goals come from, and as its very last line one JSON
 * object with the headline figures, so that runs can be compared:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.Summary \
 *     benchmarks/results/run.json [--quick]
 * }</pre>
 *
 * <p>A figure whose benchmark is missing from the result (filtered out, or failed) is {@code null}.
 */
public final class Summary {
  private static final String COMPARISON = ComparisonBenchmark.class.getName() + ".";
  private static final String SCALING = ScalingBenchmark.class.getName() + ".";
  private static final double MB = 1_000_000.0;

  /** The rows of the per-document table, in order: method name and label. */
  private static final String[][] DOCUMENT_ROWS = {
    {"analyzeDocument", "FeedbackKit analyze(Feedback), all checks"},
    {"analyzeDocumentTwoThreads", "FeedbackKit analyze(Feedback), 2 threads"},
    {"analyzeText", "FeedbackKit analyze(String), free text"},
    {"textLayer", "FeedbackKit text layer alone"},
    {"renderCandidateEmail", "FeedbackKit render candidate e-mail"},
    {"renderHtmlReport", "FeedbackKit render HTML report"},
    {"floor", "Floor: count letters + whitespace"},
    {"floorTwoThreads", "Floor, 2 threads"},
    {"languageTool", "LanguageTool 6.6 check, en-US defaults"},
  };

  private static final String[] SIZES = {"100KB", "1MB"};

  /** The benchmarks the goals are computed from, for {@link #printIterations()}. */
  private static final List<String> GOAL_BENCHMARKS =
      List.of("analyzeDocument", "analyzeDocumentTwoThreads", "floor", "floorTwoThreads",
          "languageTool");

  private final List<JsonNode> results;
  private final Corpus corpus;
  private final PrintStream out;

  Summary(List<JsonNode> results, Corpus corpus, PrintStream out) {
    this.results = results;
    this.corpus = corpus;
    this.out = out;
  }

  /**
   * @param args the JMH JSON result file, then optionally {@code --quick}
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Summary RESULT.json [--quick]");
      System.exit(2);
    }
    boolean quick = args.length > 1 && args[1].equals("--quick");
    new Summary(read(Files.readString(Path.of(args[0]))), Corpus.standard(), System.out)
        .print(args[0], quick);
  }

  /**
   * @param json a JMH JSON result: an array of benchmark results
   * @return its results, in order
   * @throws IOException when it is not JSON
   */
  static List<JsonNode> read(String json) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    new ObjectMapper().readTree(json).forEach(results::add);
    return results;
  }

  void print(String file, boolean quick) {
    out.println();
    out.println("FeedbackKit benchmarks: " + file);
    if (quick) {
      out.println(
          "QUICK SMOKE RUN: 1 fork, few short iterations; error bars are wide and the figures are"
              + " indicative only. Run without --quick for numbers worth quoting.");
    }
    if (!results.isEmpty()) {
      JsonNode first = results.get(0);
      out.printf(
          Locale.ROOT,
          "JVM: %s %s; %d available processors%n",
          first.path("vmName").asText("?"),
          first.path("jdkVersion").asText("?"),
          Runtime.getRuntime().availableProcessors());
    }
    int[] words = corpus.sortedWordCounts();
    out.printf(
        Locale.ROOT,
        "Corpus: %d documents (seed %d), words min/median/max %d/%d/%d, mean %.0f B of text per"
            + " document (UTF-8)%n",
        corpus.size(),
        Corpus.SEED,
        words[0],
        words[words.length / 2],
        words[words.length - 1],
        corpus.meanBytesPerDocument());

    printDocumentTable();
    printScalingTable();

    Map<String, Double> figures = headline();
    out.println();
    out.println("Goals (ratios measured in this run)");
    goal(
        "FeedbackKit analyze / LanguageTool, docs/s",
        ratio(figures.get("analyzeDocsPerSec"), figures.get("languageToolDocsPerSec")),
        ">=",
        1000,
        "x");
    goal(
        "floor / FeedbackKit analyze, docs/s (cost over the floor)",
        ratio(figures.get("floorDocsPerSec"), figures.get("analyzeDocsPerSec")),
        "<=",
        30,
        "x");
    goal("time(1 MB) / time(100 KB), analyze(String)", figures.get("scaling1MbOver100Kb"), "<=", 11,
        "");
    goal("2 threads / 1 thread, analyze(Feedback)", figures.get("twoThreadSpeedup"), ">=", 1.8, "x");
    Double machine = machineTwoThreadSpeedup();
    out.printf(
        Locale.ROOT,
        "  %-60s %10s   what this machine gave two threads of a bare loop in this run%n",
        "(for comparison: floor, 2 threads / 1 thread)",
        machine == null ? "n/a" : String.format(Locale.ROOT, "%,.2fx", machine));
    printIterations();
    printRounds();
    List<String> missing = new ArrayList<>();
    for (String[] row : DOCUMENT_ROWS) {
      if (find(COMPARISON + row[0], null) == null) {
        missing.add("ComparisonBenchmark." + row[0]);
      }
    }
    for (String size : SIZES) {
      if (find(SCALING + "analyzeText", size) == null) {
        missing.add("ScalingBenchmark.analyzeText " + size);
      }
    }
    if (!missing.isEmpty()) {
      out.println("Not in this result (filtered out, or failed: see JMH's output): " + missing);
    }

    Map<String, Object> line = new LinkedHashMap<>();
    line.put("analyzeDocsPerSec", round(figures.get("analyzeDocsPerSec"), 1));
    line.put("textLayerDocsPerSec", round(figures.get("textLayerDocsPerSec"), 1));
    line.put("floorDocsPerSec", round(figures.get("floorDocsPerSec"), 1));
    line.put("languageToolDocsPerSec", round(figures.get("languageToolDocsPerSec"), 2));
    line.put("allocBytesPerDoc", round(figures.get("allocBytesPerDoc"), 0));
    line.put("scaling1MbOver100Kb", round(figures.get("scaling1MbOver100Kb"), 3));
    line.put("twoThreadSpeedup", round(figures.get("twoThreadSpeedup"), 3));
    out.println();
    try {
      out.println(new ObjectMapper().writeValueAsString(line));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return the headline figures, unrounded, keyed as in the JSON line; {@code null} where the
   *     benchmark is missing from the result
   */
  Map<String, Double> headline() {
    Double analyze = score(COMPARISON + "analyzeDocument", null);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("analyzeDocsPerSec", analyze);
    figures.put("textLayerDocsPerSec", score(COMPARISON + "textLayer", null));
    figures.put("floorDocsPerSec", score(COMPARISON + "floor", null));
    figures.put("languageToolDocsPerSec", score(COMPARISON + "languageTool", null));
    figures.put("allocBytesPerDoc", allocation(COMPARISON + "analyzeDocument"));
    figures.put(
        "scaling1MbOver100Kb",
        ratio(score(SCALING + "analyzeText", "1MB"), score(SCALING + "analyzeText", "100KB")));
    figures.put(
        "twoThreadSpeedup", ratio(score(COMPARISON + "analyzeDocumentTwoThreads", null), analyze));
    return figures;
  }

  /**
   * @return the floor's two-thread throughput over its one-thread throughput: how much of a second
   *     core this machine gave in this run; {@code null} when either is missing
   */
  Double machineTwoThreadSpeedup() {
    return ratio(score(COMPARISON + "floorTwoThreads", null), score(COMPARISON + "floor", null));
  }

  private void printDocumentTable() {
    out.println();
    out.println("Per document (one operation = one document of the corpus)");
    String format = "%-44s %7s %13s %10s %11s %9s %13s%n";
    out.printf(Locale.ROOT, format, "benchmark", "threads", "docs/s", "± 99.9%", "µs/doc", "MB/s",
        "alloc B/doc");
    for (String[] row : DOCUMENT_ROWS) {
      JsonNode r = find(COMPARISON + row[0], null);
      if (r == null) {
        continue;
      }
      double docsPerSec = r.path("primaryMetric").path("score").asDouble();
      double error = r.path("primaryMetric").path("scoreError").asDouble(Double.NaN);
      Double alloc = allocation(COMPARISON + row[0]);
      out.printf(
          Locale.ROOT,
          format,
          row[1],
          r.path("threads").asText(),
          String.format(Locale.ROOT, "%,.1f", docsPerSec),
          Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%,.1f", error),
          String.format(Locale.ROOT, "%,.2f", r.path("threads").asInt(1) * 1e6 / docsPerSec),
          String.format(Locale.ROOT, "%,.2f", docsPerSec * corpus.meanBytesPerDocument() / MB),
          alloc == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", alloc));
    }
    out.println("(µs/doc is per thread: threads / throughput)");
  }

  private void printScalingTable() {
    boolean any = results.stream().anyMatch(r -> name(r).startsWith(SCALING));
    if (!any) {
      return;
    }
    out.println();
    out.println("Scaling: one text of each size (average time per text)");
    String format = "%-34s %6s %13s %10s %10s %9s%n";
    out.printf(Locale.ROOT, format, "benchmark", "size", "µs/text", "± 99.9%", "ns/byte", "MB/s");
    for (JsonNode r : results) {
      if (!name(r).startsWith(SCALING)) {
        continue;
      }
      String size = r.path("params").path("size").asText();
      double micros = toMicros(r.path("primaryMetric"));
      double error =
          toMicros(r.path("primaryMetric"), r.path("primaryMetric").path("scoreError").asDouble());
      int bytes = ScalingBenchmark.bytes(size);
      out.printf(
          Locale.ROOT,
          format,
          name(r).substring(SCALING.length()),
          size,
          String.format(Locale.ROOT, "%,.1f", micros),
          Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%,.1f", error),
          String.format(Locale.ROOT, "%,.2f", micros * 1000 / bytes),
          String.format(Locale.ROOT, "%,.2f", bytes / micros));
    }
  }

  /**
   * The lowest and highest measured iteration, over all forks, of each benchmark the goals are
   * computed from, so that a run shows by itself whether the host was busy while it ran (on a
   * shared machine one slow stretch can fall in one benchmark's turn and not in another's).
   */
  private void printIterations() {
    List<String[]> rows = new ArrayList<>();
    for (String[] row : DOCUMENT_ROWS) {
      if (!GOAL_BENCHMARKS.contains(row[0])) {
        continue;
      }
      double[] range = iterationRange(COMPARISON + row[0]);
      if (range != null) {
        rows.add(new String[] {
          row[1],
          String.format(Locale.ROOT, "%,.1f – %,.1f", range[0], range[1]),
          String.format(Locale.ROOT, "%.0f%%", 100 * (range[1] - range[0]) / range[1])
        });
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    out.println();
    out.println("Measured iterations, all forks, lowest – highest (docs/s): on a shared machine a"
        + " wide range means a busy stretch fell in that benchmark's turn");
    for (String[] row : rows) {
      out.printf(Locale.ROOT, "  %-44s %27s   %4s apart%n", row[0], row[1], row[2]);
    }
  }

  /**
   * Each goal's ratio fork by fork: {@link Suite} runs the benchmarks a ratio compares in
   * alternating forks, so their forks pair up round by round, and the spread of these ratios shows
   * how much the host moved between rounds.
   */
  private void printRounds() {
    String[][] ratios = {
      // label, numerator benchmark, its size, denominator benchmark, its size
      {"analyze / LanguageTool, docs/s", COMPARISON + "analyzeDocument", null,
        COMPARISON + "languageTool", null},
      {"time(1 MB) / time(100 KB)", SCALING + "analyzeText", "1MB", SCALING + "analyzeText", "100KB"},
      {"2 threads / 1 thread, analyze(Feedback)", COMPARISON + "analyzeDocumentTwoThreads", null,
        COMPARISON + "analyzeDocument", null},
      {"floor, 2 threads / 1 thread", COMPARISON + "floorTwoThreads", null, COMPARISON + "floor",
        null},
    };
    List<String> lines = new ArrayList<>();
    for (String[] ratio : ratios) {
      List<Double> values = roundRatios(ratio[1], ratio[2], ratio[3], ratio[4]);
      if (values.size() > 1) {
        StringBuilder line = new StringBuilder();
        for (double r : values) {
          line.append(String.format(Locale.ROOT, r >= 100 ? " %,.0f" : " %.2f", r));
        }
        lines.add(String.format(Locale.ROOT, "  %-44s%s", ratio[0], line));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println("The goals' ratios fork by fork (round by round when Suite alternated the forks)");
    lines.forEach(out::println);
  }

  /**
   * @param numerator a benchmark's full name
   * @param numeratorSize its size parameter, or null
   * @param denominator another benchmark's full name
   * @param denominatorSize its size parameter, or null
   * @return for each fork, in order, the numerator's mean measured iteration over the
   *     denominator's in the fork of the same number; empty when either is missing or their
   *     numbers of forks differ
   */
  List<Double> roundRatios(
      String numerator, String numeratorSize, String denominator, String denominatorSize) {
    List<Double> a = forkMeans(find(numerator, numeratorSize));
    List<Double> b = forkMeans(find(denominator, denominatorSize));
    List<Double> ratios = new ArrayList<>();
    if (a.size() == b.size()) {
      for (int k = 0; k < a.size(); k++) {
        ratios.add(a.get(k) / b.get(k));
      }
    }
    return ratios;
  }

  private static List<Double> forkMeans(JsonNode r) {
    List<Double> means = new ArrayList<>();
    if (r == null) {
      return means;
    }
    for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
      double sum = 0;
      for (JsonNode iteration : fork) {
        sum += iteration.asDouble();
      }
      if (fork.size() > 0) {
        means.add(sum / fork.size());
      }
    }
    return means;
  }

  /**
   * @param benchmark a throughput benchmark's full name
   * @return its lowest and highest measured iteration over all forks, or {@code null} when the
   *     result has no such benchmark or no raw data
   */
  double[] iterationRange(String benchmark) {
    JsonNode r = find(benchmark, null);
    if (r == null) {
      return null;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
      for (JsonNode iteration : fork) {
        min = Math.min(min, iteration.asDouble());
        max = Math.max(max, iteration.asDouble());
      }
    }
    return min > max ? null : new double[] {min, max};
  }

  private void goal(String what, Double value, String op, double target, String unit) {
    String verdict;
    if (value == null) {
      verdict = "NOT MEASURED";
    } else {
      boolean met = op.equals(">=") ? value >= target : value <= target;
      verdict = met ? "MET" : "MISSED";
    }
    out.printf(
        Locale.ROOT,
        "  %-60s %10s   goal %s %s%s   %s%n",
        what,
        value == null ? "n/a" : String.format(Locale.ROOT, "%,.2f%s", value, unit),
        op,
        target == Math.rint(target)
            ? String.format(Locale.ROOT, "%,.0f", target)
            : String.valueOf(target),
        unit,
        verdict);
  }

  private JsonNode find(String benchmark, String size) {
    for (JsonNode r : results) {
      if (name(r).equals(benchmark)
          && (size == null || size.equals(r.path("params").path("size").asText()))) {
        return r;
      }
    }
    return null;
  }

  private Double score(String benchmark, String size) {
    JsonNode r = find(benchmark, size);
    return r == null ? null : r.path("primaryMetric").path("score").asDouble();
  }

  private Double allocation(String benchmark) {
    JsonNode r = find(benchmark, null);
    if (r == null) {
      return null;
    }
    for (var it = r.path("secondaryMetrics").fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().replace("·", "").equals("gc.alloc.rate.norm")) {
        return e.getValue().path("score").asDouble();
      }
    }
    return null;
  }

  private static String name(JsonNode r) {
    return r.path("benchmark").asText();
  }

  private static double toMicros(JsonNode metric) {
    return toMicros(metric, metric.path("score").asDouble());
  }

  private static double toMicros(JsonNode metric, double value) {
    String unit = metric.path("scoreUnit").asText();
    switch (unit) {
      case "ns/op":
        return value / 1000;
      case "us/op":
        return value;
      case "ms/op":
        return value * 1000;
      case "s/op":
        return value * 1e6;
      default:
        throw new IllegalArgumentException("unexpected unit in the JMH result: " + unit);
    }
  }

  private static Double ratio(Double a, Double b) {
    return a == null || b == null || b == 0 ? null : a / b;
  }

  private static Double round(Double value, int decimals) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
