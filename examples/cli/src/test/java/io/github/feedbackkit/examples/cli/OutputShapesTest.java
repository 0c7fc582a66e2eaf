package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.render.json.FeedbackJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of the machine formats follow from the command line, never from the data: {@code
 * --format json} is one object for one named document and an array otherwise; {@code inspect
 * --format jsonl} is one line per input (per line of a {@code .jsonl}); {@code --format html} takes
 * one input; a report of a {@code .jsonl} line names its line.
 */
class OutputShapesTest {
  @TempDir Path dir;

  private final AtomicInteger enginesCreated = new AtomicInteger();

  private Cli cli() {
    return new Cli(dir, settings -> {
      enginesCreated.incrementAndGet();
      return new FakeEngine();
    });
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
  }

  private static JsonNode parse(String json) throws IOException {
    return CheckTest.MAPPER.readTree(json);
  }

  @Test
  void checkJsonIsAnObjectForOneNamedTextOrJsonFileOrOneDocumentOnStdin() throws IOException {
    write("a.txt", "fine");
    write("d.json", "{\"id\":\"d\",\"kind\":\"CANDIDATE\"}");
    assertThat(parse(cli().run("check", "--format", "json", "a.txt").out()).isObject()).isTrue();
    assertThat(parse(cli().run("check", "--format", "json", "d.json").out()).isObject()).isTrue();
    Cli.Result stdin = cli().stdin("{\n\"id\":\"s\",\"kind\":\"CANDIDATE\"}\n").run("check", "--format", "json", "-");
    assertThat(parse(stdin.out()).get("feedbackId").asText()).isEqualTo("s");
  }

  @Test
  void checkJsonIsAnArrayForAJsonLinesFileADirectoryOrJsonLinesOnStdinEvenOfOneReport() throws IOException {
    write("one.jsonl", "{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n");
    Files.createDirectory(dir.resolve("notes"));
    write("notes/a.txt", "fine");
    JsonNode jsonl = parse(cli().run("check", "--format", "json", "one.jsonl").out());
    assertThat(jsonl.isArray()).isTrue();
    assertThat(jsonl).hasSize(1);
    JsonNode directory = parse(cli().run("check", "--format", "json", "notes").out());
    assertThat(directory.isArray()).isTrue();
    assertThat(directory.get(0).get("source").asText()).isEqualTo("notes/a.txt");
    Cli.Result stdin = cli().stdin("{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n").run("check", "--format", "json", "-");
    assertThat(parse(stdin.out()).isArray()).isTrue();
  }

