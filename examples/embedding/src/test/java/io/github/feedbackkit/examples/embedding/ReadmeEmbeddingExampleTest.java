package io.github.feedbackkit.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's embedding example true: it compiles, runs, and is the real example class. */
class ReadmeEmbeddingExampleTest {
  /**
   * A line the example prints. The document it builds is valid, so the validator finds nothing.
   * Change it together with the example.
   */
  /** The report line and the greeting of the rendered message. */
  private static final String EXPECTED_OUTPUT = "Dear Ada,";

  private static final String REPORT_LINE = "score \\d{1,3}, verdict (PASS|REVISE)";

  private static final Path MODULE_DIR =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path README = MODULE_DIR.resolve("../../README.md").normalize();
  private static final Path EXAMPLE_SOURCE =
      MODULE_DIR.resolve(
          "src/main/java/io/github/feedbackkit/examples/embedding/EmbeddingExample.java");

  private static ReadmeExample readmeExample() throws IOException {
    if (!Files.isRegularFile(README)) {
      throw new AssertionError("README.md not found at " + README);
    }
    return ReadmeExample.extract(Files.readString(README, UTF_8));
  }

  @Test
  void readmeExampleCompilesAndRunsAgainstTheLibrary(@TempDir Path classes) throws Exception {
    ReadmeExample example = readmeExample();

    InProcessJava.compile(example.className(), example.code(), classes);
    String printed = InProcessJava.runMain(example.className(), classes);

    assertThat(printed).as("what the README's example printed").contains(EXPECTED_OUTPUT);
    assertThat(printed.lines()).as("the report line").anyMatch(l -> l.matches(REPORT_LINE));
  }

  @Test
  void readmeExampleIsTheCodeOfEmbeddingExampleJava() throws IOException {
    String source = Files.readString(EXAMPLE_SOURCE, UTF_8);
    String withoutPackage =
        source
            .lines()
            .filter(line -> !line.startsWith("package "))
            .collect(Collectors.joining("\n"));

    assertThat(ReadmeExample.withoutWhitespace(readmeExample().code()))
        .as("README.md's embedding example must equal %s without its package line (whitespace"
            + " aside): change both together", MODULE_DIR.relativize(EXAMPLE_SOURCE))
        .isEqualTo(ReadmeExample.withoutWhitespace(withoutPackage));
  }

  @Test
  void compiledExampleClassPrintsWhatTheReadmeCopyPrints(@TempDir Path classes) throws Exception {
    ReadmeExample example = readmeExample();
    InProcessJava.compile(example.className(), example.code(), classes);

    String fromReadme = InProcessJava.runMain(example.className(), classes);
    String fromClass = InProcessJava.runMain(EmbeddingExample.class.getName(), null);

    assertThat(fromClass).isEqualTo(fromReadme);
  }

  @Test
  void extractionTakesTheJavaBlockRightAfterTheMarker() {
    String readme =
        "# Title\n```java\nclass Other {}\n```\n<!-- embedding-example -->\n\n```java\n"
            + "public final class Demo {\n  public static void main(String[] a) {}\n}\n```\nafter\n";

    ReadmeExample example = ReadmeExample.extract(readme);

    assertThat(example.className()).isEqualTo("Demo");
    assertThat(example.code())
        .isEqualTo("public final class Demo {\n  public static void main(String[] a) {}\n}\n");
  }

  @Test
  void missingMarkerIsReportedByName() {
    assertThatThrownBy(() -> ReadmeExample.extract("# Title\n```java\nclass A {}\n```\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no marker line <!-- embedding-example -->");
  }

  @Test
  void markerWithoutJavaBlockIsReported() {
    assertThatThrownBy(() -> ReadmeExample.extract("<!-- embedding-example -->\nSome text.\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("(line 1) must be followed by a ```java code block");
  }

  @Test
  void unclosedJavaBlockIsReported() {
    assertThatThrownBy(
            () -> ReadmeExample.extract("<!-- embedding-example -->\n```java\npublic class A {}\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("(line 2) is never closed");
  }

  @Test
  void blockWithoutPublicClassIsReported() {
    assertThatThrownBy(
            () -> ReadmeExample.extract("<!-- embedding-example -->\n```java\nclass A {}\n```\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("declares no public class");
  }

  @Test
  void exampleThatDoesNotCompileFailsWithTheCompilerMessage(@TempDir Path classes) {
    assertThatThrownBy(
            () -> InProcessJava.compile("Broken", "public class Broken { int x = \"s\"; }", classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not compile")
        .hasMessageContaining("line 1");
  }

  @Test
  void exampleWhoseMainThrowsFailsNamingTheException(@TempDir Path classes) throws Exception {
    InProcessJava.compile(
        "Throws",
        "public class Throws { public static void main(String[] a) {"
            + " throw new IllegalStateException(\"boom\"); } }",
        classes);

    assertThatThrownBy(() -> InProcessJava.runMain("Throws", classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Throws.main threw java.lang.IllegalStateException: boom");
  }
}
