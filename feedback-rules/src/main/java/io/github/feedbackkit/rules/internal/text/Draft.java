package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.WordKind;
import java.util.List;

/**
 * The words of one text under analysis, in parallel arrays, and the passes that mark them
 * (negation, dates, quotations, hedges, sentence facts). One per text, confined to one thread;
 * every pass is linear in the number of words. New for each text rather than kept in a {@link
 * Scratch}: storing references into a long-kept (old) object takes G1's write barrier down its
 * slow path (a memory fence), into a new one down its cheap path.
 */
final class Draft {
  private static final byte WORD = (byte) WordKind.WORD.ordinal();
  /** Flags of a word: punctuation (a clause break) or a sentence start before it. */
  private static final byte BREAK = 1;
  private static final byte NEGATED = WordTable.NEGATED;
  private static final byte QUOTED = WordTable.QUOTED;
  private static final byte HEDGE = WordTable.HEDGE;
  private static final byte BASE_VERB = WordTable.BASE_VERB;
  /** The {@link Lexeme#passes} bits a passive needs: a form of "be" and a participle. */
  private static final int PASSIVE_WORDS = Lexeme.BE | Lexeme.PARTICIPLE_POS;

  private final Language lang;
  private final String text;
  private final Tokens tok;
  private final Segmenter.Result seg;
  private final int size;
  /**
   * One array for the integers, so that a text costs few allocations: each word's start at
   * {@code i}, its end at {@code size + i}, its sentence at {@code 2 * size + i}; each sentence's
   * first word at {@code 3 * size + s} and the index after its last word at
   * {@code 3 * size + seg.size + s}. Handed over to the text's {@link WordTable}.
   */
  private final int[] ints;
  /** Each word's kind (a {@link WordKind} ordinal) at {@code i}, its flags at {@code size + i}. */
  private final byte[] bytes;
  private final Lexeme[] lex;
  /** The {@link Lexeme#passes} bits of all the words, or-ed: which passes can change anything. */
  private int passes;
  /** Whether {@link #markHedges} marked any word. */
  private boolean hedged;
  /** Whether a word's kind is other than {@link WordKind#WORD} (a token's, or a date's). */
  private boolean otherKinds;

  private final WordMemo memo;
  /** The phrase vocabulary whose lemma ids {@link #lemmaIds} holds, or null. */
  private final LemmaIds vocabulary;
  /**
   * Each word's lemma id in {@link #vocabulary} (at least as many slots as words; the scratch's
   * array), or null without one.
   */
  private final int[] lemmaIds;

  /**
   * A draft of a text: new word arrays (the text's {@link WordTable} will own them), filled from
   * the tokens.
   *
   * @param vocabulary a phrase vocabulary whose lemma ids to write, or null
   * @param scratch where the lemma ids go ({@link Scratch#lemmaIds()}: they are needed only until
   *     the phrases are found)
   */
  Draft(Language lang, WordMemo memo, String text, Tokens tok, Segmenter.Result seg, LemmaIds vocabulary,
      Scratch scratch) {
    this.lang = lang;
    this.memo = memo;
    this.vocabulary = vocabulary;
    this.text = text;
    this.tok = tok;
    this.seg = seg;
    int words = tok.words;
    size = words;
    ints = new int[3 * words + 2 * seg.size];
    bytes = new byte[2 * words];
    lex = new Lexeme[words];
    lemmaIds = vocabulary == null ? null : scratch.lemmaIds(words);
    collectWords();
  }

  private int wordStart(int i) {
    return ints[i];
  }

  private int end(int i) {
    return ints[size + i];
  }

  private int sentence(int i) {
    return ints[2 * size + i];
  }

  private int firstWord(int s) {
    return ints[3 * size + s];
  }

  private int endWord(int s) {
    return ints[3 * size + seg.size + s];
  }

  private boolean breakBefore(int i) {
    return (bytes[size + i] & BREAK) != 0;
  }

  private boolean flag(int i, byte f) {
    return (bytes[size + i] & f) != 0;
  }

  private void mark(int i, byte f) {
    bytes[size + i] |= f;
  }

  private PosHint pos(int i) {
    return flag(i, BASE_VERB) ? PosHint.BASE_VERB : lex[i].pos;
  }

  /** Marks a word a base-form verb, whatever its lexeme's part of speech (the one override). */
  private void markBaseVerb(int i) {
    mark(i, BASE_VERB);
  }

