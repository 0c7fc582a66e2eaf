package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Assertions on rendered HTML, made on the parsed page (jsoup), as a browser would read it. */
final class HtmlChecks {
  private HtmlChecks() {}

  /**
   * Parses the page and checks that it can run nothing: no script element, no event-handler
   * attribute, no link or source that is not http(s) or a fragment, no external resource.
   */
  static Document parseInert(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, object, embed, img, link, base, form")).as("active elements").isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        assertThat(value).as("attribute %s", key).doesNotContain("javascript:").doesNotStartWith("data:");
        if (key.equals("href") || key.equals("src")) {
          assertThat(value).as("link").matches("(https?://|#).*");
        }
      }
    }
    return doc;
  }

  /**
   * @return the text as jsoup's {@code text()} shows it: runs of whitespace (space, tab, line
   *     breaks, form feed and no-break space, as jsoup counts them) collapsed to one space, trimmed,
   *     and the characters jsoup drops as invisible (zero-width space, soft hyphen) left out
   */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c != '\u200B' && c != '\u00AD') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * What the renderers promise to show of a user string: control characters (but tab and line
   * breaks), lone surrogates and U+FFFE/U+FFFF shown as U+FFFD, one for one.
   */
  static String shown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || c == '\uFFFE' || c == '\uFFFF';
      boolean lone = (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
          || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
      b.append(control || lone ? '\uFFFD' : c);
    }
    return b.toString();
  }
}
