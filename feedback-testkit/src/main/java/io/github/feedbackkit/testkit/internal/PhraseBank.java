package io.github.feedbackkit.testkit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase bank ({@code phrases.txt} beside this class): named sections of phrases, loaded once
 * and immutable.
 */
public final class PhraseBank {
  private static final PhraseBank STANDARD = load("phrases.txt");

  private final Map<String, List<String>> sections;

  private PhraseBank(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  /** @return the bank shipped with the testkit */
  public static PhraseBank standard() {
    return STANDARD;
  }

  /**
   * @param name a section name such as {@code strength}
   * @return its phrases, in file order
   * @throws IllegalArgumentException when the section does not exist or is empty
   */
  public List<String> section(String name) {
    List<String> list = sections.get(name);
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException("no phrases in section [" + name + "]");
    }
    return list;
  }

  static PhraseBank load(String resource) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
        } else if (current != null) {
          current.add(unescape(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PhraseBank(Map.copyOf(frozen));
  }

  /** Turns {@code \\uXXXX} into its character and {@code \\\\} into one backslash. */
  static String unescape(String line) {
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(i + 1);
        if (next == '\\') {
          b.append('\\');
          i++;
          continue;
        }
        if (next == 'u' && i + 5 < line.length()) {
          b.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }
}
