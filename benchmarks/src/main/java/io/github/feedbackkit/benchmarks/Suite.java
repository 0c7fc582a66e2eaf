package io.github.feedbackkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the suite as JMH's own command line would, with one difference: each one-thread benchmark
 * and its two-thread twin ({@link ComparisonBenchmark#analyzeDocument} and {@link
 * ComparisonBenchmark#analyzeDocumentTwoThreads}; {@link ComparisonBenchmark#floor} and {@link
 * ComparisonBenchmark#floorTwoThreads}) are measured in alternating forks, one of each per round,
 * the order swapping from round to round (one thread first, then two; then two, then one), and
 * each benchmark's forks are merged into one result. JMH runs all forks of one benchmark before
 * the next, so one thread and two threads are otherwise measured minutes apart, and on a shared
 * host a slow stretch in one of the two turns alone moves their ratio; alternating forks spread
 * the host's changes over both. The other benchmarks run as JMH runs them.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.Suite \
 *     -prof gc -rf json -rff result.json 'ComparisonBenchmark|ScalingBenchmark'
 * }</pre>
 *
 * <p>The arguments are JMH's. {@code -f N} gives N rounds (N forks of each of the paired
 * benchmarks, and N forks of every other one); without it the pairs run {@value #ROUNDS} rounds and
 * the others their own {@code @Fork}. With {@code -f 0} everything runs in this JVM, one round.
 * The result file holds one entry per benchmark (a pair's forks merged, its {@code forks} field
 * counting them), in JMH's order. {@code benchmarks/run.sh} calls this.
 */
public final class Suite {
  /** Rounds of alternating forks for each pair when {@code -f} is not given. */
  static final int ROUNDS = 4;

  private static final String COMPARISON = ComparisonBenchmark.class.getName() + ".";

  /** The pairs measured in alternating forks: one thread, then its two-thread twin. */
  static final List<List<String>> PAIRS =
      List.of(
          List.of(COMPARISON + "analyzeDocument", COMPARISON + "analyzeDocumentTwoThreads"),
          List.of(COMPARISON + "floor", COMPARISON + "floorTwoThreads"));

  private Suite() {}

  /**
   * @param args JMH's command-line arguments
   * @throws RunnerException when JMH cannot run
   * @throws IOException when the result cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    CommandLineOptions cmd;
    try {
      cmd = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Suite: " + e.getMessage());
      System.exit(2);
      return;
    }
    List<RunResult> results = new ArrayList<>();
    List<String> paired = new ArrayList<>();
    int forks = cmd.getForkCount().orElse(-1);
    int rounds = forks < 0 ? ROUNDS : Math.max(1, forks);
    for (List<String> pair : PAIRS) {
      if (!selected(cmd, pair.get(0)) || !selected(cmd, pair.get(1))) {
        continue;
      }
      paired.addAll(pair);
      List<List<BenchmarkResult>> forksOf = List.of(new ArrayList<>(), new ArrayList<>());
      RunResult[] first = new RunResult[2];
      for (int round = 0; round < rounds; round++) {
        for (int k : order(round)) {
          System.out.printf(Locale.ROOT, "%n# Suite: round %d of %d, %s%n", round + 1, rounds,
              pair.get(k));
          Options only =
              new OptionsBuilder()
                  .parent(cmd)
                  .exclude(allBut(pair.get(k)))
                  .forks(forks == 0 ? 0 : 1)
                  .result(Files.createTempFile("feedbackkit-suite", ".json").toString())
                  .resultFormat(ResultFormatType.JSON)
                  .build();
          try {
            for (RunResult r : new Runner(only).run()) {
              first[k] = first[k] == null ? r : first[k];
              forksOf.get(k).addAll(r.getBenchmarkResults());
            }
          } finally {
            Files.deleteIfExists(Path.of(only.getResult().get()));
          }
        }
      }
      for (int k = 0; k < 2; k++) {
        if (first[k] != null) { // null when JMH could not run it (its error is in JMH's output)
          results.add(new RunResult(first[k].getParams(), forksOf.get(k)));
        }
      }
    }
    OptionsBuilder rest = new OptionsBuilder();
    rest.parent(cmd);
    for (String name : paired) {
      rest.exclude("^" + Pattern.quote(name) + "$");
    }
    Path restFile = Files.createTempFile("feedbackkit-suite", ".json");
    try {
      results.addAll(
          new Runner(rest.result(restFile.toString()).resultFormat(ResultFormatType.JSON).build())
              .run());
    } catch (NoBenchmarksException e) {
      if (paired.isEmpty()) {
        throw e; // nothing selected at all
      } // else the pairs were all that was selected
    } finally {
      Files.deleteIfExists(restFile);
    }
    results.sort(RunResult.DEFAULT_SORT_COMPARATOR);
    System.out.println();
    System.out.println("All benchmarks, each pair's alternating forks merged:");
    ResultFormatFactory.getInstance(ResultFormatType.TEXT, System.out).writeOut(results);
    if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
      ResultFormatType type = cmd.getResultFormat().orElse(ResultFormatType.CSV);
      String file =
          cmd.getResult().orElse("jmh-result." + type.toString().toLowerCase(Locale.ROOT));
      ResultFormatFactory.getInstance(type, file).writeOut(results);
      if (type == ResultFormatType.JSON) {
        Path path = Path.of(file);
        Files.writeString(path, countForks(Files.readString(path)));
      }
      System.out.println("Result written to " + file);
    }
  }

  /**
   * @param round a round, from 0
   * @return the order of a pair's two benchmarks in that round: one thread first in even rounds,
   *     two threads first in odd ones
   */
  static int[] order(int round) {
    return round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0};
  }

  /**
   * @param name a benchmark's full name
   * @return a JMH exclusion pattern (JMH excludes a benchmark when the pattern is found in its full
   *     name) that excludes every benchmark but that one
   */
  static String allBut(String name) {
    return "^(?!" + Pattern.quote(name) + "$)";
  }

  /**
   * @param options JMH's options
   * @param name a benchmark's full name
   * @return whether JMH would run it: an include pattern (or none, which means all) is found in
   *     its name and no exclude pattern is
   */
  static boolean selected(Options options, String name) {
    List<String> includes = options.getIncludes();
    boolean in = includes.isEmpty();
    for (String regex : includes) {
      in |= Pattern.compile(regex).matcher(name).find();
    }
    for (String regex : options.getExcludes()) {
      in &= !Pattern.compile(regex).matcher(name).find();
    }
    return in;
  }

  /**
   * @param json JMH's JSON result
   * @return the same, each entry's {@code forks} set to the number of forks its raw data holds (a
   *     merged pair's entry keeps the options of its first one-fork run otherwise)
   * @throws IOException when it is not JMH's JSON
   */
  static String countForks(String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(json);
    if (root instanceof ArrayNode entries) {
      for (JsonNode entry : entries) {
        JsonNode raw = entry.path("primaryMetric").path("rawData");
        if (entry instanceof ObjectNode o && raw.isArray() && raw.size() > 0) {
          o.put("forks", raw.size());
        }
      }
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
