package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile texts, checked by the real engine: each gives a normal report (exit 0 or 1) with no
 * stack trace, in every format, and nothing in the text output can drive the terminal.
 */
class HostileInputTest {
  @TempDir Path dir;

  static Map<String, String> hostileTexts() {
    Map<String, String> texts = new TreeMap<>();
    texts.put("one-2mb-word.txt", "a".repeat(2_000_000));
    texts.put("empty-lines.txt", "\n".repeat(200_000));
    StringBuilder controls = new StringBuilder();
    for (int round = 0; round < 200; round++) {
      for (char c = 0; c < 0x20; c++) {
        controls.append(c);
      }
      for (char c = 0x7f; c <= 0x9f; c++) {
        controls.append(c);
      }
      controls.append("word ");
    }
    texts.put("control-characters.txt", controls.toString());
    texts.put(
        "bidi-emoji-combining.txt",
        "\u202EYou did great\u202C 👩🏽‍💻 e\u0301\u0301\u0301 \u2067نص عربي\u2069 \u200F🇺🇳 Z\u0351\u0352\u0353. ".repeat(10_000));
    texts.put("dots.txt", ".".repeat(500_000));
    texts.put("nested-quotes.txt", "(\"".repeat(100_000) + "vague" + "\")".repeat(100_000));
    return texts;
  }

  private Cli cli() {
    return new Cli(dir, LibraryEngine::create);
  }

  @Test
  void eachHostileTextGetsANormalReportInTextFormat() throws IOException {
    for (Map.Entry<String, String> e : hostileTexts().entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
      Cli.Result r = cli().run("check", e.getKey());
      assertThat(r.exitCode()).as(e.getKey()).isBetween(0, 1);
      assertThat(r.err()).as(e.getKey()).isEmpty();
      assertThat(r.out()).as(e.getKey()).contains("score ").contains("1 document: ");
      String withoutNewlines = r.out().replace("\n", "");
      for (char c : withoutNewlines.toCharArray()) {
        assertThat(Safe.needsEscape(c)).as(e.getKey() + " printed U+%04X", (int) c).isFalse();
      }
    }
  }

  @Test
  void hostileTextsGiveValidJsonLinesInInputOrder() throws IOException {
    Map<String, String> texts = hostileTexts();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
    Cli.Result r = cli().run(concat("check", "--format", "jsonl", texts.keySet().toArray(String[]::new)));
    assertThat(r.exitCode()).isBetween(0, 1);
    assertThat(r.out().lines()).hasSize(texts.size());
    int i = 0;
    String[] names = texts.keySet().toArray(String[]::new);
    for (String line : r.out().lines().toList()) {
      assertThat(line).contains("\"source\":\"" + names[i++] + "\"");
      try (JsonParser p = Json.FACTORY.createParser(line)) {
        while (p.nextToken() != null) {
          // parses to the end
        }
      }
    }
    assertThat(r.err()).doesNotContain("\tat ").contains("6 documents");
  }

  @Test
  void hostileTextsAreInspectedToo() throws IOException {
    for (Map.Entry<String, String> e : hostileTexts().entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
      Cli.Result r = cli().run("inspect", "--format", "jsonl", e.getKey());
      assertThat(r.exitCode()).as(e.getKey()).isZero();
      assertThat(r.out()).as(e.getKey()).startsWith("{\"source\":\"" + e.getKey() + "\"");
    }
  }

  static String[] concat(String a, String b, String c, String[] rest) {
    String[] out = new String[rest.length + 3];
    out[0] = a;
    out[1] = b;
    out[2] = c;
    System.arraycopy(rest, 0, out, 3, rest.length);
    return out;
  }
}
