package io.github.feedbackkit.examples.cli;

/**
 * Makes user text safe to print on a terminal: control characters (other than tab), bidi
 * controls and other invisible format characters become visible escapes such as {@code \u202E},
 * so that a hostile document can neither move the cursor, recolor the screen nor reorder the
 * line it appears on. Long text is cut with an ellipsis.
 */
final class Safe {
  private Safe() {}

  static String text(String s) {
    return text(s, Integer.MAX_VALUE);
  }

  static String text(String s, int maxChars) {
    StringBuilder b = null;
    int n = s.length();
    int limit = Math.min(n, maxChars);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      boolean escape = needsEscape(c);
      if (escape && b == null) {
        b = new StringBuilder(limit + 16).append(s, 0, i);
      }
      if (b != null) {
        if (escape) {
          b.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.format("\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    String out = b != null ? b.toString() : s.substring(0, limit);
    if (limit < n) {
      // never end on half a surrogate pair
      if (!out.isEmpty() && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out = out.substring(0, out.length() - 1);
      }
      out += "…";
    }
    return out;
  }

  /** Like {@link #text(String)} but keeps line breaks: for multi-line output such as an e-mail. */
  static String lines(String s) {
    String[] parts = s.split("\n", -1);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append('\n');
      }
      String line = parts[i];
      b.append(text(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
    }
    return b.toString();
  }

  static boolean needsEscape(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return c != '\t';
    }
    return (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x061c
        || c == 0xfeff;
  }
}
