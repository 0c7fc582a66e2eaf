package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.feedbackkit.render.json.FeedbackJson;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command on the real engine as a real process: output, exit codes, no stack traces. */
class CommandsProcessTest extends ProcessTest {
  @BeforeEach
  void copySamples() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    for (String name : DemoCommand.SAMPLE_FILES) {
      Files.writeString(dir.resolve("samples").resolve(name), DemoCommand.sample(name));
    }
  }

  @Test
  void checkADirectoryAsJsonLines() throws Exception {
    Run r = run(null, "check", "--format", "jsonl", "--now", "2026-11-20T17:00:00Z", "samples");
    assertThat(r.exitCode()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(CheckTest.MAPPER.readTree(lines.get(0)).get("source").asText()).isEqualTo("samples/improvement-session.json");
    assertThat(CheckTest.MAPPER.readTree(lines.get(4)).get("source").asText()).isEqualTo("samples/rejection-technical-interview.json");
    assertThat(r.err()).startsWith("5 documents: 2 PASS, 3 REVISE, 0 input errors");
    assertNoStackTrace(r);
  }

  @Test
  void checkTextHasNoColorWhenRedirectedAndAMissingFileExitsTwo() throws Exception {
    Run r = run(null, "check", "samples/recruiter-draft.txt", "samples/nope.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("samples/recruiter-draft.txt:").doesNotContain("\u001b[");
    assertThat(r.err()).isEqualTo("feedbackkit: samples/nope.json: error: no such file\n");
  }

  @Test
  void aCleanCheckOfAValidDocumentPrintsNoValidatorLogLineOnStderr() throws Exception {
    Run r = run(null, "check", "--now", "2026-11-20T17:00:00Z", "-q", "samples/recognition-note.json");
    assertThat(r.exitCode()).isBetween(0, 1);
    assertThat(r.out()).contains("samples/recognition-note.json");
    // Hibernate Validator announces itself at INFO ("HV000001: Hibernate Validator 9...") unless
    // its logging is routed away from java.util.logging's console handler
    assertThat(r.err()).doesNotContain("HV000").doesNotContain("INFO").isEmpty();
  }

  @Test
  void anInputOverEightMebibytesIsABadInputEvenOnASmallHeapWithNoStackTrace() throws Exception {
    try (var w = Files.newBufferedWriter(dir.resolve("huge.txt"))) {
      String block = "fine words ".repeat(6_000);
      for (int written = 0; written <= Inputs.MAX_DOCUMENT; written += block.length()) {
        w.write(block);
      }
    }
    Run r = runWith(List.of("-Xmx32m"), null, "check", "-q", "huge.txt", "samples/recruiter-draft.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("feedbackkit: huge.txt: error: " + Inputs.TOO_LARGE + "\n");
    assertThat(r.out()).contains("samples/recruiter-draft.txt");
    assertNoStackTrace(r);
  }

  @Test
  void checkReadsJsonLinesFromStdin() throws Exception {
    String doc = FeedbackJson.standard().write(FeedbackGenerators.realistic().valid(3L));
    Run r = run(doc + "\n" + doc + "\n", "check", "--format", "jsonl", "-q", "-");
    assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.contains("\"source\":\"<stdin>\""));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void demoShowsReportsTheEmailAndTheHtmlReport() throws Exception {
    Run r = run(null, "demo", "--output-dir", dir.resolve("out").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("examples/samples/onsite-debrief.json:20:73  error    fairness/protected-characteristic")
        .contains("Dear Priya Raman,")
        .contains(dir.resolve("out/onsite-debrief.html").toUri().toString());
    assertThat(dir.resolve("out/onsite-debrief.html")).content().containsIgnoringCase("<svg");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void renderEveryTarget() throws Exception {
    String doc = "samples/rejection-technical-interview.json";
    assertThat(run(null, "render", "--to", "candidate-email", doc).out())
        .startsWith("Dear Priya Raman,").doesNotContain("Internal: compare");
    assertThat(run(null, "render", "--to", "candidate-email-html", doc).out()).contains("Priya Raman").contains("<");
    assertThat(run(null, "render", "--to", "markdown", doc).out()).contains("Internal: compare");
    assertThat(run(null, "render", "--to", "html", doc).out()).containsIgnoringCase("<!doctype html");
    Run json = run(null, "render", "--to", "json", doc);
    assertThat(FeedbackJson.standard().read(json.out(), "rendered"))
        .isEqualTo(FeedbackJson.standard().read(DemoCommand.sample("rejection-technical-interview.json"), "sample"));
  }

  @Test
  void renderJsonOfJsonLinesIsJsonLines() throws Exception {
    Files.writeString(dir.resolve("b.jsonl"), DemoCommand.sample("batch.jsonl"));
    Run r = run(null, "render", "--to", "json", "b.jsonl");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(DemoCommand.sample("batch.jsonl").replace("\r", ""));
  }

  @Test
  void inspectShowsSentencesWordsAndSyllables() throws Exception {
    Files.writeString(dir.resolve("n.txt"), "Dr. Smith sized the cache. It worked!");
    Run r = run(null, "inspect", "--format", "jsonl", "n.txt");
    assertThat(r.exitCode()).isZero();
    JsonNode j = CheckTest.MAPPER.readTree(r.out());
    assertThat(j.get("sentences")).hasSize(2);
    assertThat(j.get("sentences").get(0).get("text").asText()).isEqualTo("Dr. Smith sized the cache.");
    assertThat(j.get("words").get(4).get("text").asText()).isEqualTo("cache");
    assertThat(j.get("words").get(4).get("syllables").asInt()).isEqualTo(1);
    assertThat(j.get("metrics").get("sentences").asInt()).isEqualTo(2);
  }

  @Test
  void tenThousandDocumentsGoThroughA32MegabyteHeap() throws Exception {
    Path batch = dir.resolve("batch.jsonl");
    try (var w = Files.newBufferedWriter(batch)) {
      for (int i = 0; i < 10_000; i++) {
        w.write(FeedbackJson.standard().write(FeedbackGenerators.realistic().valid(i)));
        w.write('\n');
      }
    }
    // a run that kept the documents or their reports would need far more than 32 MB of heap
    Run r = runWith(List.of("-Xmx32m"), null, "check", "--format", "jsonl", "batch.jsonl");
    assertThat(r.exitCode()).isBetween(0, 1);
    assertThat(r.out().lines()).hasSize(10_000);
    assertThat(r.err()).startsWith("10000 documents: ").contains(", 0 input errors");
    assertNoStackTrace(r);
  }
}
