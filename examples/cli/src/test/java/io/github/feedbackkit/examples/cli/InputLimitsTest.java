package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input larger than {@link Inputs#MAX_DOCUMENT} (8 MiB) is a bad input (exit 2, named with its
 * file and line), never read whole into memory, and the other inputs are still checked.
 */
class InputLimitsTest {
  /** A little over the cap: big enough to cross it, small enough to keep the test fast. */
  static final int OVER = Inputs.MAX_DOCUMENT + 600_000;

  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir, settings -> new FakeEngine());
  }

  private static void writeRepeated(Writer w, String unit, int chars) throws IOException {
    String block = unit.repeat(Math.max(1, 65_536 / unit.length()));
    int written = 0;
    while (written < chars) {
      int n = Math.min(block.length(), chars - written);
      w.write(block, 0, n);
      written += n;
    }
  }

  @Test
  void aTextFileOverTheCapIsABadInputAndTheOthersAreStillChecked() throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("huge.txt"))) {
      writeRepeated(w, "fine words ", OVER);
    }
    Files.writeString(dir.resolve("a.txt"), "fine");
    Cli.Result r = cli().run("check", "--format", "jsonl", "huge.txt", "a.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("huge.txt: error: input larger than 8 MiB").doesNotContain("OutOfMemoryError");
    assertThat(r.out()).isEqualTo("{\"source\":\"a.txt\",\"feedbackId\":\"a.txt\",\"verdict\":\"PASS\"}\n");
  }

  @Test
  void aJsonFileOverTheCapIsABadInput() throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("huge.json"))) {
      w.write("{\"id\":\"x\",\"kind\":\"CANDIDATE\",\"summary\":\"");
      writeRepeated(w, "fine ", OVER);
      w.write("\"}");
    }
    Cli.Result r = cli().run("check", "huge.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("huge.json: error: input larger than 8 MiB");
  }

  @Test
  void anOverLongLineOfJsonLinesIsNamedByItsLineAndTheNextLinesAreChecked() throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("b.jsonl"))) {
      w.write("{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n");
      w.write("{\"id\":\"huge\",\"kind\":\"CANDIDATE\",\"summary\":\"");
      writeRepeated(w, "fine ", OVER);
      w.write("\"}\n");
      w.write("{\"id\":\"c\",\"kind\":\"CANDIDATE\"}\n");
    }
    Cli.Result r = cli().run("check", "--format", "jsonl", "b.jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("b.jsonl:2: error: input larger than 8 MiB");
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out()).contains("\"feedbackId\":\"a\"").contains("\"feedbackId\":\"c\"");
  }

  @Test
  void stdinOverTheCapIsABadInput() {
    Cli.Result r = cli().stdin("fine ".repeat(OVER / 5)).run("check", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("<stdin>: error: input larger than 8 MiB");
  }

  @Test
  void inspectRefusesAnInputOverTheCapToo() throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("huge.txt"))) {
      writeRepeated(w, "fine words ", OVER);
    }
    Cli.Result r = cli().run("inspect", "huge.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("huge.txt: error: input larger than 8 MiB");
  }

  @Test
  void theLineReaderSkipsAnOverLongLineAndKeepsEveryTerminator() throws IOException {
    LineReader r = new LineReader(new StringReader("ab\r\n" + "x".repeat(10) + "\ncd\rlast"), 5);
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      lines.add(line == LineReader.TOO_LONG ? "<too long>" : line);
    }
    assertThat(lines).containsExactly("ab", "<too long>", "cd", "last");
  }

  @Test
  void aLineOfExactlyTheCapIsKeptAndAnEmptyLineIsEmpty() throws IOException {
    LineReader r = new LineReader(new StringReader("12345\n\n123456\n"), 5);
    assertThat(r.readLine()).isEqualTo("12345");
    assertThat(r.readLine()).isEqualTo("");
    assertThat(r.readLine()).isSameAs(LineReader.TOO_LONG);
    assertThat(r.readLine()).isNull();
  }
}
