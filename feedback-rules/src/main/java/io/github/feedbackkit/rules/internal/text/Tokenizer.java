package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.WordKind;

/**
 * Splits a text into word-like tokens and punctuation in one left-to-right pass: every code point
 * is looked at a bounded number of times (look-ahead never exceeds a few characters, and a URL is
 * scanned once to its end), so the cost is linear in the length of the text. Surrogate pairs are
 * never split.
 *
 * <p>A word is a run of letters, digits and combining marks, joined across an apostrophe or hyphen
 * between letters ("don't", "follow-up"), a period in abbreviations, decimals and domains ("e.g.",
 * "3.50", "example.com"), a comma, colon or slash between digits ("1,200", "10:30", "5/1/2024"),
 * "@" in e-mail addresses, "&" between capitals ("R&D") and "_" in identifiers. A currency sign
 * before a number and "%" after one belong to it.
 *
 * <p>Where the text's characters all fit in Latin-1 bytes (or all but some that stand for no letter
 * or space), a word is first tried eight bytes at a time: a run of one to seven ASCII letters
 * followed by a space is a plain word, found with a few bit operations instead of a branch per
 * character, and its lower-cased form is packed for the word memo on the way ({@link
 * Tokens#packed}). Any other word is scanned a character at a time, to the same tokens.
 */
final class Tokenizer {
  private static final byte WORD = (byte) WordKind.WORD.ordinal();
  private static final byte NUMBER = (byte) WordKind.NUMBER.ordinal();
  private static final byte PERCENT = (byte) WordKind.PERCENT.ordinal();
  private static final byte MONEY = (byte) WordKind.MONEY.ordinal();
  private static final byte ORDINAL = (byte) WordKind.ORDINAL.ordinal();
  private static final byte DATE = (byte) WordKind.DATE.ordinal();
  private static final byte TIME = (byte) WordKind.TIME.ordinal();
  private static final byte URL = (byte) WordKind.URL.ordinal();
  private static final byte EMAIL = (byte) WordKind.EMAIL.ordinal();

  /** Top-level domains that make "name.tld" an address rather than two sentences. */
  private static final java.util.Set<String> TLDS = java.util.Set.of(
      "com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr", "nl", "eu", "us", "ca", "au", "in",
      "info", "biz", "dev", "app", "ai", "me", "ly", "it", "es", "ch", "se", "no", "dk", "fi", "jp", "cn",
      "ru", "br", "mx", "pl", "be", "at", "ie", "nz", "sg", "za", "html", "htm", "pdf", "md", "txt");

