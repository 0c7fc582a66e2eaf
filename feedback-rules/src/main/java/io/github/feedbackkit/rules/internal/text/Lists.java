package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.WordKind;

/**
 * Finds list markers in one pass over the tokens: a bullet ("•", "⁃", "◦", "▪", "‣", or "-", "*"
 * at the start of a line), and an item number or letter followed by ".", ")" or ".)" and a space
 * ("1. ", "2) ", "3.) ", "b. "). A numbered marker counts when it starts a line or when it is
 * one of two consecutive markers (n, n+1) in running text, so "I scored 9. The team…" stays prose.
 */
final class Lists {
  // arrays of the scratch that keeps this object, at least as long as the text's tokens
  boolean[] markerStart; // token opens a list item (a new sentence starts here)
  boolean[] markerDot; // a "." that belongs to a marker, not a sentence end
  /** Whether the arrays were filled for the text: when false, no token is a marker and they are not read. */
  boolean any;

  /** Flags for a {@link Scratch}, which refills them ({@link Scratch#lists}) for each text. */
  Lists(boolean[] markerStart, boolean[] markerDot) {
    this.markerStart = markerStart;
    this.markerDot = markerDot;
  }

  static boolean isBullet(int cp) {
    return cp == '\u2022' || cp == '\u2043' || cp == '\u25e6' || cp == '\u25aa' || cp == '\u2023' || cp == '\u25cf'
        || cp == '\u00b7' || cp == '\u25a0';
  }

  /**
   * The list markers of a text: none, without a pass, when the tokenizer saw nothing that could
   * be one ({@link Tokens#mayHoldList}), else those {@link #scan} finds.
   */
  static Lists find(String t, Tokens tok, Scratch scratch) {
    if (!tok.mayHoldList) {
      return scratch.noLists(); // the common case: prose without bullets, dashes or "1." markers
    }
    return scan(t, tok, scratch);
  }

  /** The list markers of a text, looked for at every token. */
  static Lists scan(String t, Tokens tok, Scratch scratch) {
    int n = tok.size;
    Lists l = scratch.lists(n);
    int prevCand = -1; // token index of the previous numbered candidate
    int prevValue = -10;
    boolean prevLetter = false;
    for (int k = 0; k < n; k++) {
      boolean lineStart = k == 0 || tok.newlinesBetween(k) > 0;
      if (tok.isPunct(k)) {
        int cp = t.codePointAt(tok.start[k]);
        boolean spacedAfter = k + 1 < n && tok.end[k] < tok.start[k + 1] || k + 1 < n && isBullet(cp);
        if (isBullet(cp) && (lineStart || Tokenizer.isSpace(t.charAt(tok.start[k] - 1))) && k + 1 < n
            && (spacedAfter || !tok.isPunct(k + 1))) {
          l.markerStart[k] = true;
        } else if ((cp == '-' || cp == '*' || cp == '\u2013' || cp == '\u2014') && lineStart && spacedAfter) {
          l.markerStart[k] = true;
        }
        continue;
      }
      int value = markerValue(t, tok, k);
      if (value == 0) {
        continue;
      }
      int after = k + 1; // ".", ")" or ".)" then a space or a word
      boolean dot = t.charAt(tok.start[after]) == '.';
      int last = after;
      if (dot && after + 1 < n && tok.isPunct(after + 1) && t.charAt(tok.start[after + 1]) == ')'
          && tok.end[after] == tok.start[after + 1]) {
        last = after + 1;
      }
      if (last + 1 >= n || tok.end[last] == tok.start[last + 1]) {
        continue; // "1.5" never gets here; "1.x" without a space is no marker
      }
      boolean letter = Character.isLetter(t.codePointAt(tok.start[k]));
      boolean bulletBefore = k > 0 && tok.isPunct(k - 1) && l.markerStart[k - 1];
      boolean opensLine = lineStart || bulletBefore && (k - 1 == 0
          || tok.newlinesBetween(k - 1) > 0);
      // numbers in running text need a capital after them ("for 1. above" is prose), letters do not
      boolean consecutive = prevCand >= 0 && prevLetter == letter && value == prevValue + 1
          && (letter || last + 1 < n && !Character.isLowerCase(t.codePointAt(tok.start[last + 1])));
      if ((opensLine && !letter) || consecutive || bulletBefore) {
        mark(l, k, after, dot, bulletBefore);
        if (consecutive && !l.markerDot[prevCand + 1] && !l.markerStart[prevCand]) {
          int pd = prevCand + 1;
          mark(l, prevCand, pd, t.charAt(tok.start[pd]) == '.', prevCand > 0 && l.markerStart[prevCand - 1]);
        }
      }
      prevCand = k;
      prevValue = value;
      prevLetter = letter;
    }
    return l;
  }

  private static void mark(Lists l, int k, int after, boolean dot, boolean bulletBefore) {
    if (!bulletBefore) {
      l.markerStart[k] = true;
    }
    if (dot) {
      l.markerDot[after] = true;
    }
  }

  /** 1..99 for "1"–"99", 1..26 for a lone lower-case "a"–"z", followed by "." or ")"; else 0. */
  private static int markerValue(String t, Tokens tok, int k) {
    if (k + 1 >= tok.size || !tok.isPunct(k + 1) || tok.end[k] != tok.start[k + 1]) {
      return 0;
    }
    char next = t.charAt(tok.start[k + 1]);
    if (next != '.' && next != ')') {
      return 0;
    }
    if (k > 0 && tok.end[k - 1] == tok.start[k] && !tok.isPunct(k - 1)) {
      return 0;
    }
    if (k > 0 && tok.end[k - 1] == tok.start[k] && !Lists.isBullet(t.codePointAt(tok.start[k - 1]))) {
      return 0; // "(1)" or "x.1." are not markers
    }
    int s = tok.start[k];
    int len = tok.end[k] - s;
    if (tok.type[k] == WordKind.NUMBER.ordinal() && len <= 2) {
      int v = 0;
      for (int i = s; i < s + len; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return 0;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }
    if (tok.type[k] == WordKind.WORD.ordinal() && len == 1) {
      char c = t.charAt(s);
      if (c >= 'a' && c <= 'z') {
        return c - 'a' + 1;
      }
    }
    return 0;
  }
}