  /** Fills the word arrays from the tokens, each looked up in the analyzer's memo. */
  private void collectWords() {
    int w = 0;
    int n = size;
    int[] is = ints;
    byte[] bs = bytes;
    int tag = lemmaIds != null ? memo.tag(vocabulary) : 0;
    int[] tokStart = tok.start;
    int[] tokEnd = tok.end;
    byte[] tokType = tok.type;
    long[] tokPacked = tok.packed;
    for (int s = 0; s < seg.size; s++) {
      is[3 * n + s] = w;
      boolean brk = true;
      for (int k = seg.first[s], e = seg.end[s]; k < e; k++) {
        byte type = tokType[k];
        int st = tokStart[k];
        if (type == Tokens.PUNCT) {
          char c = text.charAt(st);
          if (c != '\'' && c != '\u2019' && c != '-' && c != '/' && c != '&') {
            brk = true;
          }
          continue;
        }
        int en = tokEnd[k];
        is[w] = st;
        is[n + w] = en;
        is[2 * n + w] = s;
        bs[w] = type;
        otherKinds |= type != WORD;
        if (brk) {
          bs[n + w] = BREAK;
        }
        brk = false;
        Lexeme x = memo.lexeme(text, st, en, type, tokPacked[k]);
        lex[w] = x;
        passes |= x.passes;
        if (lemmaIds != null) {
          lemmaIds[w] = x.lemmaId(vocabulary, tag);
        }
        w++;
      }
      is[3 * n + seg.size + s] = w;
    }
  }

  /** Negation scopes: from the word after a negator to the clause end (see {@link TextAnalyzer}). */
  void markNegation() {
    if ((passes & Lexeme.NEGATOR) == 0) {
      return; // no scope opens
    }
    boolean scope = false;
    for (int i = 0; i < size; i++) {
      Lexeme x = lex[i];
      if (breakBefore(i)) {
        scope = false;
      }
      if (x.negator) {
        if (scope) {
          mark(i, NEGATED);
        }
        scope = true;
      } else if (x.scopeBreaker) {
        scope = false;
      } else if (scope) {
        mark(i, NEGATED);
      }
    }
  }

  /**
   * Month and weekday names ({@code calendar.tsv}) are dates: a weekday always ("on Friday"), a
   * month next to a day or year number in the same clause ("3 May", "May 3, 2024", "June 2023"),
   * and those numbers with it. Kinds change only; syllables and lemmas stay those of the words.
   */
  void markCalendarDates() {
    if ((passes & Lexeme.CALENDAR) == 0) {
      return;
    }
    byte date = (byte) WordKind.DATE.ordinal();
    byte[] kind = bytes;
    for (int i = 0; i < size; i++) {
      if (kind[i] != WORD) {
        continue;
      }
      String c = lex[i].calendar;
      if (c == null) {
        continue;
      }
      if (c.equals("weekday")) {
        kind[i] = date;
        otherKinds = true;
        continue;
      }
      boolean found = false;
      // "3 May", "3rd of May"
      int p = i - 1;
      if (p >= 0 && sentence(p) == sentence(i) && !breakBefore(i) && lex[p].role == Language.Role.DATE_LINK
          && p - 1 >= 0 && !breakBefore(p)) {
        p--;
      }
      boolean ordinalDot = p >= 0 && lang.numberWithPeriodIsOrdinal() && text.charAt(end(p)) == '.'
          && end(p) + 1 < wordStart(p + 1);
      if (p >= 0 && sentence(p) == sentence(i) && isDayOrYear(kind[p], lex[p].lower)
          && (!breakBefore(p + 1) || ordinalDot)) {
        kind[p] = date;
        found = true;
      }
      // "May 3", "May 3rd, 2024", "June 2023"
      int n = i + 1;
      while (n < size && sentence(n) == sentence(i) && n - i <= 2 && isDayOrYear(kind[n], lex[n].lower)
          && (!breakBefore(n) || n > i + 1)) {
        kind[n] = date;
        found = true;
        n++;
      }
      if (found) {
        kind[i] = date;
        otherKinds = true;
      }
    }
  }

