package io.github.feedbackkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummaryTest {
  private static final String C = "io.github.feedbackkit.benchmarks.ComparisonBenchmark.";
  private static final String S = "io.github.feedbackkit.benchmarks.ScalingBenchmark.";

  private static Corpus corpus;

  @BeforeAll
  static void buildCorpus() {
    corpus = Corpus.standard();
  }

  private static String throughput(String name, int threads, double score, double allocNorm) {
    return "{\"benchmark\":\"" + C + name + "\",\"mode\":\"thrpt\",\"threads\":" + threads
        + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocNorm
        + ",\"scoreUnit\":\"B/op\"}}}";
  }

  private static String withIterations(String name, int threads, double score, String rawData) {
    return "{\"benchmark\":\"" + C + name + "\",\"mode\":\"thrpt\",\"threads\":" + threads
        + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\","
        + "\"rawData\":" + rawData + "},\"secondaryMetrics\":{}}";
  }

  private static String scaling(String name, String size, double micros) {
    return "{\"benchmark\":\"" + S + name + "\",\"mode\":\"avgt\",\"threads\":1,"
        + "\"params\":{\"size\":\"" + size + "\"},"
        + "\"primaryMetric\":{\"score\":" + micros + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"us/op\"},"
        + "\"secondaryMetrics\":{}}";
  }

  private static final String RESULT =
      "["
          + String.join(
              ",",
              throughput("analyzeDocument", 1, 20_000, 12_345),
              throughput("analyzeDocumentTwoThreads", 2, 36_000, 12_400),
              throughput("textLayer", 1, 50_000, 4_000),
              throughput("floor", 1, 400_000, 0),
              throughput("floorTwoThreads", 2, 760_000, 0),
              throughput("languageTool", 1, 50, 9_000_000),
              scaling("analyzeText", "100KB", 1_000),
              scaling("analyzeText", "1MB", 10_500),
              scaling("floor", "1MB", 2))
          + "]";

  @Test
  void headlineFiguresComeFromTheNamedBenchmarksAndTheirRatios() throws IOException {
    Map<String, Double> figures =
        new Summary(Summary.read(RESULT), corpus, System.out).headline();

    assertThat(figures.get("analyzeDocsPerSec")).isEqualTo(20_000.0);
    assertThat(figures.get("textLayerDocsPerSec")).isEqualTo(50_000.0);
    assertThat(figures.get("floorDocsPerSec")).isEqualTo(400_000.0);
    assertThat(figures.get("languageToolDocsPerSec")).isEqualTo(50.0);
    assertThat(figures.get("allocBytesPerDoc")).isEqualTo(12_345.0);
    assertThat(figures.get("scaling1MbOver100Kb")).isCloseTo(10.5, within(1e-9));
    assertThat(figures.get("twoThreadSpeedup")).isCloseTo(1.8, within(1e-9));
  }

  @Test
  void missingBenchmarksGiveNullFigures() throws IOException {
    String onlyFloor = "[" + throughput("floor", 1, 400_000, 0) + "]";

    Map<String, Double> figures =
        new Summary(Summary.read(onlyFloor), corpus, System.out).headline();

    assertThat(figures.get("floorDocsPerSec")).isEqualTo(400_000.0);
    assertThat(figures.get("analyzeDocsPerSec")).isNull();
    assertThat(figures.get("twoThreadSpeedup")).isNull();
    assertThat(figures.get("scaling1MbOver100Kb")).isNull();
  }

  @Test
  void lastLineIsOneJsonObjectWithTheSevenKeysAndTheGoalVerdictsAbove() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    new Summary(Summary.read(RESULT), corpus, out).print("result.json", true);

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[lines.length - 1])
        .isEqualTo(
            "{\"analyzeDocsPerSec\":20000.0,\"textLayerDocsPerSec\":50000.0,"
                + "\"floorDocsPerSec\":400000.0,\"languageToolDocsPerSec\":50.0,"
                + "\"allocBytesPerDoc\":12345.0,\"scaling1MbOver100Kb\":10.5,"
                + "\"twoThreadSpeedup\":1.8}");
    String text = bytes.toString(StandardCharsets.UTF_8);
    // 20,000 / 50 = 400x LanguageTool: missed; 400,000 / 20,000 = 20x the floor: met.
    assertThat(text).containsPattern("LanguageTool, docs/s +400\\.00x .* MISSED");
    assertThat(text).containsPattern("cost over the floor\\) +20\\.00x .* MET");
    assertThat(text).contains("QUICK SMOKE RUN");
    // the machine's own two-thread ratio in the same run, beside the goal: 760,000 / 400,000
    assertThat(text).containsPattern("floor, 2 threads / 1 thread\\) +1\\.90x ");
  }

  @Test
  void iterationRangeSpansEveryMeasuredIterationOfEveryFork() throws IOException {
    String result = "[" + withIterations("languageTool", 1, 37.3, "[[38.5,40.0,39.0],[41.2,31.0]]")
        + "," + throughput("floor", 1, 400_000, 0) + "]";
    Summary summary = new Summary(Summary.read(result), corpus, System.out);

    assertThat(summary.iterationRange(C + "languageTool")).containsExactly(31.0, 41.2);
    assertThat(summary.iterationRange(C + "floor")).isNull(); // no raw data
    assertThat(summary.iterationRange(C + "analyzeDocument")).isNull(); // not in the result
  }

  @Test
  void summaryPrintsTheIterationRangesOfTheGoalsBenchmarksBeforeTheJsonLine() throws IOException {
    String result = "[" + withIterations("analyzeDocument", 1, 46_561.3,
        "[[44483.2,47757.0,49102.4],[45024.0,44962.5]]")
        + "," + withIterations("languageTool", 1, 37.3, "[[31.0,41.2]]")
        + "," + withIterations("textLayer", 1, 91_003.2, "[[70000.0,105000.0]]") + "]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    new Summary(Summary.read(result), corpus, out).print("result.json", false);

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).containsPattern("analyze\\(Feedback\\), all checks +44,483\\.2 – 49,102\\.4 +9% apart");
    assertThat(text).containsPattern("LanguageTool 6\\.6 check, en-US defaults +31\\.0 – 41\\.2 +25% apart");
    // only the benchmarks the goals are computed from
    assertThat(text).doesNotContain("70,000.0 – 105,000.0");
    assertThat(text.indexOf("Measured iterations")).isLessThan(text.lastIndexOf("{\"analyzeDocsPerSec\""));
  }

  @Test
  void machineTwoThreadSpeedupIsTheFloorsTwoThreadRatioAndNullWithoutIt() throws IOException {
    assertThat(new Summary(Summary.read(RESULT), corpus, System.out).machineTwoThreadSpeedup())
        .isCloseTo(1.9, within(1e-9));
    String noTwoThreadFloor = "[" + throughput("floor", 1, 400_000, 0) + "]";
    assertThat(new Summary(Summary.read(noTwoThreadFloor), corpus, System.out).machineTwoThreadSpeedup())
        .isNull();
  }

  @Test
  void roundRatiosPairTwoBenchmarksForksInOrderAndAreEmptyWhenTheirForksDiffer() throws IOException {
    String result = "[" + withIterations("analyzeDocument", 1, 45_000, "[[40000.0,50000.0],[45000.0]]")
        + "," + withIterations("analyzeDocumentTwoThreads", 2, 85_000, "[[81000.0],[76500.0,76500.0]]")
        + "," + withIterations("floor", 1, 800_000, "[[800000.0]]")
        + "," + withIterations("floorTwoThreads", 2, 1_600_000, "[[1600000.0],[1500000.0]]") + "]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Summary summary = new Summary(Summary.read(result), corpus,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(summary.roundRatios(C + "analyzeDocumentTwoThreads", null, C + "analyzeDocument", null))
        .containsExactly(1.8, 1.7);
    assertThat(summary.roundRatios(C + "floorTwoThreads", null, C + "floor", null)).isEmpty();
    assertThat(summary.roundRatios(S + "analyzeText", "1MB", S + "analyzeText", "100KB")).isEmpty();
    summary.print("result.json", false);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .containsPattern("2 threads / 1 thread, analyze\\(Feedback\\) +1\\.80 1\\.70\\n");
  }
}
