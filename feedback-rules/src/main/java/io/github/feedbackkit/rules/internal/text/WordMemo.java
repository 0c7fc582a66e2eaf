package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.WordKind;
import java.util.Arrays;

/**
 * The {@link Lexeme}s of the word forms (and numbers, dates, addresses) one analyzer has met, so that a form is looked up in the
 * language's lists once per analyzer rather than once per text (a vocabulary saturates quickly:
 * a few thousand forms cover most feedback). A memo of a pure function: what it holds never
 * changes a result, only how fast it comes.
 *
 * <p>An open-addressing table keyed by the lower-cased form: a form of at most {@link
 * Lexeme#PACKED_LENGTH} ASCII characters by its packing into a long ({@link Lexeme#packed}), a longer
 * or non-ASCII one by its hash and characters. A word written in ASCII is found straight from the
 * characters of the text, folded to lower case on the fly, without a substring or a lower-cased
 * copy; a short word that the tokenizer packed on its way ({@link Tokens#packed}) is found by that
 * packing without reading its characters again. Reads take no lock: a reader sees the current
 * table through a volatile field and a lexeme's fields are final, so a lexeme seen is complete; a
 * reader that misses a form another thread is adding computes it itself. Additions take the memo's lock. Bounded: it stops
 * remembering at {@link #CAPACITY} forms and never remembers forms longer than {@link #MAX_LENGTH}
 * characters, so hostile input cannot grow it without limit.
 */
final class WordMemo {
  /** The most forms remembered (a few MB of heap when full). */
  static final int CAPACITY = 50_000;

  /** Longer forms are computed each time (they are rare, and mostly not words). */
  static final int MAX_LENGTH = 32;

  private static final int INITIAL_SLOTS = 1 << 11;
  private static final WordKind[] KINDS = WordKind.values();

  private final Language lang;
  private volatile Lexeme[] table = new Lexeme[INITIAL_SLOTS];
  private int size; // guarded by this
  /**
   * The phrase vocabularies asked of this memo's lexemes ({@link Lexeme#lemmaId}), in the order
   * first asked: a vocabulary's tag is its index plus one. Replaced whole when one is added.
   */
  private volatile LemmaIds[] vocabularies = new LemmaIds[0];

  WordMemo(Language lang) {
    this.lang = lang;
  }

