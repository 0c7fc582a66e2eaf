package io.github.feedbackkit.render.internal;

import com.samskivert.mustache.Mustache;
import org.owasp.encoder.Encode;

/**
 * The three output formats and how user text and wording are made safe in each. In HTML, values
 * reach the template raw (cleaned of control characters) and the template engine escapes them with
 * the OWASP encoder ({@code Encode.forHtml}, safe in element text and quoted attributes); in plain
 * text and Markdown they reach it already in their final form.
 */
public enum Format {
  /** Plain text: control characters replaced, bidi controls isolated. */
  TEXT {
    @Override
    String user(String raw, String indent) {
      return Texts.isolate(indentLines(Texts.clean(raw), indent));
    }

    @Override
    String literal(String message) {
      return message;
    }

    @Override
    String arg(String raw) {
      return Texts.isolate(indentLines(Texts.clean(raw), ""));
    }
  },
  /** HTML: the template engine escapes values; wording with values is pre-escaped here. */
  HTML {
    @Override
    String user(String raw, String indent) {
      return Texts.clean(raw);
    }

    @Override
    String literal(String message) {
      return Encode.forHtml(message);
    }

    @Override
    String arg(String raw) {
      return "<bdi>" + Encode.forHtml(Texts.clean(raw)) + "</bdi>";
    }

    @Override
    Mustache.Escaper escaper() {
      return Encode::forHtml;
    }
  },
  /** Markdown: user text backslash-escaped, bidi controls isolated. */
  MARKDOWN {
    @Override
    String user(String raw, String indent) {
      return Texts.isolate(Texts.markdown(Texts.clean(raw), indent));
    }

    @Override
    String literal(String message) {
      return message;
    }

    @Override
    String arg(String raw) {
      return user(raw, "");
    }
  };

  /**
   * @param raw user text
   * @param indent the indentation of continuation lines (text and Markdown)
   * @return the text ready for a {@code {{value}}} tag of this format
   */
  abstract String user(String raw, String indent);

  /**
   * @param message the wording's own text
   * @return the text encoded for this format
   */
  abstract String literal(String message);

  /**
   * @param raw a user value placed into wording
   * @return the value encoded and isolated for this format
   */
  abstract String arg(String raw);

  /** @return the escaper of {@code {{value}}} tags */
  Mustache.Escaper escaper() {
    return s -> s;
  }

  /**
   * @param s text
   * @param indent what to put after each line break
   * @return the text with every line break ({@code \r\n}, {@code \r}, {@code \n}) as {@code \n}
   *     followed by {@code indent}
   */
  static String indentLines(String s, String indent) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      b.append(c);
      if (c == '\n') {
        b.append(indent);
      }
    }
    return b.toString();
  }
}
