package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own machinery (inputs, locations, ordering, formats, errors, exit codes) with
 * {@link FakeEngine}, whose findings can be computed by hand.
 */
class CheckMachineryTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir, settings -> {
      if (settings.policy() != null) {
        throw new InputProblem("unknown key 'treshold' (did you mean 'threshold'?)");
      }
      return new FakeEngine();
    });
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
  }

  @Test
  void aFindingInFreeTextIsPlacedAtItsLineAndColumnWithTheSuggestionUnderIt() throws IOException {
    write("note.txt", "Line one.\nIt was vague.\n");
    Cli.Result r = cli().run("check", "note.txt");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("note.txt  note.txt\n")
        .contains("REVISE  score 40/100")
        .contains("note.txt:2:8  warning  specificity/vague-evaluation  A verdict with no example.\n"
            + "    ↳ Name the situation.\n")
        .contains("1 document: 0 PASS, 1 REVISE, 0 input errors");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aFindingInAJsonDocumentPointsAtTheFileLineAndColumnBehindEscapes() throws IOException {
    // decoded "a", quote, "b", newline, then "vague" at offset 4; in the raw text a \" b \n take 6 chars
    write("doc.json", "{\n  \"id\": \"fb-1\",\n  \"kind\": \"CANDIDATE\",\n  \"summary\": \"a\\\"b\\nvague\"\n}\n");
    Cli.Result r = cli().run("check", "doc.json");
    // line 4: `  "summary": "` is 14 chars, so the string's first char is column 15; +6 = 21
    assertThat(r.out()).contains("doc.json:4:21  warning");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void unicodeEscapesCountAsOneCharacterOfTheFieldButSixColumnsOfTheFile() throws IOException {
    // decoded "été vague": "vague" at offset 4; raw \u00e9 t \u00e9 space = 6 + 1 + 6 + 1 = 14 chars
    write("d.json", "{\"id\":\"e\",\"kind\":\"EMPLOYEE\",\"summary\":\"\\u00e9t\\u00e9 vague\"}");
    // the summary's opening quote is column 39, so its text starts at column 40; 40 + 14 = 54
    assertThat(cli().run("check", "d.json").out()).contains("d.json:1:54  warning");
  }

  @Test
  void findingsInAJsonLinesFileNameTheLineOfTheDocument() throws IOException {
    write("b.jsonl", "{\"id\":\"a\",\"kind\":\"CANDIDATE\",\"summary\":\"fine\"}\n\n{\"id\":\"b\",\"kind\":\"EMPLOYEE\",\"summary\":\"so vague\"}\n");
    Cli.Result r = cli().run("check", "b.jsonl");
    // line 3: the summary's opening quote is column 39, "so " takes 40-42, "vague" is column 43
    assertThat(r.out()).contains("b.jsonl:3  b\n").contains("b.jsonl:3:43  warning");
    assertThat(r.out()).contains("2 documents: 1 PASS, 1 REVISE, 0 input errors");
  }

  @Test
  void passingInputsExitZero() throws IOException {
    write("ok.txt", "Fine and specific.");
    Cli.Result r = cli().run("check", "ok.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("PASS  score 90/100").contains("no findings");
  }

  @Test
  void failOnDecidesWhatExitsOne() throws IOException {
    write("warn.txt", "vague");
    write("err.txt", "too old");
    assertThat(cli().run("check", "warn.txt").exitCode()).isEqualTo(1);
    assertThat(cli().run("check", "--fail-on", "error", "warn.txt").exitCode()).isZero();
    assertThat(cli().run("check", "--fail-on", "error", "err.txt").exitCode()).isEqualTo(1);
    assertThat(cli().run("check", "--fail-on", "never", "err.txt").exitCode()).isZero();
    Cli.Result bad = cli().run("check", "--fail-on", "sometimes", "err.txt");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("invalid value for --fail-on: 'sometimes' (expected revise, error or never)");
  }

  @Test
  void aMissingFileExitsTwoAndTheOtherInputsAreStillChecked() throws IOException {
    write("ok.txt", "fine");
    Cli.Result r = cli().run("check", "--format", "jsonl", "missing.json", "ok.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("feedbackkit: missing.json: error: no such file\n");
    assertThat(r.out()).isEqualTo("{\"source\":\"ok.txt\",\"feedbackId\":\"ok.txt\",\"verdict\":\"PASS\"}\n");
    assertThat(r.err()).contains("1 document: 1 PASS, 0 REVISE, 1 input error");
  }

  @Test
  void malformedJsonIsNamedWithFileLineAndColumn() throws IOException {
    write("b.jsonl", "{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n{\"id\": \"b\",, }\n{\"id\":\"c\",\"kind\":\"CANDIDATE\"}\n");
    Cli.Result r = cli().run("check", "--format", "jsonl", "b.jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).containsPattern("feedbackkit: b\\.jsonl:2:12: error: malformed JSON: Unexpected character");
    assertThat(r.out()).contains("\"feedbackId\":\"a\"").contains("\"feedbackId\":\"c\"");
  }

  @Test
  void anInvalidDocumentListsEveryViolationWithItsField() throws IOException {
    write("b.jsonl", "{\"summary\":\"x\"}\n");
    Cli.Result r = cli().run("check", "b.jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("feedbackkit: b.jsonl:1: error: invalid feedback document\n"
            + "    id: must not be null\n"
            + "    kind: must not be null\n");
  }

  @Test
  void aBadPolicyExitsTwoNamingTheFile() throws IOException {
    write("ok.txt", "fine");
    Cli.Result r = cli().run("check", "--policy", "policy.json", "ok.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("feedbackkit: policy.json: error: unknown key 'treshold' (did you mean 'threshold'?)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badUsageExitsTwoWithAHint() {
    Cli.Result r = cli().run("check", "--now", "yesterday", "x.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("invalid value for --now: 'yesterday'");
    Cli.Result unknown = cli().run("check", "--colour", "x.txt");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'").contains("Try 'feedbackkit check --help'");
    assertThat(cli().run("check").exitCode()).isEqualTo(2);
  }

  @Test
  void jsonPrintsOneObjectForOneInputAndAnArrayForSeveral() throws IOException {
    write("a.txt", "fine");
    write("b.txt", "vague");
    assertThat(cli().run("check", "--format", "json", "a.txt").out())
        .isEqualTo("{\"source\":\"a.txt\",\"feedbackId\":\"a.txt\",\"verdict\":\"PASS\"}\n");
    assertThat(cli().run("check", "--format", "json", "a.txt", "b.txt").out())
        .isEqualTo("[\n{\"source\":\"a.txt\",\"feedbackId\":\"a.txt\",\"verdict\":\"PASS\"},\n"
            + "{\"source\":\"b.txt\",\"feedbackId\":\"b.txt\",\"verdict\":\"REVISE\"}\n]\n");
  }

  @Test
  void markdownIsATableAndHtmlComesFromTheRenderer() throws IOException {
    write("a.txt", "fine");
    assertThat(cli().run("check", "--format", "markdown", "a.txt").out())
        .startsWith("## PASS: a\\.txt (score 90/100)\n\nSource: a\\.txt\n\n| Dimension | Score | Result |\n")
        .contains("| timeliness | – | not assessed |\n| specificity | 90 | pass |\n")
        .endsWith("No findings.\n\n");
    assertThat(cli().run("check", "--format", "HTML", "a.txt").out()).startsWith("<!doctype html><title>a.txt</title>");
  }

  @Test
  void stdinIsJsonLinesTextOrOneDocumentByItsFirstLine() {
    Cli.Result lines = cli().stdin("{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n{\"id\":\"b\",\"kind\":\"CANDIDATE\"}\n")
        .run("check", "--format", "jsonl", "-");
    assertThat(lines.out()).isEqualTo(
        "{\"source\":\"<stdin>\",\"line\":1,\"feedbackId\":\"a\",\"verdict\":\"PASS\"}\n"
            + "{\"source\":\"<stdin>\",\"line\":2,\"feedbackId\":\"b\",\"verdict\":\"PASS\"}\n");
    Cli.Result doc = cli().stdin("{\n \"id\": \"d\",\n \"kind\": \"EMPLOYEE\"\n}\n").run("check", "--format", "jsonl", "-");
    assertThat(doc.out()).contains("\"feedbackId\":\"d\"");
    Cli.Result text = cli().stdin("Plain words, old habits.").run("check", "-");
    assertThat(text.out()).contains("<stdin>:1:14  error  ");
    assertThat(text.exitCode()).isEqualTo(1);
  }

  @Test
  void aDirectoryMeansItsFilesInNameOrder() throws IOException {
    Files.createDirectory(dir.resolve("notes"));
    Files.writeString(dir.resolve("notes/b.txt"), "fine");
    Files.writeString(dir.resolve("notes/a.txt"), "fine");
    Files.writeString(dir.resolve("notes/skip.png"), "x");
    assertThat(cli().run("check", "--format", "jsonl", "notes").out())
        .isEqualTo("{\"source\":\"notes/a.txt\",\"feedbackId\":\"a.txt\",\"verdict\":\"PASS\"}\n"
            + "{\"source\":\"notes/b.txt\",\"feedbackId\":\"b.txt\",\"verdict\":\"PASS\"}\n");
  }

  @Test
  void anUnsupportedFileTypeIsABadInput() throws IOException {
    write("x.csv", "a,b");
    Cli.Result r = cli().run("check", "x.csv");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("x.csv: error: unsupported input");
  }

  @Test
  void colorOnlyOnATerminal() throws IOException {
    write("a.txt", "vague");
    assertThat(cli().run("check", "a.txt").out()).doesNotContain("\u001b[");
    assertThat(cli().terminal().run("check", "a.txt").out()).contains("\u001b[1;31mREVISE\u001b[0m");
  }

  @Test
  void aBigBatchComesOutCompleteAndInInputOrderOnManyThreads() throws IOException {
    StringBuilder b = new StringBuilder();
    int n = 3000;
    for (int i = 0; i < n; i++) {
      b.append("{\"id\":\"d").append(i).append("\",\"kind\":\"CANDIDATE\",\"summary\":\"")
          .append(i % 3 == 0 ? "vague " : "fine ").append("x".repeat(i % 50)).append("\"}\n");
    }
    write("big.jsonl", b.toString());
    Cli.Result r = cli().run("check", "--format", "jsonl", "--threads", "4", "big.jsonl");
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\"feedbackId\":\"(d\\d+)\"").matcher(r.out());
    while (m.find()) {
      ids.add(m.group(1));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add("d" + i);
    }
    assertThat(ids).isEqualTo(expected);
    assertThat(r.err()).contains("3000 documents: 2000 PASS, 1000 REVISE, 0 input errors");
    assertThat(r.err()).as("no progress bar when stderr is not a terminal").doesNotContain("\r");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void hostileTextCannotDriveTheTerminal() throws IOException {
    write("evil\u202e.txt", "vague \u001b[31m\u202e old");
    Cli.Result r = cli().run("check", "evil\u202e.txt");
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u202e").contains("evil\\u202E.txt:1:1");
  }
}