  private static boolean isDayOrYear(byte kind, String lower) {
    if (kind == WordKind.ORDINAL.ordinal()) {
      return true;
    }
    if (kind != WordKind.NUMBER.ordinal() || lower.length() > 4) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) < '0' || lower.charAt(k) > '9') {
        return false;
      }
    }
    int v = Integer.parseInt(lower);
    return lower.length() <= 2 ? v >= 1 && v <= 31 : lower.length() == 4 && v >= 1000;
  }

  /** Words inside a quotation span (both lists are in text order). */
  void markQuotes(List<Span> quotes) {
    int q = 0;
    for (int i = 0; i < size && q < quotes.size(); ) {
      Span sp = quotes.get(q);
      if (end(i) <= sp.start()) {
        i++;
      } else if (wordStart(i) >= sp.end()) {
        q++;
      } else {
        mark(i, QUOTED);
        i++;
      }
    }
  }

  /** Hedges: the longest hedge phrase at each word, within sentences. */
  void markHedges() {
    if (lang.hedges.isEmpty() || (passes & Lexeme.HEDGE_START) == 0) {
      return;
    }
    for (int s = 0; s < seg.size; s++) {
      int first = firstWord(s);
      int last = endWord(s);
      for (int i = first; i < last; ) {
        int stop = lex[i].hedgeStart ? lang.hedges.longestEnd(lex, i, last) : -1;
        if (stop < 0 || stop == i + 1 && i > first && !WordTable.isLower(text, wordStart(i), end(i), lex[i])
            && Character.isUpperCase(text.codePointAt(wordStart(i)))) {
          i++; // a capitalised one-word hedge inside a sentence is a name: "in May", "Will Smith"
        } else {
          for (int j = i; j < stop; j++) {
            mark(j, HEDGE);
          }
          hedged = true;
          i = stop;
        }
      }
    }
  }

  /** Passive voice in words {@code [f, e)}: 0 = none, 1 = passive, 2 = passive with an agent phrase. */
  private int passive(int f, int e) {
    int passive = 0;
    for (int i = f; i < e; i++) {
      if (pos(i) != PosHint.BE) {
        continue;
      }
      int j = i + 1;
      while (j < e && j - i <= lang.passiveGap() && !breakBefore(j) && pos(j) != PosHint.PARTICIPLE
          && lex[j].mayPrecedeParticiple) {
        j++;
      }
      if (j < e && !breakBefore(j) && pos(j) == PosHint.PARTICIPLE) {
        passive = 1;
        // the agent phrase ("by the panel", "vom Team") lies in the same clause, before or after
        for (int a = i + 1; a < e && a - j <= 8 && (a <= j || !breakBefore(a)); a++) {
          if (lex[a].role == Language.Role.AGENT) {
            return 2;
          }
        }
      }
    }
    return passive;
  }

  /** Base verbs after a modal, an infinitive marker ("to") or a politeness word ("please"). */
  private void markBaseVerbs(int f, int e) {
    for (int i = f; i + 1 < e; i++) {
      Language.Role role = lex[i].role;
      PosHint p = pos(i);
      if (p == PosHint.MODAL || role == Language.Role.INFINITIVE || role == Language.Role.POLITE) {
        int j = i + 1;
        while (j < e && (pos(j) == PosHint.NEGATION || lex[j].adverb) && j - i <= 2) {
          j++;
        }
        if (j < e && pos(j) == PosHint.OTHER && bytes[j] == WORD
            && (p == PosHint.MODAL || lex[j].imperativeVerb)) {
          markBaseVerb(j);
        }
      }
    }
  }

  /** Whether sentence {@code s} opens (after a list marker and "please") with a base-form verb. */
  private boolean imperative(int s, int f, int e) {
    int o = f;
    while (o < e && bytes[o] != WORD) {
      o++; // list markers "1."
    }
    if (o < e && lex[o].role == Language.Role.POLITE) {
      o++;
    }
    if (o >= e || seg.question[s] || !lex[o].imperativeVerb) {
      return false;
    }
    PosHint next = o + 1 < e ? pos(o + 1) : PosHint.OTHER;
    if (next == PosHint.BE || next == PosHint.HAVE || next == PosHint.MODAL) {
      return false; // "Work was late": a noun
    }
    if (pos(o) == PosHint.OTHER) {
      markBaseVerb(o);
    }
    return true;
  }

  /** Sentence facts, readability counts and the immutable result. */
  AnalyzedText build(List<Span> quotes) {
    Sentence[] sentences = new Sentence[seg.size];
    int counted = 0;
    int syllables = 0;
    int countedSentences = 0;
    int longest = 0;
    for (int s = 0; s < seg.size; s++) {
      int f = firstWord(s);
      int e = endWord(s);
      int passive = (passes & PASSIVE_WORDS) == PASSIVE_WORDS ? passive(f, e) : 0;
      if ((passes & Lexeme.BEFORE_BASE_VERB) != 0) {
        markBaseVerbs(f, e);
      }
      boolean imperative = imperative(s, f, e);
      int sentenceWords = 0;
      for (int i = f; i < e; i++) {
        if (bytes[i] != WordKind.URL.ordinal() && bytes[i] != WordKind.EMAIL.ordinal()) {
          sentenceWords++;
          syllables += lex[i].syllables;
        }
      }
      counted += sentenceWords;
      if (sentenceWords > 0) {
        countedSentences++;
      }
      longest = Math.max(longest, sentenceWords);
      sentences[s] = new Sentence(s, tok.start[seg.first[s]], tok.end[seg.end[s] - 1], f, e, passive > 0, passive > 1,
          imperative, seg.question[s]);
    }
    Metrics metrics = Metrics.of(text.length(), counted, countedSentences, syllables, longest);
    // immutable lists, which AnalyzedText keeps as they are rather than copying again; the word
    // arrays are handed over to the table (no pass changes them after this, and the next start
    // makes new ones)
    WordTable words = new WordTable(size, ints, bytes, text, lex,
        (passes & Lexeme.NEGATION_POS) != 0, hedged, !otherKinds, (passes & Lexeme.PARTICIPLE_POS) != 0);
    return new AnalyzedText(text, lang.locale(), List.of(sentences), words, quotes, metrics);
  }
}
