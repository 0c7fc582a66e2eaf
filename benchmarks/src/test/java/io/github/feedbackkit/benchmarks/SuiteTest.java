package io.github.feedbackkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;

class SuiteTest {
  private static final String C = ComparisonBenchmark.class.getName() + ".";

  @Test
  void roundsRunAGroupInItsOrderThenReversed() {
    assertThat(Suite.order(0, 2)).containsExactly(0, 1);
    assertThat(Suite.order(1, 2)).containsExactly(1, 0);
    assertThat(Suite.order(2, 3)).containsExactly(0, 1, 2);
    assertThat(Suite.order(3, 3)).containsExactly(2, 1, 0);
  }

  @Test
  void aGroupRunsTheMembersTheOptionsSelectByNameAndSize() throws Exception {
    List<Suite.Member> comparison = Suite.GROUPS.get(0);
    List<Suite.Member> scaling = Suite.GROUPS.get(2);
    CommandLineOptions suite = new CommandLineOptions("ComparisonBenchmark|ScalingBenchmark");
    assertThat(Suite.members(suite, comparison)).isEqualTo(comparison);
    assertThat(Suite.members(suite, scaling)).isEqualTo(scaling);
    CommandLineOptions quick =
        new CommandLineOptions("-p", "size=1KB,100KB,1MB", "-e", "languageTool", "Benchmark");
    assertThat(Suite.members(quick, comparison))
        .extracting(Suite.Member::benchmark)
        .containsExactly(C + "analyzeDocument", C + "analyzeDocumentTwoThreads");
    assertThat(Suite.members(quick, scaling))
        .extracting(Suite.Member::size)
        .containsExactly("1KB", "100KB", "1MB");
    assertThat(Suite.members(new CommandLineOptions("RenderBenchmark"), comparison)).isEmpty();
  }

  @Test
  void allButExcludesEveryOtherBenchmarkIncludingOnesThatStartWithTheSameName() {
    Pattern p = Pattern.compile(Suite.allBut(C + "analyzeDocument"));
    assertThat(p.matcher(C + "analyzeDocument").find()).isFalse();
    assertThat(p.matcher(C + "analyzeDocumentTwoThreads").find()).isTrue();
    assertThat(p.matcher(C + "floor").find()).isTrue();
    assertThat(p.matcher(ScalingBenchmark.class.getName() + ".analyzeText").find()).isTrue();
  }

  @Test
  void selectedFollowsJmhsIncludesAndExcludes() throws Exception {
    assertThat(Suite.selected(new CommandLineOptions(), C + "floor")).isTrue();
    CommandLineOptions suite = new CommandLineOptions("ComparisonBenchmark|ScalingBenchmark");
    assertThat(Suite.selected(suite, C + "floorTwoThreads")).isTrue();
    CommandLineOptions some = new CommandLineOptions("-e", "TwoThreads", "ComparisonBenchmark\\.floor");
    assertThat(Suite.selected(some, C + "floor")).isTrue();
    assertThat(Suite.selected(some, C + "floorTwoThreads")).isFalse();
    assertThat(Suite.selected(some, C + "analyzeDocument")).isFalse();
  }

  @Test
  void countForksSetsEachEntrysForksToItsRawDataForks() throws Exception {
    String json =
        "[{\"benchmark\":\"a\",\"forks\":1,\"primaryMetric\":{\"rawData\":[[1.0,2.0],[3.0,4.0],[5.0,6.0]]}},"
            + "{\"benchmark\":\"b\",\"forks\":2,\"primaryMetric\":{\"rawData\":[[1.0],[2.0]]}}]";
    JsonNode out = new ObjectMapper().readTree(Suite.countForks(json));
    assertThat(out.get(0).get("forks").asInt()).isEqualTo(3);
    assertThat(out.get(1).get("forks").asInt()).isEqualTo(2);
    assertThat(out.get(0).get("primaryMetric").get("rawData").get(2).get(1).asDouble()).isEqualTo(6.0);
  }

  @Test
  void aGroupsAlternatingForksAreMergedIntoOneEntryEach(@TempDir Path dir) throws Exception {
    Path result = dir.resolve("result.json");
    Suite.main(new String[] {
      "-f", "2", "-wi", "0", "-i", "2", "-r", "50ms", "-v", "SILENT", "-rf", "json", "-rff", result.toString(),
      "ComparisonBenchmark\\.floor"
    });
    JsonNode entries = new ObjectMapper().readTree(Files.readString(result));
    List<String> names = new ArrayList<>();
    for (JsonNode e : entries) {
      names.add(e.get("benchmark").asText());
      assertThat(e.get("forks").asInt()).isEqualTo(2);
      JsonNode raw = e.get("primaryMetric").get("rawData");
      assertThat(raw).hasSize(2);
      double sum = 0;
      for (JsonNode fork : raw) {
        assertThat(fork).hasSize(2);
        for (JsonNode it : fork) {
          sum += it.asDouble();
        }
      }
      // the merged score is the mean of every measured iteration of both forks
      assertThat(e.get("primaryMetric").get("score").asDouble()).isCloseTo(sum / 4, within(sum * 1e-9));
    }
    assertThat(names).containsExactly(C + "floor", C + "floorTwoThreads");
  }
}
