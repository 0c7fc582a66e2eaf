package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.WordKind;

/**
 * Decides sentence boundaries on the token stream in one pass (linear). The rules, in order:
 *
 * <ol>
 *   <li>A run of terminal marks ({@code . ? ! …} and their CJK, Arabic and Devanagari forms),
 *       together with the closing quotes and brackets right after it, ends a sentence, except:
 *   <li>after a title written before a name ("Dr.", "No.", listed as {@code prefix} in the
 *       language's abbreviations) it never does;
 *   <li>after another abbreviation ("etc.", "Inc.", "U.S.", "a.m.") or a single-letter initial it
 *       does only when a sentence starter ("The", "I", "We" ...) or a line break follows;
 *   <li>a number alone at the start of a line followed by "." is a list marker, not an ending;
 *   <li>a "." (or "?"/"!") followed by a lower-case word does not end the sentence;
 *   <li>an ellipsis ends it only when a capitalised word follows;
 *   <li>without a terminal mark, a blank line always ends a sentence, and a single line break
 *       does unless the next line continues in lower case (a wrapped line), so that bullet and
 *       numbered lists split into items.
 * </ol>
 *
 * Decimals, amounts, URLs, e-mail addresses and dotted abbreviations never reach these rules:
 * the tokenizer keeps their periods inside the token.
 */
final class Segmenter {
  private final Language lang;

  Segmenter(Language lang) {
    this.lang = lang;
  }

  /** Sentence ranges over tokens: {@code [first, end)} pairs and a question flag. */
  static final class Result {
    int size;
    int[] first = new int[8];
    int[] end = new int[8];
    boolean[] question = new boolean[8];

    void add(int f, int e, boolean q) {
      if (size == first.length) {
        first = java.util.Arrays.copyOf(first, size * 2);
        end = java.util.Arrays.copyOf(end, size * 2);
        question = java.util.Arrays.copyOf(question, size * 2);
      }
      first[size] = f;
      end[size] = e;
      question[size] = q;
      size++;
    }
  }

  static boolean isTerminal(int cp) {
    switch (cp) {
      case '.': case '?': case '!': case '\u2026': case '\u203c': case '\u2047': case '\u2048': case '\u2049':
      case '\u203d': case '\u3002': case '\uff1f': case '\uff01': case '\u061f': case '\u06d4': case '\u0964':
      case '\u0965': case '\uff61':
        return true;
      default:
        return false;
    }
  }

  private static boolean isQuestionMark(int cp) {
    return cp == '?' || cp == '\uff1f' || cp == '\u061f' || cp == '\u2047' || cp == '\u2048' || cp == '\u2049'
        || cp == '\u203d';
  }

  static boolean isCloser(int cp) {
    switch (cp) {
      case ')': case ']': case '}': case '"': case '\'': case '\u201d': case '\u2019': case '\u00bb':
      case '\u203a': case '\u300d': case '\u300f': case '\uff09':
        return true;
      default:
        return false;
    }
  }

  Result segment(String t, Tokens tok) {
    Result out = new Result();
    int n = tok.size;
    int sentStart = 0;
    boolean question = false;
    int k = 0;
    while (k < n) {
      boolean end = false;
      int last = k;
      int cp = t.codePointAt(tok.start[k]);
      if (tok.isPunct(k) && isTerminal(cp)) {
        int r = k;
        boolean q = isQuestionMark(cp);
        boolean excl = cp == '!' || cp == '\uff01' || cp == '\u203c';
        boolean ellipsis = cp == '\u2026';
        int dots = cp == '.' ? 1 : 0;
        while (r + 1 < n && adjacent(tok, r, r + 1) && tok.isPunct(r + 1) && isTerminal(t.codePointAt(tok.start[r + 1]))) {
          r++;
          int c = t.codePointAt(tok.start[r]);
          q |= isQuestionMark(c);
          excl |= c == '!' || c == '\uff01' || c == '\u203c';
          ellipsis |= c == '\u2026';
          dots += c == '.' ? 1 : 0;
        }
        ellipsis |= dots >= 2;
        r = absorbClosers(t, tok, r);
        last = r;
        if (q || excl || cp != '.') {
          end = afterStrongMark(t, tok, r, ellipsis && !q && !excl);
        } else if (ellipsis) {
          end = afterEllipsis(t, tok, r);
        } else {
          end = afterPeriod(t, tok, k, r, sentStart);
        }
        question |= q && end;
        if (!end) {
          question = false;
        }
      } else if (!tok.isPunct(k) && tok.type[k] == WordKind.WORD.ordinal() && t.charAt(tok.end[k] - 1) == '.') {
        int r = absorbClosers(t, tok, k);
        last = r;
        end = r + 1 >= n || newlines(t, tok.end[r], tok.start[r + 1]) > 0 || startsSentence(t, tok, r + 1);
      }
      if (!end && last + 1 < n) {
        int nl = newlines(t, tok.end[last], tok.start[last + 1]);
        if (nl >= 2 || nl == 1 && !continuesLine(t, tok, last + 1)) {
          end = true;
        }
      }
      if (end || last + 1 >= n) {
        out.add(sentStart, last + 1, question);
        sentStart = last + 1;
        question = false;
      }
      k = last + 1;
    }
    return out;
  }

