package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.feedbackkit.render.json.FeedbackJson;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import io.github.feedbackkit.testkit.FeedbackRule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedbackkit check} on the real engine, in every format, on the bundled samples. */
class CheckTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @BeforeEach
  void copySamples() throws IOException {
    for (String name : DemoCommand.SAMPLE_FILES) {
      Files.writeString(dir.resolve(name), DemoCommand.sample(name));
    }
  }

  private Cli cli() {
    return new Cli(dir, LibraryEngine::create);
  }

  @Test
  void textPointsAtTheAgeProxyInTheOnsiteDebriefWithItsRewrite() {
    Cli.Result r = cli().run("check", "onsite-debrief.json");
    assertThat(r.exitCode()).isEqualTo(1);
    // line 20 holds the summary; its text starts at column 15 and "young and energetic" is at offset 58
    assertThat(r.out())
        .contains("REVISE  score ")
        .containsPattern("onsite-debrief\\.json:20:73 +error +fairness/protected-characteristic +\"young and energetic\"")
        .contains("↳ \"young and energetic\" → \"energetic\"");
  }

  @Test
  void jsonIsTheReportOfTheContract() throws IOException {
    Cli.Result r = cli().run("check", "--format", "json", "rejection-technical-interview.json");
    JsonNode report = MAPPER.readTree(r.out());
    assertThat(report.get("schema").asText()).isEqualTo("feedbackkit-report/1");
    assertThat(report.get("source").asText()).isEqualTo("rejection-technical-interview.json");
    assertThat(report.get("feedbackId").asText()).isEqualTo("cand-2026-0412-tech");
    assertThat(report.get("dimensions").fieldNames()).toIterable()
        .containsExactly("timeliness", "specificity", "balance", "clarity", "actionability", "fairness");
    assertThat(r.exitCode()).isEqualTo(report.get("verdict").asText().equals("PASS") ? 0 : 1);
  }

  @Test
  void jsonlGivesOneReportPerInputInInputOrderAndTheSummaryOnStderr() throws IOException {
    Cli.Result r = cli().run(
        "check", "--format", "jsonl", "recruiter-draft.txt", "recognition-note.json", "onsite-debrief.json");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(MAPPER.readTree(lines.get(0)).get("feedbackId").asText()).isEqualTo("recruiter-draft.txt");
    assertThat(MAPPER.readTree(lines.get(1)).get("feedbackId").asText()).isEqualTo("emp-2026-1119-kudos");
    assertThat(MAPPER.readTree(lines.get(2)).get("feedbackId").asText()).isEqualTo("cand-2026-0398-onsite");
    assertThat(r.err()).startsWith("3 documents: ").contains("input errors");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void reportsOfAJsonLinesFileCarryTheirLineRightAfterTheSourceInJsonAndJsonLines() throws IOException {
    List<String> batch = DemoCommand.sample("batch.jsonl").lines().limit(2).toList();
    Files.writeString(dir.resolve("b.jsonl"), batch.get(0) + "\n{broken\n" + batch.get(1) + "\n");
    Cli.Result lines = cli().run("check", "--format", "jsonl", "b.jsonl");
    List<String> out = lines.out().lines().toList();
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).contains("\"source\":\"b.jsonl\",\"line\":1,\"feedbackId\":");
    assertThat(MAPPER.readTree(out.get(1)).get("line").asInt()).isEqualTo(3);
    JsonNode array = MAPPER.readTree(cli().run("check", "--format", "json", "b.jsonl").out());
    assertThat(array).hasSize(2);
    assertThat(array.get(0).fieldNames()).toIterable().startsWith("schema", "source", "line", "feedbackId");
    assertThat(array.get(1).get("line").asInt()).isEqualTo(3);
    assertThat(MAPPER.readTree(cli().run("check", "--format", "json", "onsite-debrief.json").out()).has("line")).isFalse();
  }

  @Test
  void markdownAndHtmlReports() {
    Cli.Result md = cli().run("check", "--format", "markdown", "onsite-debrief.json");
    assertThat(md.out()).startsWith("## REVISE: cand\\-2026\\-0398\\-onsite (score ")
        .contains("| fairness | 0 | **fail** |")
        .contains("`fairness/protected-characteristic` in summary: “young and energetic”");
    Cli.Result html = cli().run("check", "--format", "html", "onsite-debrief.json");
    assertThat(html.out()).containsIgnoringCase("<!doctype html").contains("young and energetic");
    assertThat(html.exitCode()).isEqualTo(1);
  }

  @Test
  void nowFixesTheClockForDrafts() {
    // the onsite debrief is an undelivered draft about an interview on 2026-11-10 15:00 UTC
    assertThat(cli().run("check", "--now", "2026-11-10T16:00:00Z", "onsite-debrief.json").out())
        .doesNotContain("timeliness/overdue-draft");
    assertThat(cli().run("check", "--now", "2026-11-20T17:00:00Z", "onsite-debrief.json").out())
        .contains("timeliness/overdue-draft");
  }

  @Test
  void failOnErrorIgnoresWarnings() {
    // the improvement session has warnings only; the onsite debrief has an error
    assertThat(cli().run("check", "--fail-on", "error", "improvement-session.json").exitCode()).isZero();
    assertThat(cli().run("check", "--fail-on", "error", "onsite-debrief.json").exitCode()).isEqualTo(1);
    assertThat(cli().run("check", "improvement-session.json").exitCode()).isEqualTo(1);
  }

  @Test
  void aGoodNotePassesAndExitsZero() {
    Cli.Result r = cli().run("check", "--now", "2026-11-20T17:00:00Z", "recognition-note.json");
    assertThat(r.out()).contains("PASS  score ");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aPolicyFileSwitchesARuleOff() throws IOException {
    // the recognition note's only finding is an info-level clarity/hidden-actor note
    assertThat(cli().run("check", "recognition-note.json").out()).contains("clarity/hidden-actor");
    Files.writeString(dir.resolve("policy.json"), "{\"schema\": \"feedbackkit-policy/1\", \"disabledRules\": [\"clarity/hidden-actor\"]}");
    Cli.Result r = cli().run("check", "--policy", "policy.json", "recognition-note.json");
    assertThat(r.out()).doesNotContain("clarity/hidden-actor").contains("no findings");
  }

  @Test
  void aBadPolicyExitsTwoNamingTheFileAndTheKey() throws IOException {
    Files.writeString(dir.resolve("policy.json"), "{\"treshold\": 50}");
    Cli.Result r = cli().run("check", "--policy", "policy.json", "recognition-note.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("feedbackkit: policy.json").contains("treshold").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
    Cli.Result missing = cli().run("check", "--policy", "nope.json", "recognition-note.json");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("feedbackkit: nope.json: error: no such policy file\n");
  }

  @Test
  void localeIsCheckedAndAccepted() {
    assertThat(cli().run("check", "--locale", "en-GB", "recruiter-draft.txt").exitCode()).isEqualTo(1);
    Cli.Result bad = cli().run("check", "--locale", "!!", "recruiter-draft.txt");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid value for --locale: '!!'");
  }

  @Test
  void everyInvalidDocumentOfTheTestkitIsABadInputNamingItsField() throws IOException {
    StringBuilder lines = new StringBuilder();
    FeedbackRule[] rules = FeedbackRule.values();
    for (FeedbackRule rule : rules) {
      lines.append(FeedbackJson.standard().write(FeedbackGenerators.realistic().invalid(7L, rule))).append('\n');
    }
    Files.writeString(dir.resolve("invalid.jsonl"), lines);
    Cli.Result r = cli().run("check", "--format", "jsonl", "invalid.jsonl", "recognition-note.json");
    assertThat(r.exitCode()).isEqualTo(2);
    for (int i = 0; i < rules.length; i++) {
      assertThat(r.err()).as(rules[i].name()).contains("invalid.jsonl:" + (i + 1) + ":");
      assertThat(r.err()).as(rules[i].name()).contains(rules[i].path());
    }
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err()).contains("1 document: ").contains(rules.length + " input errors");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void tenThousandGeneratedDocumentsStreamThroughInInputOrder() throws IOException {
    Path batch = dir.resolve("batch.jsonl");
    int n = 10_000;
    try (var w = Files.newBufferedWriter(batch)) {
      for (int i = 0; i < n; i++) {
        w.write(FeedbackJson.standard().write(FeedbackGenerators.realistic().valid(i).withId("doc-" + i)));
        w.write('\n');
      }
    }
    // count and check the order as the lines come, without keeping the output
    OrderCheckingStream out = new OrderCheckingStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    Io io = new Io(new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        System.in, false, false, true, dir);
    int code = Main.execute(new String[] {"check", "--format", "jsonl", "--threads", "3", "batch.jsonl"}, io, LibraryEngine::create);
    assertThat(code).isBetween(0, 1);
    assertThat(out.lines).isEqualTo(n);
    assertThat(out.outOfOrder).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("10000 documents: ").contains(", 0 input errors");
  }

  /** Checks that report i carries "feedbackId":"doc-i", line by line, keeping only the current line. */
  static final class OrderCheckingStream extends OutputStream {
    final StringBuilder line = new StringBuilder();
    int lines;
    int outOfOrder;

    @Override
    public void write(int b) {
      if (b == '\n') {
        if (!line.toString().contains("\"feedbackId\":\"doc-" + lines + "\"")) {
          outOfOrder++;
        }
        lines++;
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
  }
}
