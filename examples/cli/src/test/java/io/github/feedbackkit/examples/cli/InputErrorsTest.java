package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.core.Feedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs read by the real document reader: each named with file, line, column and field. */
class InputErrorsTest {
  @TempDir Path dir;

  /** Real reading, stand-in analysis: only the reading is under test here. */
  private Cli cli() throws InputProblem {
    Engine real = LibraryEngine.create(EngineFactory.Settings.defaults());
    return new Cli(dir, s -> new FakeEngine() {
      @Override
      public Feedback readFeedback(String json) throws InputProblem {
        return real.readFeedback(json);
      }
    });
  }

  static final String GOOD =
      "{\"id\":\"ok-1\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"s\"},\"summary\":\"Fine work.\"}";

  @Test
  void malformedJsonInAJsonLinesFileNamesItsLineAndColumnAndTheRestIsChecked() throws Exception {
    Files.writeString(dir.resolve("b.jsonl"), GOOD + "\n" + "{\"id\":\"x\" \"kind\":1}\n" + GOOD.replace("ok-1", "ok-3") + "\n");
    Cli.Result r = cli().run("check", "--format", "jsonl", "b.jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    // the second line: `{"id":"x"` takes columns 1-9, a space, then the unexpected quote at 11
    assertThat(r.err()).containsPattern("feedbackkit: b\\.jsonl:2:11: error: .*");
    assertThat(r.out()).contains("\"feedbackId\":\"ok-1\"").contains("\"feedbackId\":\"ok-3\"");
    assertThat(r.err()).contains("2 documents: 2 PASS, 0 REVISE, 1 input error");
  }

  @Test
  void anUnknownFieldIsNamed() throws Exception {
    Files.writeString(dir.resolve("d.json"), "{\n  \"id\": \"x\",\n  \"kind\": \"EMPLOYEE\",\n  \"subjekt\": {\"id\": \"s\"}\n}\n");
    Cli.Result r = cli().run("check", "d.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("feedbackkit: d.json:4:").contains("subjekt");
    assertThat(r.out()).contains("0 documents: 0 PASS, 0 REVISE, 1 input error");
  }

  @Test
  void anInvalidDocumentListsEveryViolationWithItsFieldPath() throws Exception {
    Files.writeString(
        dir.resolve("b.jsonl"),
        "\n{\"id\":\"bad id!\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"s\"},\"observations\":[{\"type\":\"STRENGTH\",\"text\":\"ok\",\"rating\":9}]}\n");
    Cli.Result r = cli().run("check", "b.jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("feedbackkit: b.jsonl:2: error: invalid feedback document (2 problems)\n")
        .contains("    id: ")
        .contains("    observations[0].rating: ");
  }

  @Test
  void theBundledSamplesReadWithoutErrors() throws Exception {
    Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
    Cli.Result r = new Cli(samples, cli()::engine).run("check", "--format", "jsonl", ".");
    assertThat(r.err()).contains("input errors").doesNotContain("error:");
  }
}