  /** Classes of the ASCII characters, from the predicates below (an immutable table). */
  private static final byte SPACE = 1;
  private static final byte WORD_CHAR = 2;
  private static final byte CURRENCY = 4;
  private static final byte LETTER = 8;
  private static final byte DIGIT = 16;
  /** May join two parts of a word ("don't", "1,200", "e.g."); every other non-word character ends it. */
  private static final byte JOINER = 32;
  private static final byte[] ASCII = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      int k = 0;
      k |= isSpace(c) ? SPACE : 0;
      k |= isWordChar(c) ? WORD_CHAR : 0;
      k |= Character.getType(c) == Character.CURRENCY_SYMBOL ? CURRENCY : 0;
      k |= Character.isLetter(c) ? LETTER : 0;
      k |= Character.isDigit(c) ? DIGIT : 0;
      k |= "'-_,:/@&.".indexOf(c) >= 0 ? JOINER : 0;
      ASCII[c] = (byte) k;
    }
  }

  /** Eight bytes of a Latin-1 text at once, first character lowest. */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long SPACES = 0x2020202020202020L;

  private final Language lang;

  Tokenizer(Language lang) {
    this.lang = lang;
  }

  /** Whitespace as the text layer sees it (including no-break and other Unicode spaces). */
  static boolean isSpace(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || cp >= 0x09 && cp <= 0x0d || cp >= 0x1c && cp <= 0x1f;
    }
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static boolean isLetterAt(String t, int i) {
    if (i < 0 || i >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return c < 0x80 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(t.codePointAt(i));
  }

  private static boolean isDigitAt(String t, int i) {
    if (i < 0 || i >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return c < 0x80 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  private static boolean isWordCharAt(String t, int i) {
    if (i < 0 || i >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return c < 0x80 ? (ASCII[c] & WORD_CHAR) != 0 : isWordChar(t.codePointAt(i));
  }

  /** The code point ending just before {@code i}. */
  private static int before(String t, int i) {
    return Character.codePointBefore(t, i);
  }

  Tokens tokenize(String t) {
    return tokenize(t, null);
  }

  /**
   * @param t a text
   * @param scratch working arrays to refill, or null for new ones
   * @return its tokens
   */
  Tokens tokenize(String t, Scratch scratch) {
    int n = t.length();
    Tokens out = scratch == null ? new Tokens(n / 5 + 4) : scratch.tokens(t, n / 5 + 4);
    int i = 0;
    Chunk chunk = scratch == null ? new Chunk() : scratch.chunk();
    // the text's characters as bytes, for reading eight at a time: exact for every character up to
    // U+00FF, "?" for the others (never a letter or a space); none when the lengths differ
    byte[] bytes = n >= 8 ? t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : null;
    if (bytes != null && bytes.length != n) {
      bytes = null;
    }
    int wide = n - 8; // the last start from which eight bytes can be read
    while (i < n) {
      char ch = t.charAt(i);
      if (ch < 0x80) { // the common case: the same decisions as below, by table
        int k = ASCII[ch];
        if ((k & SPACE) != 0) {
          i++;
        } else if ((k & WORD_CHAR) != 0) {
          if ((ch == 'h' || ch == 'H' || ch == 'w' || ch == 'W') && startsUrl(t, i)) {
            i = url(t, i, out);
            continue;
          }
          if (bytes != null && i <= wide) {
            // a run of one to seven ASCII letters and then a space is a plain word, which word()
            // would scan a character at a time to the same end: found with no branch per
            // character, and its lower-cased form packed for the word memo on the way.
            // Per byte: its high bit set in letters when it is an ASCII letter, that is, below 0x80
            // and, lower-cased, at least 'a' (0x80 - 0x1F) and below '{' (0x80 - 0x05); seven-bit
            // bytes plus those constants never carry into the next byte
            long w = (long) LONGS.get(bytes, i);
            long lower = (w | SPACES) & SEVEN_BITS;
            long letters = (lower + 0x1F1F1F1F1F1F1F1FL) & ~(lower + 0x0505050505050505L) & ~w & HIGH_BITS;
            int len = Long.numberOfTrailingZeros(~letters & HIGH_BITS) >>> 3;
            if (len > 0 && len < 8 && (int) (w >>> (len << 3) & 0xFF) == ' ') {
              long mask = (1L << (len << 3)) - 1;
              out.add(t, i, i + len, WORD, (lower & mask) | (long) len << 56);
              i += len;
              continue;
            }
          }
          i = word(t, i, i, chunk, out);
        } else if ((k & CURRENCY) != 0 && isDigitAt(t, i + 1)) {
          i = word(t, i, i + 1, chunk, out);
        } else {
          out.add(t, i, i + 1, Tokens.PUNCT);
          i++;
        }
        continue;
      }
      int cp = ch < 0x80 ? ch : t.codePointAt(i);
      int cc = Character.charCount(cp);
      if (isSpace(cp)) {
        i += cc;
        continue;
      }
      if ((cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W') && startsUrl(t, i)) {
        i = url(t, i, out);
        continue;
      }
      if (isWordChar(cp)) {
        i = word(t, i, i, chunk, out);
        continue;
      }
      if (Character.getType(cp) == Character.CURRENCY_SYMBOL && isDigitAt(t, i + cc)) {
        i = word(t, i, i + cc, chunk, out);
        continue;
      }
      out.add(t, i, i + cc, Tokens.PUNCT);
      i += cc;
    }
    return out;
  }

  /**
   * Whether the run of non-space characters around a position holds an "@" (so its periods join
   * an e-mail address), found on first need and kept for the rest of the run: each character is
   * looked at once per text.
   */
  static final class Chunk {
    private int start; // the run [start, end) last scanned
    private int end;
    private boolean at;

    /** Forgets the run last scanned (another text comes). */
    void reset() {
      start = 0;
      end = 0;
      at = false;
    }

    boolean hasAt(String t, int i) {
      if (i < start || i >= end) {
        int s = i;
        while (s > 0 && !isSpace(Character.codePointBefore(t, s))) {
          s -= Character.charCount(Character.codePointBefore(t, s));
        }
        int e = s;
        boolean found = false;
        while (e < t.length()) {
          int c = t.codePointAt(e);
          if (isSpace(c)) {
            break;
          }
          found |= c == '@';
          e += Character.charCount(c);
        }
        start = s;
        end = e;
        at = found;
      }
      return at;
    }
  }

  private static boolean startsUrl(String t, int i) {
    if (i + 3 >= t.length()) {
      return false;
    }
    char c1 = t.charAt(i + 1);
    if (c1 != 't' && c1 != 'T' && c1 != 'w' && c1 != 'W') {
      return false; // neither "http" nor "www"
    }
    if (i > 0 && isWordChar(before(t, i))) {
      return false;
    }
    return t.regionMatches(true, i, "http://", 0, 7) && i + 7 < t.length() && !isSpace(t.charAt(i + 7))
        || t.regionMatches(true, i, "https://", 0, 8) && i + 8 < t.length() && !isSpace(t.charAt(i + 8))
        || t.regionMatches(true, i, "www.", 0, 4) && isWordCharAt(t, i + 4);
  }

  private static int url(String t, int s, Tokens out) {
    int e = s;
    int n = t.length();
    while (e < n) {
      int cp = t.codePointAt(e);
      if (isSpace(cp) || cp == '"' || cp == '<' || cp == '>' || cp == '\u201c' || cp == '\u201d') {
        break;
      }
      e += Character.charCount(cp);
    }
    int opens = 0;
    for (int k = s; k < e; k++) {
      if (t.charAt(k) == '(') {
        opens++;
      }
    }
    while (e > s + 1) {
      char c = t.charAt(e - 1);
      if (".,;:!?]}'\u2019*".indexOf(c) >= 0 || (c == ')' && opens == 0)) {
        e--;
      } else {
        break;
      }
    }
    out.add(t, s, e, URL);
    return e;
  }

  /**
   * Scans a word-like token starting at {@code s}; {@code i} is where its letters/digits start
   * (after a currency sign).
   */
  private int word(String t, int s, int i, Chunk chunk, Tokens out) {
    int n = t.length();
    boolean money = i > s;
    boolean digit = false;
    boolean letter = false;
    boolean at = false;
    int dots = 0;
    int segStart = i; // start of the current dot-separated segment
    int maxSeg = 0;
    boolean dotBetweenLetters = false;
    char sep = 0; // separator seen between digits: ',', '.', ':', '/', '-'
    int seps = 0;
    int j = i;
    while (j < n) {
      int cp = t.charAt(j);
      if (cp < 0x80) { // ASCII letters and digits, the common case, without code point decoding
        int k = ASCII[cp];
        if ((k & LETTER) != 0) {
          letter = true;
          j++;
          char c;
          while (j < n && (c = t.charAt(j)) < 0x80 && (ASCII[c] & LETTER) != 0) {
            j++; // the rest of a run of ASCII letters
          }
          continue;
        }
        if ((k & DIGIT) != 0) {
          digit = true;
          j++;
          continue;
        }
        if ((k & JOINER) == 0) {
          break; // never inside a word
        }
      } else {
        cp = t.codePointAt(j);
      }
      if (isWordChar(cp)) {
        if (Character.isDigit(cp)) {
          digit = true;
        } else if (Character.isLetter(cp)) {
          letter = true;
        }
        j += Character.charCount(cp);
        continue;
      }
      if (j == i) {
        break;
      }
      int prev = t.charAt(j - 1);
      boolean prevLetter;
      boolean prevDigit;
      if (prev < 0x80) {
        prevLetter = (ASCII[prev] & LETTER) != 0;
        prevDigit = (ASCII[prev] & DIGIT) != 0;
      } else {
        prev = before(t, j);
        prevLetter = Character.isLetter(prev);
        prevDigit = Character.isDigit(prev);
      }
      if ((cp == '\'' || cp == '\u2019') && prevLetter && isLetterAt(t, j + 1)) {
        j++;
        continue;
      }
      if ((cp == '-' || cp == '\u2010' || cp == '_') && (prevLetter || prevDigit) && isWordCharAt(t, j + 1)
          && !(prevDigit && isDigitAt(t, j + 1) && cp != '-')) {
        if (prevDigit && isDigitAt(t, j + 1)) {
          sep = '-';
          seps++;
        }
        j++;
        continue;
      }
      if (cp == '\u00b0' && (prevLetter || prevDigit)) {
        j++; // "N°", "25°C"
        continue;
      }
      if ((cp == ',' || cp == ':' || cp == '/') && prevDigit && isDigitAt(t, j + 1)) {
        if (cp != ',') {
          sep = (char) cp;
          seps++;
        }
        j++;
        continue;
      }
      if (cp == '@' && (prevLetter || prevDigit || prev == '.' ) && isWordCharAt(t, j + 1) && !at) {
        at = true;
        j++;
        continue;
      }
      if (cp == '&' && Character.isUpperCase(prev) && j + 1 < n && Character.isUpperCase(t.codePointAt(j + 1))) {
        j++;
        continue;
      }
      if (cp == '.' && isWordCharAt(t, j + 1)) {
        if (prevDigit && isDigitAt(t, j + 1)) {
          if (sep == 0 || sep == '.') {
            sep = '.';
          }
          dots++;
          j++;
          continue;
        }
        int seg = j - segStart;
        int next = segmentLength(t, j + 1);
        if (at || (prevLetter || prevDigit) && chunk.hasAt(t, j)
            || (seg <= 2 && next <= 2 && next > 0 && prevLetter && isLetterAt(t, j + 1))
            || isTld(t, j + 1, next)) {
          dotBetweenLetters = true;
          dots++;
          maxSeg = Math.max(maxSeg, seg);
          segStart = j + 1;
          j++;
          continue;
        }
      }
      break;
    }
    maxSeg = Math.max(maxSeg, j - segStart);
    int e = j;
    byte type;
    if (at) {
      type = isEmail(t, i, e) ? EMAIL : WORD;
    } else if (dotBetweenLetters && maxSeg > 2) {
      type = URL;
      if (e + 1 < n && t.charAt(e) == '/' && !isSpace(t.charAt(e + 1))) {
        e = pathEnd(t, e); // "example.com/guide/intro"
      }
    } else if (money) {
      type = MONEY;
    } else if (digit) {
      type = classifyNumber(t, i, e, sep, seps, dots);
      if ((type == NUMBER) && e < n && t.charAt(e) == '%') {
        e++;
        type = PERCENT;
      } else if (type == NUMBER && e < n && Character.getType(t.codePointAt(e)) == Character.CURRENCY_SYMBOL) {
        e += Character.charCount(t.codePointAt(e));
        type = MONEY;
      }
    } else {
      type = WORD;
      if (dotBetweenLetters && e < n && t.charAt(e) == '.') {
        e++; // "e.g.", "U.S.": the final period belongs to the abbreviation
      }
    }
    out.add(t, s, e, type);
    return e;
  }

  /** The end of a URL path starting at {@code i}: up to whitespace, less trailing punctuation. */
  private static int pathEnd(String t, int i) {
    int e = i;
    while (e < t.length()) {
      int cp = t.codePointAt(e);
      if (isSpace(cp) || cp == '"' || cp == '<' || cp == '>' || cp == '\u201c' || cp == '\u201d') {
        break;
      }
      e += Character.charCount(cp);
    }
    while (e > i + 1 && ".,;:!?)]}'\u2019*".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  /** Length of the run of word characters at {@code i}, capped at 8 (look-ahead is bounded). */
  private static int segmentLength(String t, int i) {
    int k = i;
    while (k < t.length() && k - i < 8 && Character.isLetterOrDigit(t.charAt(k))) {
      k++;
    }
    return k - i;
  }

  private static boolean isTld(String t, int i, int len) {
    if (len < 2 || len > 4) {
      return false;
    }
    int end = i + len;
    if (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
      return false;
    }
    for (int k = i; k < end; k++) {
      char c = t.charAt(k);
      if (c < 'a' || c > 'z') {
        return false; // lower-case only: "end.The" is two sentences, "site.com" an address
      }
    }
    return TLDS.contains(t.substring(i, end));
  }

  private static boolean isEmail(String t, int s, int e) {
    int a = s;
    while (a < e && t.charAt(a) != '@') {
      a++;
    }
    if (a <= s || a >= e - 3) {
      return false;
    }
    for (int dot = e - 2; dot > a + 1; dot--) {
      if (t.charAt(dot) == '.') {
        return true;
      }
    }
    return false;
  }

  private byte classifyNumber(String t, int s, int e, char sep, int seps, int dots) {
    // digits, then optional letters: "1st", "9am", "10k", "B2B"
    int k = s;
    while (k < e && (Character.isDigit(t.charAt(k)) || t.charAt(k) == ',' || t.charAt(k) == '.'
        || t.charAt(k) == ':' || t.charAt(k) == '/' || t.charAt(k) == '-')) {
      k++;
    }
    if (k == s) {
      return WORD; // starts with a letter: "Q3", "B2B"
    }
    String suffix = k < e ? lang.lower(t.substring(k, e)) : "";
    boolean lettersOnly = true;
    for (int m = 0; m < suffix.length(); m++) {
      if (!Character.isLetter(suffix.charAt(m))) {
        lettersOnly = false;
        break;
      }
    }
    if (!suffix.isEmpty() && !lettersOnly) {
      return WORD;
    }
    if (sep == ':' && seps <= 2) {
      return suffix.isEmpty() || lang.isTimeSuffix(suffix) ? TIME : WORD;
    }
    if (!suffix.isEmpty()) {
      if (lang.isTimeSuffix(suffix) && seps == 0 && dots == 0) {
        return TIME;
      }
      if (lang.isOrdinalSuffix(suffix) && seps == 0 && dots == 0) {
        return ORDINAL;
      }
      return NUMBER;
    }
    if ((sep == '/' || sep == '-') && seps == 2 || sep == '.' && dots == 2) {
      return DATE;
    }
    return NUMBER;
  }
}
