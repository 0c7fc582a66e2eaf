package io.github.feedbackkit.render.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Safe forms of user-supplied text for each output. Every method runs in one pass over its input.
 *
 * <ul>
 *   <li>{@link #clean}: control characters (except tab and line breaks) and lone surrogates become
 *       U+FFFD, one UTF-16 unit for one, so that offsets into the text stay valid;
 *   <li>{@link #isolate}: for plain text, wraps a string that holds bidi controls in FIRST STRONG
 *       ISOLATE … POP DIRECTIONAL ISOLATE, which closes any embedding or override it opened;
 *   <li>{@link #stripBidi}: for HTML attribute values, where no element can isolate, removes bidi
 *       controls;
 *   <li>{@link #markdown}: backslash-escapes only the characters that can start or form a
 *       Markdown or HTML construct where they stand, so user text can never start a heading, list,
 *       quote, code span or fence, link, image, autolink, emphasis, table or HTML, and still reads
 *       as written.
 * </ul>
 */
public final class Texts {
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';
  private static final char REPLACEMENT = '\uFFFD';

  private Texts() {}

  /**
   * @param s user text
   * @return the text with control characters and lone surrogates replaced by U+FFFD (same length)
   */
  public static String clean(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isClean(s, i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      b.append(isClean(s, i) ? s.charAt(i) : REPLACEMENT);
    }
    return b.toString();
  }

  private static boolean isClean(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * Splits a text into paragraphs at blank lines (lines holding only spaces and tabs), in one pass
   * without regular expressions. Line breaks may be {@code \r\n}, {@code \r} or {@code \n}; each
   * paragraph keeps its inner line breaks (as {@code \n}) and loses the spaces, tabs and line breaks
   * around it; empty paragraphs are dropped. Other Unicode blanks are the author's content.
   *
   * @param text user text
   * @return its paragraphs, in order
   */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      if (isBlankLine(text, lineStart, lineEnd)) {
        addTrimmed(out, para);
      } else {
        if (para.length() > 0) {
          para.append('\n');
        }
        para.append(text, lineStart, lineEnd);
      }
      if (lineEnd < n && text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n') {
        lineEnd++;
      }
      lineStart = lineEnd + 1;
    }
    addTrimmed(out, para);
    return out;
  }

  private static boolean isBlankLine(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static void addTrimmed(List<String> out, StringBuilder para) {
    int a = 0;
    int z = para.length();
    while (a < z && isAsciiBlank(para.charAt(a))) {
      a++;
    }
    while (z > a && isAsciiBlank(para.charAt(z - 1))) {
      z--;
    }
    if (a < z) {
      out.add(para.substring(a, z));
    }
    para.setLength(0);
  }

  private static boolean isAsciiBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * @param c a character
   * @return whether it is a bidi formatting character (embeddings, overrides, isolates, marks)
   */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  private static boolean hasBidiControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isBidiControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param s cleaned user text for a plain-text output
   * @return the text, wrapped in FSI … PDI when it holds bidi controls
   */
  public static String isolate(String s) {
    return hasBidiControl(s) ? FSI + s + PDI : s;
  }

  /**
   * @param s text for an HTML attribute
   * @return the text without bidi controls
   */
  public static String stripBidi(String s) {
    if (!hasBidiControl(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isBidiControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Escapes user text for Markdown (CommonMark and GitHub Flavored Markdown) with as few
   * backslashes as keep it literal, so that ATS notes stay readable:
   *
   * <ul>
   *   <li>everywhere: {@code \ ` * _ [ ] < > & | ~ @} (emphasis, code, links, images, footnotes,
   *       HTML, entities, tables, strikethrough and fences, e-mail autolinks), {@code !} before
   *       {@code [}, {@code :} before {@code //} (URL autolinks) and the dot of {@code www.} (www
   *       autolinks);
   *   <li>at the start of a line: {@code # - + =} (headings, lists, setext underlines, thematic
   *       breaks) and the {@code .} or {@code )} after leading digits (ordered lists);
   *   <li>everything else, such as {@code - , . : ( ) ! # ' "} inside a line, is left as it is.
   * </ul>
   *
   * <p>Line breaks become hard breaks followed by {@code indent}; leading blanks of each line and
   * blank lines are dropped (so that no line can become an indented code block or end the enclosing
   * list item); a tab inside a line becomes a space.
   *
   * @param s cleaned user text
   * @param indent what to put at the start of each continuation line
   * @return Markdown that displays {@code s} literally
   */
  public static String markdown(String s, String indent) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    boolean lineStart = true;
    boolean leadingDigits = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (!lineStart) {
          b.append("\\\n").append(indent);
          lineStart = true;
          leadingDigits = false;
        }
        continue;
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        continue;
      }
      if (needsEscape(s, i, c, lineStart, leadingDigits)) {
        b.append('\\');
      }
      leadingDigits = (lineStart || leadingDigits) && c >= '0' && c <= '9';
      lineStart = false;
      b.append(c == '\t' ? ' ' : c);
    }
    int len = b.length();
    if (len >= 2 + indent.length() && b.lastIndexOf("\\\n" + indent) == len - 2 - indent.length()) {
      b.setLength(len - 2 - indent.length());
    }
    return b.toString();
  }

  private static boolean needsEscape(String s, int i, char c, boolean lineStart, boolean leadingDigits) {
    switch (c) {
      case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '@':
        return true;
      case '#', '-', '+', '=':
        return lineStart;
      case ')':
        return leadingDigits;
      case '.':
        return leadingDigits || endsWithWww(s, i);
      case '!':
        return i + 1 < s.length() && s.charAt(i + 1) == '[';
      case ':':
        return s.startsWith("//", i + 1);
      default:
        return false;
    }
  }

  /** Whether {@code www} (any case) comes right before index {@code i}. */
  private static boolean endsWithWww(String s, int i) {
    if (i < 3) {
      return false;
    }
    for (int j = i - 3; j < i; j++) {
      char c = s.charAt(j);
      if (c != 'w' && c != 'W') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param uri a resource URI
   * @return its ASCII form when it is an absolute http or https URI with a host, else empty
   */
  public static Optional<String> httpLink(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.isOpaque() || uri.getHost() == null) {
      return Optional.empty();
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return Optional.empty();
    }
    return Optional.of(uri.toASCIIString());
  }
}
