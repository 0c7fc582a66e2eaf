package io.github.feedbackkit.examples.embedding;

import java.util.List;

/**
 * The Java code block that follows the marker line {@value #MARKER} in a README, and the name of
 * the public class it declares.
 */
record ReadmeExample(String code, String className) {
  static final String MARKER = "<!-- embedding-example -->";

  /**
   * Finds the example in a README's text.
   *
   * @throws IllegalStateException naming what is missing: the marker, the {@code ```java} block
   *     right after it, its closing fence, or a public class in it
   */
  static ReadmeExample extract(String readme) {
    List<String> lines = readme.lines().toList();
    int marker = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(MARKER)) {
        if (marker >= 0) {
          throw new IllegalStateException(
              "README.md has the marker line " + MARKER + " twice (lines " + (marker + 1) + " and "
                  + (i + 1) + "); keep one, right before the embedding example");
        }
        marker = i;
      }
    }
    if (marker < 0) {
      throw new IllegalStateException(
          "README.md has no marker line " + MARKER + "; put it right before the ```java block of"
              + " the embedding example");
    }
    int fence = marker + 1;
    while (fence < lines.size() && lines.get(fence).isBlank()) {
      fence++;
    }
    if (fence >= lines.size() || !lines.get(fence).trim().equals("```java")) {
      throw new IllegalStateException(
          "README.md: the marker line " + MARKER + " (line " + (marker + 1) + ") must be followed"
              + " by a ```java code block");
    }
    StringBuilder code = new StringBuilder();
    for (int i = fence + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.trim().equals("```")) {
        return new ReadmeExample(code.toString(), publicClassName(code.toString(), fence + 1));
      }
      code.append(line).append('\n');
    }
    throw new IllegalStateException(
        "README.md: the ```java block of the embedding example (line " + (fence + 1)
            + ") is never closed with ```");
  }

  /** The identifier after {@code public class} (or {@code public final class}). */
  private static String publicClassName(String code, int blockLine) {
    for (String line : code.lines().toList()) {
      String t = line.trim();
      for (String prefix : List.of("public class ", "public final class ")) {
        if (t.startsWith(prefix)) {
          String rest = t.substring(prefix.length());
          int end = 0;
          while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
            end++;
          }
          if (end > 0) {
            return rest.substring(0, end);
          }
        }
      }
    }
    throw new IllegalStateException(
        "README.md: the embedding example (line " + blockLine + ") declares no public class;"
            + " it must be a complete class with a main method");
  }

  /** The text without any whitespace, to compare two copies of the same code. */
  static String withoutWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
