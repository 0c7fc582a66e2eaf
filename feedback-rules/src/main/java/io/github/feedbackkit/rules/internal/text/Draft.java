package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.WordKind;
import java.util.List;

/**
 * The words of one text under analysis, in parallel arrays, and the passes that mark them
 * (negation, dates, quotations, hedges, sentence facts). Lives for one {@code analyze} call,
 * confined to its thread; every pass is linear in the number of words.
 */
final class Draft {
  private static final WordKind[] KINDS = WordKind.values();
  private static final byte WORD = (byte) WordKind.WORD.ordinal();

  private final Language lang;
  private final String text;
  private final Tokens tok;
  private final Segmenter.Result seg;
  private final int size;
  private final int[] start;
  private final int[] end;
  private final byte[] kind;
  private final int[] sentence;
  private final boolean[] breakBefore; // punctuation (a clause break) or a sentence start before the word
  private final String[] surface;
  private final Lexeme[] lex;
  private final PosHint[] pos;
  private final boolean[] negated;
  private final boolean[] quoted;
  private final boolean[] hedge;
  private final String[] lemma;
  private final int[] firstWord;
  private final int[] endWord;

  private final WordMemo memo;

  Draft(Language lang, WordMemo memo, String text, Tokens tok, Segmenter.Result seg) {
    this.lang = lang;
    this.memo = memo;
    this.text = text;
    this.tok = tok;
    this.seg = seg;
    int words = 0;
    for (int k = 0; k < tok.size; k++) {
      if (!tok.isPunct(k)) {
        words++;
      }
    }
    size = words;
    start = new int[words];
    end = new int[words];
    kind = new byte[words];
    sentence = new int[words];
    breakBefore = new boolean[words];
    surface = new String[words];
    lex = new Lexeme[words];
    pos = new PosHint[words];
    negated = new boolean[words];
    quoted = new boolean[words];
    hedge = new boolean[words];
    lemma = new String[words];
    firstWord = new int[seg.size];
    endWord = new int[seg.size];
    collectWords();
  }

  /** Fills the word arrays from the tokens, each looked up in the analyzer's memo. */
  private void collectWords() {
    int w = 0;
    for (int s = 0; s < seg.size; s++) {
      firstWord[s] = w;
      boolean brk = true;
      for (int k = seg.first[s]; k < seg.end[s]; k++) {
        if (tok.isPunct(k)) {
          char c = text.charAt(tok.start[k]);
          if (c != '\'' && c != '\u2019' && c != '-' && c != '/' && c != '&') {
            brk = true;
          }
          continue;
        }
        start[w] = tok.start[k];
        end[w] = tok.end[k];
        kind[w] = tok.type[k];
        sentence[w] = s;
        breakBefore[w] = brk;
        brk = false;
        Lexeme x = memo.lexeme(text, start[w], end[w], kind[w], surface, w);
        lex[w] = x;
        lemma[w] = x.lemma;
        pos[w] = x.pos;
        w++;
      }
      endWord[s] = w;
    }
  }

  /** Negation scopes: from the word after a negator to the clause end (see {@link TextAnalyzer}). */
  void markNegation() {
    boolean scope = false;
    for (int i = 0; i < size; i++) {
      Lexeme x = lex[i];
      if (breakBefore[i]) {
        scope = false;
      }
      if (x.negator) {
        negated[i] = scope;
        scope = true;
      } else if (x.scopeBreaker) {
        scope = false;
      } else {
        negated[i] = scope;
      }
    }
  }

