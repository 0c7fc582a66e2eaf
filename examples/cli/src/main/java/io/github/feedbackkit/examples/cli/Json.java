package io.github.feedbackkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small JSON helpers of the command line, on Jackson's streaming API: whether a line is a whole
 * JSON object (to tell JSON Lines on stdin), and where a finding lies in the raw JSON file, so
 * that {@code file:line:col} points an editor at the finding itself, inside the escaped string.
 */
final class Json {
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(64 << 20)
                  .maxNestingDepth(256)
                  .build())
          .build();

  private Json() {}

  static boolean isCompleteObject(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A position in a text: 1-based line and column (UTF-16 units). */
  record Position(int line, int column) {}

  /**
   * Finds where each (field, offset) lies in the raw JSON of a document.
   *
   * @param raw the raw JSON text
   * @param fields the findings' fields ({@code summary}, {@code observations[2].text}, …)
   * @param offsets the offsets into the decoded field values, parallel to {@code fields}
   * @return the positions, parallel to {@code fields}; a field absent from the document (or not
   *     found) maps to the position of the document's first character
   */
  static Position[] locate(String raw, List<String> fields, int[] offsets) {
    Map<String, Integer> wanted = new HashMap<>();
    for (String f : fields) {
      wanted.putIfAbsent(pointer(f), -1);
    }
    int docStart = 0;
    try (JsonParser p = FACTORY.createParser(raw)) {
      JsonToken t;
      boolean first = true;
      while ((t = p.nextToken()) != null) {
        if (first) {
          docStart = (int) p.currentTokenLocation().getCharOffset();
          first = false;
        }
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        // for a container token the new context has no name or index yet: its path is the
        // container's own pointer
        String ptr = p.getParsingContext().pathAsPointer().toString();
        Integer seen = wanted.get(ptr);
        if (seen != null && seen < 0) {
          int at = (int) p.currentTokenLocation().getCharOffset();
          wanted.put(ptr, t == JsonToken.VALUE_STRING ? -(at + 2) : at);
        }
      }
    } catch (IOException | RuntimeException e) {
      // keep what was found; the rest points at the document start
    }
    int[] lineStarts = lineStarts(raw);
    Position[] out = new Position[fields.size()];
    for (int i = 0; i < out.length; i++) {
      Integer at = wanted.get(pointer(fields.get(i)));
      int rawIndex;
      if (at == null || at == -1) {
        rawIndex = docStart;
      } else if (at < -1) {
        int quote = -at - 2;
        rawIndex = rawIndexOf(raw, quote + 1, offsets[i]);
      } else {
        rawIndex = at;
      }
      out[i] = position(lineStarts, rawIndex);
    }
    return out;
  }

  /**
   * Walks a JSON string literal from its first character, counting decoded UTF-16 units, and
   * returns the raw index where decoded unit {@code offset} starts.
   */
  static int rawIndexOf(String raw, int from, int offset) {
    int i = from;
    int decoded = 0;
    while (i < raw.length() && decoded < offset) {
      char c = raw.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\' && i + 1 < raw.length()) {
        i += raw.charAt(i + 1) == 'u' ? 6 : 2;
      } else {
        i++;
      }
      decoded++;
    }
    return Math.min(i, raw.length());
  }

  /** Converts {@code observations[2].text} to the JSON pointer {@code /observations/2/text}. */
  static String pointer(String field) {
    StringBuilder b = new StringBuilder(field.length() + 4);
    b.append('/');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '.') {
        b.append('/');
      } else if (c == '[') {
        b.append('/');
      } else if (c == ']') {
        // nothing: the index is already written
      } else if (c == '~') {
        b.append("~0");
      } else if (c == '/') {
        b.append("~1");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Offsets where each line starts (line 1 at index 0). */
  static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  static Position position(int[] lineStarts, int index) {
    int k = Arrays.binarySearch(lineStarts, index);
    int line = k >= 0 ? k : -k - 2;
    return new Position(line + 1, index - lineStarts[line] + 1);
  }

  static List<String> fieldsOf(List<io.github.feedbackkit.rules.Finding> findings) {
    List<String> out = new ArrayList<>(findings.size());
    for (var f : findings) {
      out.add(f.field());
    }
    return out;
  }
}
