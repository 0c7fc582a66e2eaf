package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.WordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns one text field into an {@link AnalyzedText}: sentences, words (lower case, lemma, kind,
 * syllables, quotation, negation, hedge, part-of-speech hint), quotations and readability metrics.
 * Thread-safe and immutable; the word lists of a language are loaded once, the syllable table on
 * first use.
 *
 * <pre>{@code
 * TextAnalyzer en = TextAnalyzer.forLocale(Locale.ENGLISH);
 * AnalyzedText t = en.analyze("The cache was sized by Dr. Lee. It wasn't unhelpful.");
 * t.sentences().size();                 // 2
 * t.sentences().get(0).passiveWithAgent(); // true
 * }</pre>
 *
 * <p><b>Negation scope.</b> A negator ("not", "no", "never", "without", any "n't" form, see
 * {@code negators.txt}) opens a scope over the words after it up to the end of its clause: the
 * next punctuation mark (comma, semicolon, colon, dash, bracket, quotation mark or sentence end)
 * or the next clause-opening word ("but", "that", "because" ..., see {@code scope_breakers.txt}),
 * whichever comes first. So in "I have no doubts that she will excel" only "doubts" is negated, in
 * "not unhelpful" "unhelpful" is, and in "never once late" both "once" and "late" are. The
 * negator itself is negated only inside an earlier negator's scope.
 *
 * <p>Everything runs in time and memory linear in the length of the text, and never throws on
 * any string.
 */
public final class TextAnalyzer {
  private final Language lang;
  private final Tokenizer tokenizer;
  private final Segmenter segmenter;

  private TextAnalyzer(Language lang) {
    this.lang = lang;
    this.tokenizer = new Tokenizer(lang);
    this.segmenter = new Segmenter(lang);
  }

  private static final class EnglishHolder {
    static final TextAnalyzer INSTANCE = new TextAnalyzer(new English());
  }

  private static final class GermanHolder {
    static final TextAnalyzer INSTANCE = new TextAnalyzer(new German());
  }

