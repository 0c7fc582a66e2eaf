package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: the text between an opening and its closing quotation mark (“…”, "…", «…»,
 * „…“, ‘…’, '…'), without the marks. A mark opens when it follows whitespace, the start of the
 * text or an opening bracket, and closes otherwise. One level of nesting is tracked per kind of
 * mark; a quotation left open at a blank line or at the end of the text is dropped, so that a
 * stray mark never swallows the rest of a text. Linear in the number of tokens.
 */
final class Quotes {
  private Quotes() {}

  /** @return the quotations in order: an immutable empty list when there is none (most texts) */
  static List<Span> find(String t, Tokens tok) {
    List<Span> out = null; // made for the first quotation
    int open = -1; // content start of the open quotation
    char closer = 0;
    for (int k = 0; k < tok.size; k++) {
      if (open >= 0 && k > 0 && tok.newlinesBetween(k) >= 2) {
        open = -1; // a quotation does not run across paragraphs
      }
      if (!tok.isPunct(k)) {
        continue;
      }
      char c = t.charAt(tok.start[k]);
      if (open >= 0) {
        if (c == closer || closer == '"' && c == '\u201d' || closer == '\u201d' && c == '"') {
          if (!opensHere(t, tok.start[k]) || c != '"' && c != '\'') {
            if (out == null) {
              out = new ArrayList<>(2);
            }
            out.add(new Span(open, tok.start[k]));
            open = -1;
          }
        }
        continue;
      }
      char close = closerOf(c);
      if (close != 0 && opensHere(t, tok.start[k]) && tok.end[k] < t.length()
          && !Tokenizer.isSpace(t.charAt(tok.end[k]))) {
        open = tok.end[k];
        closer = close;
      }
    }
    return out == null ? List.of() : out;
  }

  private static char closerOf(char c) {
    switch (c) {
      case '"': return '"';
      case '\u201c': return '\u201d';
      case '\u201e': return '\u201c';
      case '\u00ab': return '\u00bb';
      case '\u2018': return '\u2019';
      case '\'': return '\'';
      case '`': return '\'';
      case '\u300c': return '\u300d';
      default: return 0;
    }
  }

  private static boolean opensHere(String t, int i) {
    if (i == 0) {
      return true;
    }
    char p = t.charAt(i - 1);
    return Tokenizer.isSpace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013' || p == ':';
  }
}
