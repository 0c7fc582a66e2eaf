package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.WordKind;

/**
 * What a language knows about one lower-cased word form: everything the text layer asks of a word
 * after tokenisation, computed once per distinct form (and kept in the analyzer's {@link WordMemo})
 * so that the passes over the words make no further lookups. Immutable, apart from a memo of its
 * lemma's id in the last phrase vocabulary asked ({@link #lemmaId}), which never changes a result.
 */
final class Lexeme {
  final String lower;
  /** {@code lower.hashCode()}, for the memo. */
  final int hash;
  /** Forms of at most this many ASCII characters are compared by {@link #packed}. */
  static final int PACKED_LENGTH = 7;
  /**
   * For a form of at most {@link #PACKED_LENGTH} ASCII characters, its length in the top byte and
   * its characters one per byte below, the first in the lowest (so the packing is unique, and is
   * what eight bytes of Latin-1 text read as a little-endian long give, masked); else -1, which no
   * such form packs to.
   */
  final long packed;
  /** The token's kind (a {@link WordKind} ordinal): a form of another kind is another lexeme. */
  final byte kind;
  final String lemma;
  final int syllables;
  final PosHint pos;
  final boolean negator;
  final boolean scopeBreaker;
  final Language.Role role;
  /** "month" or "weekday" for a calendar name, else null. */
  final String calendar;
  /** Whether a hedge phrase may start with this word (its lemma opens one). */
  final boolean hedgeStart;
  /** Whether the word is a listed imperative verb. */
  final boolean imperativeVerb;
  /** Whether the word is an adverb that may stand between an auxiliary and a participle. */
  final boolean adverb;
  /** Whether the word may stand between a passive auxiliary and its participle (language rule). */
  final boolean mayPrecedeParticiple;

  /** {@link #passes} bit: the word is a negator. */
  static final int NEGATOR = 1;
  /** {@link #passes} bit: the word is a month or weekday name. */
  static final int CALENDAR = 2;
  /** {@link #passes} bit: a hedge phrase may start at the word. */
  static final int HEDGE_START = 4;
  /** {@link #passes} bit: the word is a form of "be" (a passive may follow). */
  static final int BE = 8;
  /** {@link #passes} bit: a base verb may follow the word (a modal, "to", "please"). */
  static final int BEFORE_BASE_VERB = 16;
  /**
   * {@link #passes} bit (a fact about the word rather than a pass): its part of speech is
   * {@link PosHint#NEGATION} (no pass changes a word to or from it), so a text without such a word
   * has none.
   */
  static final int NEGATION_POS = 32;
  /**
   * {@link #passes} bit (a fact about the word): its part of speech is {@link PosHint#PARTICIPLE}
   * (no pass changes a word to or from it), so a text without such a word has none.
   */
  static final int PARTICIPLE_POS = 64;
  /**
   * Which of the text's passes the word can take part in, as bits: a pass that no word of a text
   * can take part in changes nothing and is skipped.
   */
  final int passes;

  /** Bits of {@link #lemmaId} that hold the id (plus one); the bits above hold the tag. */
  static final int ID_BITS = 24;
  /** The largest vocabulary tag ({@link WordMemo#tag}); a tag above it is never remembered. */
  static final int MAX_TAG = (1 << (32 - ID_BITS)) - 1;
  /** The bits of {@link #lemmaId} that hold the id plus one: a vocabulary must have fewer ids. */
  static final int ID_MASK = (1 << ID_BITS) - 1;

  /**
   * The lemma's id in the vocabulary last asked of this lexeme, as {@code tag << ID_BITS | (id +
   * 1)} with the vocabulary's {@link WordMemo#tag} in the memo that holds this lexeme, or 0 before
   * any. One int, so a thread sees it whole, and a thread that sees an older value or none looks
   * the id up itself: the race is benign, as with {@code String.hash}. An int rather than an
   * object, so that the id is read with the lexeme rather than through one more pointer.
   */
  private int lemmaId;

  /**
   * @param vocabulary a phrase vocabulary
   * @param tag the vocabulary's tag in the memo holding this lexeme ({@link WordMemo#tag}), from
   *     1 to {@link #MAX_TAG}, or above when the memo does not tag it
   * @return {@code vocabulary.id(lemma)}, remembered for the next text while the vocabulary stays
   *     the same (one analyzer serves one engine, whose phrase lists do not change)
   */
  int lemmaId(LemmaIds vocabulary, int tag) {
    int known = lemmaId;
    if (known >>> ID_BITS == tag) {
      return (known & ID_MASK) - 1;
    }
    int id = vocabulary.id(lemma);
    if (tag <= MAX_TAG) {
      lemmaId = tag << ID_BITS | (id + 1);
    }
    return id;
  }

  /**
   * @param lower a form
   * @return the form packed as {@link #packed} holds it, or -1
   */
  static long pack(String lower) {
    if (lower.length() > PACKED_LENGTH) {
      return -1;
    }
    long p = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      p |= (long) c << (8 * i);
    }
    return p | (long) lower.length() << 56;
  }

  Lexeme(Language lang, String lower, WordKind kind) {
    boolean word = kind == WordKind.WORD;
    this.lower = lower;
    this.hash = lower.hashCode();
    this.kind = (byte) kind.ordinal();
    this.packed = pack(lower);
    String lemma = word ? lang.lemma(lower) : lower;
    // one instance per lemma in the JVM: every analyzer's lexemes and the phrase lists' keys (made
    // from lexemes too) share it, so a vocabulary lookup compares equal lemmas by reference
    this.lemma = lemma.length() <= WordMemo.MAX_LENGTH ? lemma.intern() : lemma;
    this.syllables = switch (kind) {
      case WORD -> lang.syllables(lower);
      case URL, EMAIL -> 0;
      default -> 1;
    };
    this.negator = word && lang.isNegator(lower);
    this.scopeBreaker = !negator && lang.scopeBreakers.contains(lower);
    PosHint p = negator ? PosHint.NEGATION : lang.pos.get(lower);
    if (p == null) {
      p = word && lang.isParticiple(lower) ? PosHint.PARTICIPLE : PosHint.OTHER;
    }
    this.pos = p;
    this.role = lang.role(lower);
    this.calendar = lang.calendar.get(lower);
    this.hedgeStart = lang.hedges.mayStartWith(lemma);
    this.imperativeVerb = lang.imperativeVerbs.contains(lower);
    this.adverb = lang.isAdverb(lower);
    this.mayPrecedeParticiple = lang.mayPrecedeParticiple(lower, pos);
    this.passes = (negator ? NEGATOR : 0) | (calendar != null ? CALENDAR : 0) | (hedgeStart ? HEDGE_START : 0)
        | (pos == PosHint.BE ? BE : 0) | (pos == PosHint.NEGATION ? NEGATION_POS : 0)
        | (pos == PosHint.PARTICIPLE ? PARTICIPLE_POS : 0)
        | (pos == PosHint.MODAL || role == Language.Role.INFINITIVE || role == Language.Role.POLITE
            ? BEFORE_BASE_VERB : 0);
  }
}