  private static int absorbClosers(String t, Tokens tok, int r) {
    int n = tok.size;
    while (r + 1 < n && adjacent(tok, r, r + 1) && tok.isPunct(r + 1)) {
      int c = t.codePointAt(tok.start[r + 1]);
      if (!isCloser(c)) {
        break;
      }
      // a straight quote after the mark closes only when followed by space or the end
      if ((c == '"' || c == '\'') && r + 2 < n && adjacent(tok, r + 1, r + 2) && !tok.isPunct(r + 2)) {
        break;
      }
      r++;
    }
    return r;
  }

  private static boolean adjacent(Tokens tok, int a, int b) {
    return tok.end[a] == tok.start[b];
  }

  /** Line breaks in {@code [from, to)}: LF, CR not followed by LF, and the Unicode separators. */
  static int newlines(String t, int from, int to) {
    int nl = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c' || c == '\u0085'
          || c == '\r' && (i + 1 >= to || t.charAt(i + 1) != '\n')) {
        nl++;
      }
    }
    return nl;
  }

  private static boolean continuesLine(String t, Tokens tok, int next) {
    if (tok.isPunct(next)) {
      return false;
    }
    int cp = t.codePointAt(tok.start[next]);
    return Character.isLowerCase(cp);
  }

  private boolean afterStrongMark(String t, Tokens tok, int r, boolean ellipsis) {
    int next = r + 1;
    if (next >= tok.size) {
      return true;
    }
    if (newlines(t, tok.end[r], tok.start[next]) > 0) {
      return true;
    }
    int cp = t.codePointAt(tok.start[next]);
    if (ellipsis) {
      return Character.isUpperCase(cp);
    }
    return !Character.isLowerCase(cp);
  }

  private boolean afterEllipsis(String t, Tokens tok, int r) {
    int next = r + 1;
    if (next >= tok.size || newlines(t, tok.end[r], tok.start[next]) > 0) {
      return true;
    }
    int cp = t.codePointAt(tok.start[next]);
    return Character.isUpperCase(cp) && tok.end[r] < tok.start[next];
  }

  /** A single "." at token {@code k}, with closers up to {@code r}. */
  private boolean afterPeriod(String t, Tokens tok, int k, int r, int sentStart) {
    int next = r + 1;
    if (next >= tok.size) {
      return true;
    }
    boolean spaced = tok.end[r] < tok.start[next];
    if (newlines(t, tok.end[r], tok.start[next]) > 0) {
      return !(k - 1 >= sentStart && isPrefixAbbreviation(t, tok, k - 1, k));
    }
    int p = k - 1;
    boolean prevWord = p >= 0 && !tok.isPunct(p) && tok.end[p] == tok.start[k];
    int cp = t.codePointAt(tok.start[next]);
    if (prevWord) {
      if (tok.type[p] == WordKind.NUMBER.ordinal() && p == sentStart && (p == 0 || newlines(t, tok.end[p - 1], tok.start[p]) > 0 || p == 0)) {
        return false; // "1." opening a numbered item
      }
      String w = lang.lower(t.substring(tok.start[p], tok.end[p]));
      if (lang.prefixAbbreviations.contains(w)) {
        return false;
      }
      if (lang.abbreviations.contains(w) || isInitial(t, tok, p)) {
        return spaced && startsSentence(t, tok, next);
      }
    }
    if (!spaced) {
      return prevWord && Character.isUpperCase(cp) && tok.end[p] - tok.start[p] > 1;
    }
    return !Character.isLowerCase(cp);
  }

  private boolean isPrefixAbbreviation(String t, Tokens tok, int p, int k) {
    return !tok.isPunct(p) && tok.end[p] == tok.start[k]
        && lang.prefixAbbreviations.contains(lang.lower(t.substring(tok.start[p], tok.end[p])));
  }

  private static boolean isInitial(String t, Tokens tok, int p) {
    int s = tok.start[p];
    int cp = t.codePointAt(s);
    return tok.end[p] == s + Character.charCount(cp) && Character.isUpperCase(cp);
  }

  /** Whether token {@code next} is a capitalised sentence starter ("The", "I", "We"). */
  private boolean startsSentence(String t, Tokens tok, int next) {
    if (next >= tok.size) {
      return true;
    }
    if (tok.isPunct(next)) {
      return false;
    }
    int cp = t.codePointAt(tok.start[next]);
    if (!Character.isUpperCase(cp)) {
      return false;
    }
    return lang.sentenceStarters.contains(lang.lower(t.substring(tok.start[next], tok.end[next])));
  }
}
