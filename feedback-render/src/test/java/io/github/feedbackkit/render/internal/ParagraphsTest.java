package io.github.feedbackkit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Summaries are split into paragraphs by a character scan, never by a regular expression. */
class ParagraphsTest {
  /** The splitting the renderer used before: the oracle for the scan (test code only). */
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

  private static List<String> oracle(String text) {
    List<String> out = new ArrayList<>();
    for (String p : BLANK_LINE.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
      String t = p.replaceAll("^[ \t\n\r]+|[ \t\n\r]+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void blankLinesOfSpacesAndTabsSeparateParagraphsAndLineBreaksInsideAreKept() {
    assertThat(Texts.paragraphs(" One\r\ntwo \n \t\n\n\rThree\u00A0\n\n")).containsExactly("One\ntwo", "Three\u00A0");
    assertThat(Texts.paragraphs("\u00A0\n\nx")).containsExactly("\u00A0", "x");
    assertThat(Texts.paragraphs("")).isEmpty();
    assertThat(Texts.paragraphs(" \n\t\r\n")).isEmpty();
  }

  @Test
  void scanSplitsLikeTheBlankLineRegexItReplaces() {
    qt().withFixedSeed(20261124L)
        .withExamples(3000)
        .forAll(SourceDSL.strings().betweenCodePoints(0, 5).ofLengthBetween(0, 24)
            .map(s -> s.chars().collect(StringBuilder::new, (b, c) -> b.append(" \t\n\ra".charAt(c % 5)), StringBuilder::append).toString()))
        .checkAssert(s -> assertThat(Texts.paragraphs(s)).as("%s", s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")).isEqualTo(oracle(s)));
  }

  @Test
  void noMainSourceOfTheRendererUsesRegularExpressions() throws IOException {
    Path main = Path.of("src/main/java");
    assertThat(main).isDirectory();
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String src = Files.readString(p);
        for (String use : List.of("java.util.regex", ".split(", ".replaceAll(", ".replaceFirst(", ".matches(")) {
          if (src.contains(use)) {
            offenders.add(main.relativize(p) + " uses " + use);
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}