  @Test
  void checkJsonIsAnEmptyArrayWhenNoInputOfSeveralCouldBeChecked() throws IOException {
    write("bad.jsonl", "{oops\n");
    Cli.Result r = cli().run("check", "--format", "json", "bad.jsonl", "nope.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEqualTo("[]\n");
  }

  @Test
  void reportsOfAJsonLinesFileNameTheirLineSoAFailedLineCanBeMatched() throws IOException {
    write("b.jsonl", "{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n\n{oops\n{\"id\":\"c\",\"kind\":\"CANDIDATE\"}\n");
    write("a.txt", "fine");
    Cli.Result r = cli().run("check", "--format", "jsonl", "b.jsonl", "a.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(parse(lines.get(0)).get("line").asInt()).isEqualTo(1);
    assertThat(parse(lines.get(1)).get("line").asInt()).isEqualTo(4);
    assertThat(parse(lines.get(2)).has("line")).isFalse();
    assertThat(r.err()).contains("b.jsonl:3:");
  }

  @Test
  void htmlWithSeveralInputsIsRefusedBeforeAnyWork() throws IOException {
    write("a.txt", "fine");
    write("b.txt", "fine");
    write("c.jsonl", "{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n");
    for (String[] args : List.of(new String[] {"a.txt", "b.txt"}, new String[] {"c.jsonl"}, new String[] {"."})) {
      String[] all = new String[args.length + 3];
      all[0] = "check";
      all[1] = "--format";
      all[2] = "html";
      System.arraycopy(args, 0, all, 3, args.length);
      Cli.Result r = cli().run(all);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err()).as(String.join(" ", args)).contains("--format html takes exactly one input");
    }
    assertThat(enginesCreated).hasValue(0);
    Cli.Result lines = cli().stdin("{\"id\":\"a\",\"kind\":\"CANDIDATE\"}\n{\"id\":\"b\",\"kind\":\"CANDIDATE\"}\n")
        .run("check", "--format", "html", "-");
    assertThat(lines.exitCode()).isEqualTo(2);
    assertThat(lines.out()).isEmpty();
    assertThat(lines.err()).contains("--format html takes exactly one input");
    assertThat(cli().run("check", "--format", "html", "a.txt").out()).startsWith("<!doctype html>");
  }

  @Test
  void inspectJsonLinesIsOneLinePerInputAndOnePerDocumentLine() throws IOException {
    write("a.txt", "Hello there.");
    String sample = DemoCommand.sample("onsite-debrief.json");
    write("d.json", sample);
    Feedback f = FeedbackJson.standard().read(sample, "sample");
    int fields = (f.summary().isPresent() ? 1 : 0) + f.observations().size() + f.actions().size();
    assertThat(fields).isGreaterThan(2);
    List<String> batch = DemoCommand.sample("batch.jsonl").lines().limit(2).toList();
    write("b.jsonl", batch.get(0) + "\n" + batch.get(1) + "\n");
    Cli.Result r = new Cli(dir, LibraryEngine::create).run("inspect", "--format", "jsonl", "a.txt", "d.json", "b.jsonl");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).as(r.err()).hasSize(4);
    assertThat(parse(lines.get(0)).get("sentences")).hasSize(1);
    JsonNode doc = parse(lines.get(1));
    assertThat(doc.get("source").asText()).isEqualTo("d.json");
    assertThat(doc.get("fields")).hasSize(fields);
    JsonNode last = doc.get("fields").get(fields - 1);
    assertThat(last.get("field").asText()).startsWith(f.actions().isEmpty() ? "observations[" : "actions[");
    assertThat(doc.get("metrics").get("words").asInt()).isGreaterThan(last.get("metrics").get("words").asInt());
    assertThat(parse(lines.get(2)).get("line").asInt()).isEqualTo(1);
    assertThat(parse(lines.get(3)).get("line").asInt()).isEqualTo(2);
    assertThat(parse(lines.get(3)).get("fields").isArray()).isTrue();
  }

  @Test
  void inspectJsonIsAnObjectForOneNamedDocumentAndAnArrayOtherwise() throws IOException {
    write("d.json", "{\"id\":\"d\",\"kind\":\"CANDIDATE\",\"summary\":\"Fine.\",\"observations\":[{\"text\":\"One.\"}]}");
    write("b.jsonl", "{\"id\":\"x\",\"kind\":\"CANDIDATE\",\"summary\":\"A.\"}\n");
    assertThat(parse(cli().run("inspect", "--format", "json", "d.json").out()).isObject()).isTrue();
    JsonNode jsonl = parse(cli().run("inspect", "--format", "json", "b.jsonl").out());
    assertThat(jsonl.isArray()).isTrue();
    assertThat(jsonl).hasSize(1);
  }

  @Test
  void inspectMetricsHaveTwoDecimalPlacesLikeTheReport() throws IOException {
    write("a.txt", "The cache was sized carefully. Latency dropped by a third after the change shipped.");
    Cli.Result r = new Cli(dir, LibraryEngine::create).run("inspect", "--format", "jsonl", "a.txt");
    JsonNode m = parse(r.out()).get("metrics");
    for (String key : List.of("fleschReadingEase", "fleschKincaidGrade", "averageSentenceLength")) {
      String text = m.get(key).toString();
      int dot = text.indexOf('.');
      assertThat(dot).as(key + " " + text).isPositive();
      assertThat(text.length() - dot - 1).as(key + " " + text).isBetween(1, 2);
    }
  }
}