  /**
   * The lexeme of the token {@code text[start, end)}.
   *
   * @param text the text
   * @param start the token's first character
   * @param end the index after its last character
   * @param kind the token's kind (a {@link WordKind} ordinal)
   * @return its lexeme, whose {@code lower} is the lower-cased form with straight apostrophes
   */
  Lexeme lexeme(String text, int start, int end, byte kind) {
    // Language.lower folds ASCII capitals alone, whatever the locale, and normalising touches
    // only U+2019: for an ASCII token the key is the token with A-Z folded
    int h = 0;
    long packed = 0;
    int i = start;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      h = 31 * h + c;
      packed |= (long) c << ((i - start) << 3); // used only for at most PACKED_LENGTH characters
    }
    if (i == end) {
      Lexeme x = end - start <= Lexeme.PACKED_LENGTH
          ? findPacked(kind, packed | (long) (end - start) << 56)
          : find(h, kind, text, start, end);
      if (x != null) {
        return x;
      }
    }
    return lexeme(TextAnalyzer.normalize(lang.lower(text.substring(start, end))), kind);
  }

  /**
   * The lexeme of a token whose packed form the tokenizer already has.
   *
   * @param text the text
   * @param start the token's first character
   * @param end the index after its last character
   * @param kind the token's kind (a {@link WordKind} ordinal)
   * @param packed the token lower-cased and packed as {@link Lexeme#packed} packs it, or 0 when the
   *     tokenizer has not packed it
   * @return its lexeme, as {@link #lexeme(String, int, int, byte)} gives it
   */
  Lexeme lexeme(String text, int start, int end, byte kind, long packed) {
    if (packed != 0) {
      Lexeme x = findPacked(kind, packed);
      if (x != null) {
        return x;
      }
    }
    return lexeme(text, start, end, kind);
  }

  /**
   * The lexeme of a lower-cased, normalised form of a token kind.
   *
   * @param lower the form
   * @param kind the token's kind (a {@link WordKind} ordinal)
   * @return its lexeme
   */
  Lexeme lexeme(String lower, byte kind) {
    long packed = Lexeme.pack(lower);
    Lexeme found = packed != -1 ? findPacked(kind, packed) : find(lower.hashCode(), kind, lower, 0, lower.length());
    if (found != null) {
      return found;
    }
    Lexeme x = new Lexeme(lang, lower, KINDS[kind]);
    return lower.length() <= MAX_LENGTH ? remember(x) : x;
  }

  /**
   * The remembered lexeme of a form of at most {@link Lexeme#PACKED_LENGTH} ASCII characters, or
   * null.
   *
   * @param kind the token's kind
   * @param packed the form packed as {@link Lexeme#packed} packs it
   */
  private Lexeme findPacked(byte kind, long packed) {
    Lexeme[] t = table;
    int mask = t.length - 1;
    for (int slot = mixPacked(packed) & mask; ; slot = (slot + 1) & mask) {
      Lexeme x = t[slot];
      if (x == null) {
        return null;
      }
      if (x.packed == packed && x.kind == kind) {
        return x;
      }
    }
  }

  /**
   * The remembered lexeme of a longer or non-ASCII form, or null.
   *
   * @param h the form's hash ({@code String.hashCode} of the lower-cased form)
   * @param kind the token's kind
   * @param text a text holding the form at {@code [start, end)}, in any ASCII case
   */
  private Lexeme find(int h, byte kind, String text, int start, int end) {
    Lexeme[] t = table;
    int mask = t.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      Lexeme x = t[slot];
      if (x == null) {
        return null;
      }
      if (x.hash == h && x.kind == kind && x.packed == -1 && foldedEquals(x.lower, text, start, end)) {
        return x;
      }
    }
  }

  /** Where a lexeme's probe sequence starts: by its packing when it has one, else by its hash. */
  private static int home(Lexeme x) {
    return x.packed != -1 ? mixPacked(x.packed) : mix(x.hash);
  }

  private static int mixPacked(long packed) {
    long h = packed * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }

  /** Adds a lexeme unless full or already there; returns the one the memo holds, or {@code x}. */
  private synchronized Lexeme remember(Lexeme x) {
    if (size >= CAPACITY) {
      return x;
    }
    Lexeme[] t = table;
    if ((size + 1) * 2 > t.length) {
      Lexeme[] bigger = new Lexeme[t.length * 2];
      for (Lexeme old : t) {
        if (old != null) {
          place(bigger, old);
        }
      }
      t = bigger;
      table = bigger; // published complete: readers see either table whole
    }
    int mask = t.length - 1;
    for (int slot = home(x) & mask; ; slot = (slot + 1) & mask) {
      Lexeme y = t[slot];
      if (y == null) {
        t[slot] = x;
        size++;
        return x;
      }
      if (y.hash == x.hash && y.kind == x.kind && y.lower.equals(x.lower)) {
        return y;
      }
    }
  }

  private static void place(Lexeme[] t, Lexeme x) {
    int mask = t.length - 1;
    int slot = home(x) & mask;
    while (t[slot] != null) {
      slot = (slot + 1) & mask;
    }
    t[slot] = x;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  /** Whether {@code lower} is {@code text[start, end)} with ASCII capitals folded. */
  private static boolean foldedEquals(String lower, String text, int start, int end) {
    if (lower.length() != end - start) {
      return false;
    }
    for (int i = start, k = 0; i < end; i++, k++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A vocabulary's tag, under which this memo's lexemes remember their lemma ids in it (see
   * {@link Lexeme#lemmaId}). An analyzer meets one vocabulary per engine and language, so a few
   * tags serve; past {@link #MAX_VOCABULARIES}, or for a vocabulary too large for the tag's bits,
   * the tag is one that lexemes never remember (they look the id up each time).
   *
   * @param vocabulary a phrase vocabulary
   * @return its tag, from 1 to {@link Lexeme#MAX_TAG}, or {@link Lexeme#MAX_TAG} + 1
   */
  int tag(LemmaIds vocabulary) {
    LemmaIds[] known = vocabularies;
    for (int k = 0; k < known.length; k++) {
      if (known[k] == vocabulary) {
        return k + 1;
      }
    }
    return addVocabulary(vocabulary);
  }

  /** The most vocabularies a memo tags (each is kept reachable by the memo). */
  static final int MAX_VOCABULARIES = 16;

  private synchronized int addVocabulary(LemmaIds vocabulary) {
    LemmaIds[] known = vocabularies;
    for (int k = 0; k < known.length; k++) {
      if (known[k] == vocabulary) {
        return k + 1;
      }
    }
    if (known.length >= MAX_VOCABULARIES || vocabulary.size() >= Lexeme.ID_MASK) {
      return Lexeme.MAX_TAG + 1;
    }
    LemmaIds[] more = Arrays.copyOf(known, known.length + 1);
    more[known.length] = vocabulary;
    vocabularies = more; // published complete
    return more.length;
  }

  /** @return how many forms are remembered */
  synchronized int size() {
    return size;
  }
}
