package io.github.feedbackkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
 * Runs the suite as JMH's own command line would, with one difference: the benchmarks whose
 * figures the goals compare run in alternating forks, one fork of each per round, the order
 * reversing from round to round, and each benchmark's forks are merged into one result. The groups
 * so alternated are:
 *
 * <ul>
 *   <li>{@link ComparisonBenchmark#analyzeDocument}, {@link
 *       ComparisonBenchmark#analyzeDocumentTwoThreads} and {@link ComparisonBenchmark#languageTool}
 *       (two threads over one, FeedbackKit over LanguageTool);
 *   <li>{@link ComparisonBenchmark#floor} and {@link ComparisonBenchmark#floorTwoThreads} (what the
 *       machine gives two threads of a bare loop);
 *   <li>{@link ScalingBenchmark#analyzeText} at each size (time per byte from 1 KB to 1 MB).
 * </ul>
 *
 * <p>JMH runs all forks of one benchmark before the next, so the figures a ratio compares are
 * otherwise measured minutes apart, and on a shared host a slow stretch in one of their turns alone
 * moves the ratio; alternating forks spread the host's changes over all of them. The other
 * benchmarks run as JMH runs them.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.Suite \
 *     -prof gc -rf json -rff result.json 'ComparisonBenchmark|ScalingBenchmark'
 * }</pre>
 *
 * <p>The arguments are JMH's ({@code -h}, {@code -l} and the other listings are JMH's own answers;
 * {@code -o} is refused, as each JMH run would overwrite its file). {@code -f N} gives N rounds (N forks of each alternated benchmark,
 * and N forks of every other one); without it the groups run {@value #ROUNDS} rounds and the
 * others their own {@code @Fork}. With {@code -f 0} everything runs in this JVM, one round. A group
 * runs the members the include and exclude patterns select (and, with {@code -p size=...}, the
 * sizes given). The result file holds one entry per benchmark and size (an alternated
 * benchmark's forks merged, its {@code forks} field counting them), in JMH's order. {@code
 * benchmarks/run.sh} calls this.
 */
public final class Suite {
  /** Rounds of alternating forks for each group when {@code -f} is not given. */
  static final int ROUNDS = 4;

  private static final String COMPARISON = ComparisonBenchmark.class.getName() + ".";
  private static final String SCALING_TEXT = ScalingBenchmark.class.getName() + ".analyzeText";

  /**
   * One benchmark of a group, at one size or, for a benchmark without parameters, as it is.
   *
   * @param benchmark its full name
   * @param size its {@code size} parameter, or null
   */
  record Member(String benchmark, String size) {
    @Override
    public String toString() {
      return size == null ? benchmark : benchmark + " (size " + size + ")";
    }
  }

  /** The groups measured in alternating forks, each in its first round's order. */
  static final List<List<Member>> GROUPS =
      List.of(
          List.of(
              new Member(COMPARISON + "analyzeDocument", null),
              new Member(COMPARISON + "analyzeDocumentTwoThreads", null),
              new Member(COMPARISON + "languageTool", null)),
          List.of(
              new Member(COMPARISON + "floor", null),
              new Member(COMPARISON + "floorTwoThreads", null)),
          List.of(
              new Member(SCALING_TEXT, "1KB"),
              new Member(SCALING_TEXT, "10KB"),
              new Member(SCALING_TEXT, "100KB"),
              new Member(SCALING_TEXT, "1MB")));

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
    if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams()
        || cmd.shouldListProfilers() || cmd.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args); // nothing to run: JMH's own answer
      return;
    }
    if (cmd.getOutput().hasValue()) {
      System.err.println("Suite: -o is not supported (each of its JMH runs would overwrite the"
          + " file); redirect the standard output instead");
      System.exit(2);
      return;
    }
    List<RunResult> results = new ArrayList<>();
    Set<String> alternated = new TreeSet<>();
    int forks = cmd.getForkCount().orElse(-1);
    int rounds = forks < 0 ? ROUNDS : Math.max(1, forks);
    for (List<Member> group : GROUPS) {
      List<Member> members = members(cmd, group);
      for (Member m : members) {
        alternated.add(m.benchmark());
      }
      List<List<BenchmarkResult>> forksOf = new ArrayList<>();
      RunResult[] first = new RunResult[members.size()];
      for (int k = 0; k < members.size(); k++) {
        forksOf.add(new ArrayList<>());
      }
      for (int round = 0; round < rounds; round++) {
        for (int k : order(round, members.size())) {
          Member m = members.get(k);
          System.out.printf(Locale.ROOT, "%n# Suite: round %d of %d, %s%n", round + 1, rounds, m);
          OptionsBuilder only = new OptionsBuilder();
          only.parent(cmd).exclude(allBut(m.benchmark())).forks(forks == 0 ? 0 : 1);
          if (m.size() != null) {
            only.param("size", m.size());
          }
          Path file = Files.createTempFile("feedbackkit-suite", ".json");
          try {
            Options o = only.result(file.toString()).resultFormat(ResultFormatType.JSON).build();
            for (RunResult r : new Runner(o).run()) {
              first[k] = first[k] == null ? r : first[k];
              forksOf.get(k).addAll(r.getBenchmarkResults());
            }
          } finally {
            Files.deleteIfExists(file);
          }
        }
      }
      for (int k = 0; k < members.size(); k++) {
        if (first[k] != null) { // null when JMH could not run it (its error is in JMH's output)
          results.add(new RunResult(first[k].getParams(), forksOf.get(k)));
        }
      }
    }
    OptionsBuilder rest = new OptionsBuilder();
    rest.parent(cmd);
    for (String name : alternated) {
      rest.exclude("^" + Pattern.quote(name) + "$");
    }
    Path restFile = Files.createTempFile("feedbackkit-suite", ".json");
    try {
      results.addAll(
          new Runner(rest.result(restFile.toString()).resultFormat(ResultFormatType.JSON).build())
              .run());
    } catch (NoBenchmarksException e) {
      if (alternated.isEmpty()) {
        throw e; // nothing selected at all
      } // else the groups were all that was selected
    } finally {
      Files.deleteIfExists(restFile);
    }
    results.sort(RunResult.DEFAULT_SORT_COMPARATOR);
    System.out.println();
    System.out.println("All benchmarks, the alternated ones' forks merged:");
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
   * @param options JMH's options
   * @param group a group
   * @return the group's members that the options select: by name, and by the sizes given with
   *     {@code -p size=...}, if any
   */
  static List<Member> members(Options options, List<Member> group) {
    Collection<String> sizes = options.getParameter("size").orElse(null);
    List<Member> members = new ArrayList<>();
    for (Member m : group) {
      if (selected(options, m.benchmark())
          && (m.size() == null || sizes == null || sizes.contains(m.size()))) {
        members.add(m);
      }
    }
    return members;
  }

  /**
   * @param round a round, from 0
   * @param size the number of members in a group
   * @return the order of the group's members in that round: as listed in even rounds, reversed in
   *     odd ones, so that a steady drift of the host weighs on each member alike
   */
  static int[] order(int round, int size) {
    int[] order = new int[size];
    for (int k = 0; k < size; k++) {
      order[k] = round % 2 == 0 ? k : size - 1 - k;
    }
    return order;
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
   *     merged, alternated benchmark's entry keeps the options of its first one-fork run otherwise)
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
