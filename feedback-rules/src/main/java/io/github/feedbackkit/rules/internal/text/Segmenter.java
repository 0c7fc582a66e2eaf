package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.WordKind;

/**
 * Decides sentence boundaries on the token stream in one pass (linear). The rules, in order:
 *
 * <ol>
 *   <li>A run of terminal marks ({@code . ? ! …} and their CJK, Arabic and Devanagari forms),
 *       together with the closing quotes and brackets right after it, ends a sentence, except:
 *   <li>after a title written before a name ("Dr.", "Prof.", listed as {@code prefix} in the
 *       language's abbreviations) it does only when a sentence starter follows; after a label
 *       written before a number ("No.", "p.", "Mar.", listed as {@code numeric}) it does not when
 *       a number follows, and otherwise the word ends a sentence like any other ("The answer was
 *       no. We moved on.");
 *   <li>after another abbreviation ("etc.", "Inc.", "U.S.", "a.m.") or a single-letter initial it
 *       does only when a sentence starter ("The", "I", "We" ...) or a line break follows;
 *   <li>a list marker ("1.", "2)", "3.)", "a.", optionally after a bullet) opens a sentence and
 *       its period ends none: a marker at the start of a line, or one of a run of consecutive
 *       markers ("1. … 2. …", "a) … b) …") in running text;
 *   <li>a "." (or "?"/"!") followed by a lower-case word does not end the sentence;
 *   <li>an ellipsis ("…", "...", ". . .") ends it only when a capitalised word other than "I"
 *       follows; a period followed by a spaced ellipsis before a capital ends the sentence at
 *       the period;
 *   <li>a line break ends a sentence (feedback notes put one item per line), unless it is a
 *       wrapped line: a space before the break and a lower-case letter after it; a bullet
 *       ("•", "⁃", "◦") after whitespace opens a new sentence.
 * </ol>
 *
 * Closing quotes, brackets and citations ("[4]") right after the mark stay with the sentence.
 * A terminal mark inside a quotation ('She said "Done. Next?" and left') ends no sentence; the
 * quotation belongs to the sentence that quotes it.
 *
 * <p>Decimals, amounts, URLs, e-mail addresses and dotted abbreviations never reach these rules:
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
      case '\u0965': case '\uff61': case '\uff0e':
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

  Result segment(String t, Tokens tok, java.util.List<io.github.feedbackkit.rules.Span> quotes, Scratch scratch) {
    Result out = scratch.sentences();
    int n = tok.size;
    int qi = 0;
    Lists lists = Lists.find(t, tok, scratch);
    int sentStart = 0;
    boolean question = false;
    int k = 0;
    while (k < n) {
      if (lists.any && lists.markerStart[k] && k > sentStart) {
        out.add(sentStart, k, question);
        sentStart = k;
        question = false;
      }
      boolean end = false;
      int last = k;
      boolean punct = tok.isPunct(k);
      int cp = punct ? t.codePointAt(tok.start[k]) : 0; // only a mark's code point is asked
      if (punct && isTerminal(cp) && !(lists.any && lists.markerDot[k]) && !startsWord(t, tok, k)) {
        // the quotation this mark may lie in (asked only of sentence marks: the tokens in between
        // only move the start, and so does skipping them)
        while (qi < quotes.size() && quotes.get(qi).end() <= tok.start[k]) {
          qi++;
        }
        boolean inQuote = qi < quotes.size() && quotes.get(qi).start() <= tok.start[k];
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
        int spaced;
        if (inQuote && tok.end[absorbClosers(t, tok, r)] <= quotes.get(qi).end()) {
          last = r; // a sentence inside a quotation does not end the quoting sentence
          end = false;
        } else if ((spaced = cp == '.' && r == k ? spacedDots(t, tok, k) : 0) >= 2) {
          // ". . ." (or ". . . ." after a word: a period, then an ellipsis)
          int lastDot = k + spaced;
          int after = absorbClosers(t, tok, lastDot);
          boolean attached = k > 0 && !tok.isPunct(k - 1) && adjacent(tok, k - 1, k);
          if (attached && spaced >= 3 && after + 1 < n && startsUpper(t, tok, after + 1)) {
            last = k; // the period ends the sentence, the ellipsis opens the next
            end = true;
          } else {
            last = after;
            end = k > sentStart && afterEllipsis(t, tok, after); // a leading ellipsis opens, never ends
          }
        } else {
          ellipsis |= dots >= 2;
          r = absorbClosers(t, tok, r);
          last = r;
          if (q || excl || cp != '.') {
            end = ellipsis && !q && !excl ? afterEllipsis(t, tok, r) : afterStrongMark(t, tok, r);
          } else if (ellipsis) {
            end = afterEllipsis(t, tok, r);
          } else {
            end = afterPeriod(t, tok, k, r, sentStart);
          }
          question |= q && end;
        }
      } else if (!punct && tok.packed[k] == 0 && tok.type[k] == WordKind.WORD.ordinal()
          && t.charAt(tok.end[k] - 1) == '.') { // a packed word ends before a space
        int r = absorbClosers(t, tok, k);
        last = r;
        String w = lang.lower(t.substring(tok.start[k], tok.end[k] - 1));
        end = r + 1 >= n || tok.newlinesBetween(r + 1) > 0 || startsSentence(t, tok, r + 1)
            || lang.finalAbbreviations.contains(w) && startsUpper(t, tok, r + 1) && tok.end[r] < tok.start[r + 1];
      }
      if (!end && last + 1 < n && tok.newlinesBetween(last + 1) > 0
          && !wrapped(t, tok.end[last], tok.start[last + 1])) {
        end = true;
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

  /**
   * Whether a single line break in the gap {@code [from, to)} is a wrapped line: whitespace before
   * the break and a lower-case letter after it ("It was a cold \nnight").
   */
  private static boolean wrapped(String t, int from, int to) {
    int nl = -1;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c' || c == '\u0085') {
        if (nl >= 0 && !(c == '\n' && t.charAt(i - 1) == '\r' && nl == i - 1)) {
          return false; // two line breaks: a paragraph
        }
        nl = i;
      }
    }
    return nl > from && to < t.length() && Character.isLowerCase(t.codePointAt(to))
        && Tokenizer.isSpace(t.charAt(from)) && t.charAt(from) != '\n' && t.charAt(from) != '\r';
  }

  /** How many "." tokens follow token {@code k}, each after exactly one space (". . ."). */
  private static int spacedDots(String t, Tokens tok, int k) {
    int m = 0;
    int j = k;
    while (j + 1 < tok.size && tok.isPunct(j + 1) && t.charAt(tok.start[j + 1]) == '.'
        && tok.start[j + 1] == tok.end[j] + 1 && t.charAt(tok.end[j]) == ' ') {
      j++;
      m++;
    }
    return m;
  }

  /** A mark after whitespace and glued to a word ("!Kung") is part of that word, not an ending. */
  private static boolean startsWord(String t, Tokens tok, int k) {
    return (k == 0 || tok.end[k - 1] < tok.start[k]) && k + 1 < tok.size && tok.end[k] == tok.start[k + 1]
        && !tok.isPunct(k + 1) && t.charAt(tok.start[k]) != '.';
  }

  private static boolean startsUpper(String t, Tokens tok, int k) {
    return !tok.isPunct(k) && Character.isUpperCase(t.codePointAt(tok.start[k]));
  }

  private static int absorbClosers(String t, Tokens tok, int r) {
    int n = tok.size;
    while (r + 1 < n && adjacent(tok, r, r + 1) && tok.isPunct(r + 1)) {
      int c = t.codePointAt(tok.start[r + 1]);
      if (c == '[' && r + 3 < n && adjacent(tok, r + 1, r + 2) && adjacent(tok, r + 2, r + 3)
          && tok.type[r + 2] == WordKind.NUMBER.ordinal() && t.charAt(tok.start[r + 3]) == ']') {
        r += 3; // a citation after the mark: "… in 1990.[4]"
        continue;
      }
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

  private boolean afterStrongMark(String t, Tokens tok, int r) {
    int next = r + 1;
    if (next >= tok.size) {
      return true;
    }
    if (tok.newlinesBetween(next) > 0) {
      return true;
    }
    if (tok.end[r] == tok.start[next] && !tok.isPunct(next) && !isWideTerminal(t, tok, r)) {
      return false; // "Y!J", "Yahoo!Mail": a mark inside a name
    }
    return opensSentence(t, tok, next);
  }

  /**
   * Whether token {@code next} can open a sentence: a word or number not in lower case, an
   * opening quotation mark or bracket, or a bullet; not a comma, dash or closing mark.
   */
  private static boolean isWideTerminal(String t, Tokens tok, int r) {
    for (int k = r; k >= 0 && tok.isPunct(k); k--) {
      char c = t.charAt(tok.start[k]);
      if (c == '\u3002' || c == '\uff0e' || c == '\uff01' || c == '\uff1f' || c == '\uff61') {
        return true; // full-width marks: scripts without spaces between sentences
      }
      if (isTerminal(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean opensSentence(String t, Tokens tok, int next) {
    int cp = t.codePointAt(tok.start[next]);
    if (cp == '-' || cp == '\u2013' || cp == '\u2014') {
      // a dash opens a sentence when a capitalised word follows it ("? - Posted"), not "! -- you"
      for (int k = next + 1; k < tok.size && k <= next + 3; k++) {
        if (!tok.isPunct(k)) {
          return Character.isUpperCase(t.codePointAt(tok.start[k]));
        }
      }
      return false;
    }
    if (!tok.isPunct(next)) {
      return !Character.isLowerCase(cp);
    }
    switch (cp) {
      case '"': case '\'': case '\u201c': case '\u2018': case '\u201e': case '\u00ab': case '(': case '[':
      case '{': case '\u300c': case '\u00bf': case '\u00a1': case '`':
        return true;
      default:
        return Lists.isBullet(cp) || Character.getType(cp) == Character.OTHER_SYMBOL
            || Character.isSurrogate((char) t.charAt(tok.start[next]));
    }
  }

  private boolean afterEllipsis(String t, Tokens tok, int r) {
    int next = r + 1;
    if (next >= tok.size || tok.newlinesBetween(next) > 0) {
      return true;
    }
    // a capitalised word after an ellipsis opens a sentence, except a one-letter pronoun ("I")
    int cp = t.codePointAt(tok.start[next]);
    return Character.isUpperCase(cp) && tok.end[r] < tok.start[next]
        && !(tok.end[next] - tok.start[next] == Character.charCount(cp)
            && lang.pos.get(lang.lower(t.substring(tok.start[next], tok.end[next]))) == PosHint.PRONOUN);
  }

  /** A single "." at token {@code k}, with closers up to {@code r}. */
  private boolean afterPeriod(String t, Tokens tok, int k, int r, int sentStart) {
    int next = r + 1;
    if (next >= tok.size) {
      return true;
    }
    boolean spaced = tok.end[r] < tok.start[next];
    if (tok.newlinesBetween(next) > 0) {
      return !(k - 1 >= sentStart && isPrefixAbbreviation(t, tok, k - 1, k));
    }
    int p = k - 1;
    boolean prevWord = p >= 0 && !tok.isPunct(p) && tok.end[p] == tok.start[k];
    int cp = t.codePointAt(tok.start[next]);
    if (prevWord) {
      // a word longer than every abbreviation is none: most words, neither copied nor looked up
      String w = tok.end[p] - tok.start[p] <= lang.longestAbbreviation
          ? lang.lower(t.substring(tok.start[p], tok.end[p])) : "";
      boolean digitNext = Character.isDigit(cp);
      if (lang.numericAbbreviations.contains(w) && spaced && digitNext) {
        return false; // "No. 5", "p. 55", "Mar. 3"
      }
      if (lang.prefixAbbreviations.contains(w)) {
        return spaced && startsSentence(t, tok, next); // "Dr. Lee", but "ask the Dr. He knows"
      }
      if (tok.type[p] == WordKind.NUMBER.ordinal() && lang.numberWithPeriodIsOrdinal() && !tok.isPunct(next)) {
        return false; // German "am 3. Mai"
      }
      if (p == sentStart && isInitial(t, tok, p)) {
        return false; // "Q. What…", "A. Because…": a label opening the sentence
      }
      if (lang.finalAbbreviations.contains(w)) {
        return spaced && startsUpper(t, tok, next);
      }
      if (lang.abbreviations.contains(w) || isInitial(t, tok, p)) {
        return spaced && startsSentence(t, tok, next);
      }
    }
    if (!spaced) {
      return prevWord && Character.isUpperCase(cp) && tok.end[p] - tok.start[p] > 1;
    }
    return opensSentence(t, tok, next);
  }

  private boolean isPrefixAbbreviation(String t, Tokens tok, int p, int k) {
    return !tok.isPunct(p) && tok.end[p] == tok.start[k] && tok.end[p] - tok.start[p] <= lang.longestAbbreviation
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
    String w = lang.lower(t.substring(tok.start[next], tok.end[next]));
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
    return lang.sentenceStarters.contains(w) || apostrophe > 0 && lang.sentenceStarters.contains(w.substring(0, apostrophe));
  }
}