  /**
   * Month and weekday names ({@code calendar.tsv}) are dates: a weekday always ("on Friday"), a
   * month next to a day or year number in the same clause ("3 May", "May 3, 2024", "June 2023"),
   * and those numbers with it. Kinds change only; syllables and lemmas stay those of the words.
   */
  void markCalendarDates() {
    byte date = (byte) WordKind.DATE.ordinal();
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
        continue;
      }
      boolean found = false;
      // "3 May", "3rd of May"
      int p = i - 1;
      if (p >= 0 && sentence[p] == sentence[i] && !breakBefore[i] && lex[p].role == Language.Role.DATE_LINK
          && p - 1 >= 0 && !breakBefore[p]) {
        p--;
      }
      boolean ordinalDot = p >= 0 && lang.numberWithPeriodIsOrdinal() && text.charAt(end[p]) == '.'
          && end[p] + 1 < start[p + 1];
      if (p >= 0 && sentence[p] == sentence[i] && isDayOrYear(kind[p], lex[p].lower)
          && (!breakBefore[p + 1] || ordinalDot)) {
        kind[p] = date;
        found = true;
      }
      // "May 3", "May 3rd, 2024", "June 2023"
      int n = i + 1;
      while (n < size && sentence[n] == sentence[i] && n - i <= 2 && isDayOrYear(kind[n], lex[n].lower)
          && (!breakBefore[n] || n > i + 1)) {
        kind[n] = date;
        found = true;
        n++;
      }
      if (found) {
        kind[i] = date;
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
      if (end[i] <= sp.start()) {
        i++;
      } else if (start[i] >= sp.end()) {
        q++;
      } else {
        quoted[i] = true;
        i++;
      }
    }
  }

  /** Hedges: the longest hedge phrase at each word, within sentences. */
  void markHedges() {
    if (lang.hedges.isEmpty()) {
      return;
    }
    for (int s = 0; s < seg.size; s++) {
      for (int i = firstWord[s]; i < endWord[s]; ) {
        PhraseMatcher.Match<String> m = lex[i].hedgeStart ? lang.hedges.longestAt(lemma, i, endWord[s]) : null;
        if (m == null || m.end() == i + 1 && i > firstWord[s] && !surface[i].equals(lex[i].lower)
            && Character.isUpperCase(surface[i].codePointAt(0))) {
          i++; // a capitalised one-word hedge inside a sentence is a name: "in May", "Will Smith"
        } else {
          for (int j = i; j < m.end(); j++) {
            hedge[j] = true;
          }
          i = m.end();
        }
      }
    }
  }

  /** Passive voice in words {@code [f, e)}: index 0 = passive, 1 = with an agent phrase. */
  private boolean[] passive(int f, int e) {
    boolean passive = false;
    for (int i = f; i < e; i++) {
      if (pos[i] != PosHint.BE) {
        continue;
      }
      int j = i + 1;
      while (j < e && j - i <= lang.passiveGap() && !breakBefore[j] && pos[j] != PosHint.PARTICIPLE
          && lex[j].mayPrecedeParticiple) {
        j++;
      }
      if (j < e && !breakBefore[j] && pos[j] == PosHint.PARTICIPLE) {
        passive = true;
        // the agent phrase ("by the panel", "vom Team") lies in the same clause, before or after
        for (int a = i + 1; a < e && a - j <= 8 && (a <= j || !breakBefore[a]); a++) {
          if (lex[a].role == Language.Role.AGENT) {
            return new boolean[] {true, true};
          }
        }
      }
    }
    return new boolean[] {passive, false};
  }

  /** Base verbs after a modal, an infinitive marker ("to") or a politeness word ("please"). */
  private void markBaseVerbs(int f, int e) {
    for (int i = f; i + 1 < e; i++) {
      Language.Role role = lex[i].role;
      if (pos[i] == PosHint.MODAL || role == Language.Role.INFINITIVE || role == Language.Role.POLITE) {
        int j = i + 1;
        while (j < e && (pos[j] == PosHint.NEGATION || lex[j].adverb) && j - i <= 2) {
          j++;
        }
        if (j < e && pos[j] == PosHint.OTHER && kind[j] == WORD
            && (pos[i] == PosHint.MODAL || lex[j].imperativeVerb)) {
          pos[j] = PosHint.BASE_VERB;
        }
      }
    }
  }

  /** Whether sentence {@code s} opens (after a list marker and "please") with a base-form verb. */
  private boolean imperative(int s, int f, int e) {
    int o = f;
    while (o < e && kind[o] != WORD) {
      o++; // list markers "1."
    }
    if (o < e && lex[o].role == Language.Role.POLITE) {
      o++;
    }
    if (o >= e || seg.question[s] || !lex[o].imperativeVerb) {
      return false;
    }
    PosHint next = o + 1 < e ? pos[o + 1] : PosHint.OTHER;
    if (next == PosHint.BE || next == PosHint.HAVE || next == PosHint.MODAL) {
      return false; // "Work was late": a noun
    }
    if (pos[o] == PosHint.OTHER) {
      pos[o] = PosHint.BASE_VERB;
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
      int f = firstWord[s];
      int e = endWord[s];
      boolean[] passive = passive(f, e);
      markBaseVerbs(f, e);
      boolean imperative = imperative(s, f, e);
      int sentenceWords = 0;
      for (int i = f; i < e; i++) {
        if (kind[i] != WordKind.URL.ordinal() && kind[i] != WordKind.EMAIL.ordinal()) {
          sentenceWords++;
          syllables += lex[i].syllables;
        }
      }
      counted += sentenceWords;
      if (sentenceWords > 0) {
        countedSentences++;
      }
      longest = Math.max(longest, sentenceWords);
      sentences[s] = new Sentence(s, tok.start[seg.first[s]], tok.end[seg.end[s] - 1], f, e, passive[0], passive[1],
          imperative, seg.question[s]);
    }
    Word[] words = new Word[size];
    for (int i = 0; i < size; i++) {
      Lexeme x = lex[i];
      words[i] = new Word(i, start[i], end[i], surface[i], x.lower, x.lemma, KINDS[kind[i]], x.syllables, sentence[i],
          quoted[i], negated[i], hedge[i], pos[i]);
    }
    Metrics metrics = Metrics.of(text.length(), counted, countedSentences, syllables, longest);
    // immutable lists, which AnalyzedText keeps as they are rather than copying again
    return new AnalyzedText(text, lang.locale(), List.of(sentences), List.of(words), quotes, metrics);
  }
}
