package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo, inspect and render around a stand-in engine: inputs, formats, errors, exit codes. */
class CommandsMachineryTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir, s -> new FakeEngine());
  }

  @Test
  void demoShowsEverySampleTheEmailAndWhereTheHtmlReportIs() throws IOException {
    Cli.Result r = cli().run("demo", "--output-dir", dir.resolve("out").toString());
    assertThat(r.exitCode()).isZero();
    for (String name : DemoCommand.SAMPLE_FILES) {
      assertThat(r.out()).contains("examples/samples/" + name);
    }
    assertThat(r.out())
        .contains("5 documents:")
        .contains("The e-mail the candidate receives")
        .contains("candidate-email:cand-2026-0412-tech")
        .contains("Annotated HTML report");
    Path html = dir.resolve("out/onsite-debrief.html");
    assertThat(html).exists();
    assertThat(r.out()).contains(html.toUri().toString());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void demoWithoutAnOutputDirWritesToANewTempFolderEachRunNotAFixedSharedPath() throws IOException {
    Path first = demoReport(cli().run("demo"));
    Path second = demoReport(cli().run("demo"));
    try {
      assertThat(first).exists().hasFileName("onsite-debrief.html");
      assertThat(second).exists();
      assertThat(first.getParent()).isNotEqualTo(second.getParent());
      Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
      for (Path folder : List.of(first.getParent(), second.getParent())) {
        assertThat(folder.toRealPath().getParent()).isEqualTo(tmp);
        assertThat(folder.getFileName().toString()).startsWith("feedbackkit-demo").isNotEqualTo("feedbackkit-demo");
      }
    } finally {
      for (Path html : List.of(first, second)) {
        Files.deleteIfExists(html);
        Files.deleteIfExists(html.getParent());
      }
    }
  }

  /** The HTML report's path, from the line under "written to:". */
  private static Path demoReport(Cli.Result r) {
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).endsWith("written to:")) {
        return Path.of(URI.create(lines.get(i + 1).strip()));
      }
    }
    throw new AssertionError("no report path in: " + r.out());
  }

  @Test
  void renderWritesTheTargetForEachDocument() throws IOException {
    Files.writeString(dir.resolve("d.json"), "{\"id\":\"d-1\",\"kind\":\"CANDIDATE\"}");
    for (String to : new String[] {"candidate-email", "candidate-email-html", "markdown", "html", "json"}) {
      Cli.Result r = cli().run("render", "--to", to, "d.json");
      assertThat(r.exitCode()).as(to).isZero();
      assertThat(r.out()).as(to).isEqualTo(to + ":d-1\n");
    }
  }

  @Test
  void renderRefusesFreeTextAndUnknownTargets() throws IOException {
    Files.writeString(dir.resolve("n.txt"), "hello");
    Cli.Result text = cli().run("render", "--to", "markdown", "n.txt");
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.err()).isEqualTo("feedbackkit: n.txt: error: render needs a feedback document (.json or .jsonl), not free text\n");
    Cli.Result target = cli().run("render", "--to", "pdf", "n.txt");
    assertThat(target.exitCode()).isEqualTo(2);
    assertThat(target.err()).contains("invalid value for --to: 'pdf'");
    assertThat(cli().run("render", "n.txt").err()).contains("Missing required option: '--to=TARGET'");
  }

  @Test
  void inspectPrintsSentencesWordsAndMetricsAsJsonLinesInInputOrder() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Hello there.");
    Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\",\"kind\":\"EMPLOYEE\",\"summary\":\"Fine.\"}");
    Cli.Result r = cli().run("inspect", "--format", "jsonl", "a.txt", "b.json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines())
        .containsExactly(
            "{\"source\":\"a.txt\",\"sentences\":[{\"start\":0,\"end\":12,\"text\":\"Hello there.\"}],"
                + "\"words\":[{\"start\":0,\"end\":3,\"text\":\"Hel\",\"syllables\":1}],"
                + "\"metrics\":{\"characters\":0,\"words\":0,\"sentences\":0,\"syllables\":0,"
                + "\"fleschReadingEase\":0.0,\"fleschKincaidGrade\":0.0,\"averageSentenceLength\":0.0,\"longestSentenceWords\":0}}",
            "{\"source\":\"b.json\",\"fields\":[{\"field\":\"summary\",\"sentences\":[{\"start\":0,\"end\":5,\"text\":\"Fine.\"}],"
                + "\"words\":[{\"start\":0,\"end\":3,\"text\":\"Fin\",\"syllables\":1}],"
                + "\"metrics\":{\"characters\":0,\"words\":0,\"sentences\":0,\"syllables\":0,"
                + "\"fleschReadingEase\":0.0,\"fleschKincaidGrade\":0.0,\"averageSentenceLength\":0.0,\"longestSentenceWords\":0}}],"
                + "\"metrics\":{\"characters\":0,\"words\":0,\"sentences\":0,\"syllables\":0,"
                + "\"fleschReadingEase\":0.0,\"fleschKincaidGrade\":0.0,\"averageSentenceLength\":0.0,\"longestSentenceWords\":0}}");
  }

  @Test
  void inspectAsTextAndJsonAndItsErrors() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Hello there.");
    Cli.Result text = cli().run("inspect", "a.txt");
    assertThat(text.out()).startsWith("a.txt\n  0 sentences · 0 words").contains("  [0-12] Hello there.\n      Hel·1\n");
    assertThat(cli().run("inspect", "--format", "json", "a.txt").out()).startsWith("{\n  \"source\" : \"a.txt\",");
    Cli.Result missing = cli().run("inspect", "nope.txt", "a.txt");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("feedbackkit: nope.txt: error: no such file\n");
    assertThat(missing.out()).contains("[0-12] Hello there.");
  }
}