  /**
   * The analyzer of a locale's language: German for "de", English for "en" and for languages
   * without data. Each language's lists are loaded once, on first use.
   *
   * @param locale the locale of the texts
   * @return the shared analyzer
   * @throws NullPointerException when locale is null
   */
  public static TextAnalyzer forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().equals("de")) {
      return GermanHolder.INSTANCE;
    }
    return EnglishHolder.INSTANCE;
  }

  /** @return the locale the analyzer lower-cases in */
  public Locale locale() {
    return lang.locale();
  }

  /**
   * The lemma-ish form of a single word, as {@link Word#lemma()} gives it.
   *
   * @param word a word
   * @return its lemma
   */
  public String lemma(String word) {
    return lang.lemma(normalize(lang.lower(word)));
  }

  /**
   * The dictionary syllable count of a single word, as {@link Word#syllables()} gives it.
   *
   * @param word a word
   * @return its syllables (at least 1 when it has a letter)
   */
  public int syllables(String word) {
    return lang.syllables(normalize(lang.lower(word)));
  }

  /** Curly apostrophes as straight ones, for lookups. */
  private static String normalize(String lower) {
    return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
  }

  /**
   * Analyses a text.
   *
   * @param text any string (null is treated as empty)
   * @return the analysed text
   */
  public AnalyzedText analyze(String text) {
    String t = text == null ? "" : text;
    Tokens tok = tokenizer.tokenize(t);
    List<Span> quotes = Quotes.find(t, tok);
    Segmenter.Result seg = segmenter.segment(t, tok, quotes);

    // words
    int words = 0;
    for (int k = 0; k < tok.size; k++) {
      if (!tok.isPunct(k)) {
        words++;
      }
    }
    int[] ws = new int[words];
    int[] we = new int[words];
    byte[] kind = new byte[words];
    int[] sent = new int[words];
    boolean[] breakBefore = new boolean[words];
    String[] lower = new String[words];
    String[] surface = new String[words];
    Lexeme[] lex = new Lexeme[words];
    WordKind[] kinds = WordKind.values();
    // words repeat (Zipf): each distinct form is looked up once per text
    Map<String, Lexeme> wordCache = new HashMap<>();
    Map<String, Lexeme> otherCache = new HashMap<>();
    String[] lemma = new String[words];
    int[] firstWord = new int[seg.size];
    int[] endWord = new int[seg.size];
    int w = 0;
    for (int s = 0; s < seg.size; s++) {
      firstWord[s] = w;
      boolean brk = true;
      for (int k = seg.first[s]; k < seg.end[s]; k++) {
        if (tok.isPunct(k)) {
          char c = t.charAt(tok.start[k]);
          if (c != '\'' && c != '\u2019' && c != '-' && c != '/' && c != '&') {
            brk = true;
          }
          continue;
        }
        ws[w] = tok.start[k];
        we[w] = tok.end[k];
        kind[w] = tok.type[k];
        sent[w] = s;
        breakBefore[w] = brk;
        brk = false;
        String raw = t.substring(ws[w], we[w]);
        surface[w] = raw;
        String lw = normalize(lang.lower(raw));
        boolean isWord = kind[w] == WordKind.WORD.ordinal();
        Lexeme x = (isWord ? wordCache : otherCache).get(lw);
        if (x == null) {
          x = new Lexeme(lang, lw, kinds[kind[w]]);
          (isWord ? wordCache : otherCache).put(lw, x);
        }
        lex[w] = x;
        lower[w] = x.lower;
        lemma[w] = x.lemma;
        w++;
      }
      endWord[s] = w;
    }

    PosHint[] pos = new PosHint[words];
    boolean[] negated = new boolean[words];
    boolean[] hedge = new boolean[words];
    boolean[] quoted = new boolean[words];
    int[] syl = new int[words];
    boolean scope = false;
    for (int i = 0; i < words; i++) {
      Lexeme x = lex[i];
      syl[i] = x.syllables;
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
      pos[i] = x.pos;
    }
    // quotation marks
    int q = 0;
    for (int i = 0; i < words && q < quotes.size(); ) {
      Span sp = quotes.get(q);
      if (we[i] <= sp.start()) {
        i++;
      } else if (ws[i] >= sp.end()) {
        q++;
      } else {
        quoted[i] = true;
        i++;
      }
    }
    // hedges, within sentences
    for (int s = 0; s < seg.size; s++) {
      for (int i = firstWord[s]; i < endWord[s]; ) {
        PhraseMatcher.Match<String> m = lang.hedges.isEmpty() ? null : lang.hedges.longestAt(lemma, i, endWord[s]);
        if (m == null || m.end() == i + 1 && i > firstWord[s] && !surface[i].equals(lower[i])
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

    List<Sentence> sentences = new ArrayList<>(seg.size);
    int counted = 0;
    int sylTotal = 0;
    int countedSentences = 0;
    int longest = 0;
    for (int s = 0; s < seg.size; s++) {
      int f = firstWord[s];
      int e = endWord[s];
      boolean passive = false;
      boolean agent = false;
      for (int i = f; i < e; i++) {
        if (pos[i] != PosHint.BE) {
          continue;
        }
        int j = i + 1;
        while (j < e && j - i <= lang.passiveGap() && !breakBefore[j] && pos[j] != PosHint.PARTICIPLE
            && lang.mayPrecedeParticiple(lower[j], pos[j])) {
          j++;
        }
        if (j < e && !breakBefore[j] && pos[j] == PosHint.PARTICIPLE) {
          passive = true;
          // the agent phrase ("by the panel", "vom Team") lies in the same clause, before or after
          for (int a = i + 1; a < e && a - j <= 8 && (a <= j || !breakBefore[a]); a++) {
            if (lex[a].role == Language.Role.AGENT) {
              agent = true;
              break;
            }
          }
          if (agent) {
            break;
          }
        }
      }
      // base verbs after a modal, an infinitive marker ("to") or a politeness word ("please")
      for (int i = f; i + 1 < e; i++) {
        boolean infinitive = lex[i].role == Language.Role.INFINITIVE;
        if (pos[i] == PosHint.MODAL || infinitive || lex[i].role == Language.Role.POLITE) {
          int j = i + 1;
          while (j < e && (pos[j] == PosHint.NEGATION || lang.isAdverb(lower[j])) && j - i <= 2) {
            j++;
          }
          if (j < e && pos[j] == PosHint.OTHER && kind[j] == WordKind.WORD.ordinal()
              && (pos[i] == PosHint.MODAL || lang.imperativeVerbs.contains(lower[j]))) {
            pos[j] = PosHint.BASE_VERB;
          }
        }
      }
      boolean imperative = false;
      int o = f;
      while (o < e && kind[o] != WordKind.WORD.ordinal()) {
        o++; // list markers "1."
      }
      if (o < e && lex[o].role == Language.Role.POLITE) {
        o++;
      }
      if (o < e && !seg.question[s] && lang.imperativeVerbs.contains(lower[o])) {
        PosHint nextPos = o + 1 < e ? pos[o + 1] : PosHint.OTHER;
        if (nextPos != PosHint.BE && nextPos != PosHint.HAVE && nextPos != PosHint.MODAL) {
          imperative = true;
          if (pos[o] == PosHint.OTHER) {
            pos[o] = PosHint.BASE_VERB;
          }
        }
      }
      int sentenceWords = 0;
      for (int i = f; i < e; i++) {
        if (kind[i] != WordKind.URL.ordinal() && kind[i] != WordKind.EMAIL.ordinal()) {
          sentenceWords++;
          sylTotal += syl[i];
        }
      }
      counted += sentenceWords;
      if (sentenceWords > 0) {
        countedSentences++;
      }
      longest = Math.max(longest, sentenceWords);
      sentences.add(new Sentence(s, tok.start[seg.first[s]], tok.end[seg.end[s] - 1], f, e, passive, agent, imperative,
          seg.question[s]));
    }

    List<Word> list = new ArrayList<>(words);
    for (int i = 0; i < words; i++) {
      list.add(new Word(i, ws[i], we[i], surface[i], lower[i], lemma[i], kinds[kind[i]], syl[i], sent[i],
          quoted[i], negated[i], hedge[i], pos[i]));
    }
    Metrics metrics = Metrics.of(t.length(), counted, countedSentences, sylTotal, longest);
    return new AnalyzedText(t, lang.locale(), sentences, list, quotes, metrics);
  }

  Language language() {
    return lang;
  }
}
