package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns one text field into an {@link AnalyzedText}: sentences, words (lower case, lemma, kind,
 * syllables, quotation, negation, hedge, part-of-speech hint), quotations and readability metrics.
 * Thread-safe; the word lists of a language are loaded once, the syllable table on first use, and
 * each analyzer remembers the word forms it has met ({@link WordMemo}), which never changes a
 * result.
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
  private final WordMemo memo;
  private final Scratch.Pool scratches = new Scratch.Pool();

  private TextAnalyzer(Kit kit) {
    this.lang = kit.lang;
    this.tokenizer = kit.tokenizer;
    this.segmenter = kit.segmenter;
    this.memo = new WordMemo(kit.lang);
  }

  /** A language's immutable lists and the tokenizer and segmenter that read them. */
  private static final class Kit {
    final Language lang;
    final Tokenizer tokenizer;
    final Segmenter segmenter;

    Kit(Language lang) {
      this.lang = lang;
      this.tokenizer = new Tokenizer(lang);
      this.segmenter = new Segmenter(lang);
    }
  }

  private static final class EnglishHolder {
    static final Kit KIT = new Kit(new English());
  }

  private static final class GermanHolder {
    static final Kit KIT = new Kit(new German());
  }

  /**
   * A new analyzer of a locale's language: German for "de", English for "en" and for languages
   * without data. Each language's lists are loaded once, on first use, and shared; each analyzer
   * remembers the word forms it has met (see {@link WordMemo}), so keep one and reuse it.
   *
   * @param locale the locale of the texts
   * @return a new analyzer
   * @throws NullPointerException when locale is null
   */
  public static TextAnalyzer forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().equals("de")) {
      return new TextAnalyzer(GermanHolder.KIT);
    }
    return new TextAnalyzer(EnglishHolder.KIT);
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
  static String normalize(String lower) {
    return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
  }

  /**
   * Analyses a text.
   *
   * @param text any string (null is treated as empty)
   * @return the analysed text
   */
  public AnalyzedText analyze(String text) {
    Scratch scratch = scratches.take();
    try {
      return read(text, null, scratch);
    } finally {
      scratches.give(scratch);
    }
  }

  /**
   * Analyses a text and finds the phrases of a set's lists in it, as {@code
   * phrases.find(analyze(text))} does, but looking each word's lemma up in the set's vocabulary
   * while the words are collected: a word form met before knows its lemma's id.
   *
   * @param text any string (null is treated as empty)
   * @param phrases the phrase lists to find
   * @return the matches, whose {@link PhraseSet.Found#text()} is the analysed text
   * @throws NullPointerException when phrases is null
   */
  public PhraseSet.Found analyze(String text, PhraseSet phrases) {
    Objects.requireNonNull(phrases, "phrases");
    Scratch scratch = scratches.take();
    try {
      return analyze(text, phrases, scratch);
    } finally {
      scratches.give(scratch);
    }
  }

  /**
   * Working arrays for {@link #analyze(String, PhraseSet, Scratch)}: ones this analyzer kept from
   * an earlier caller, or new ones. Give them back with {@link #giveBack} when done (a scratch not
   * given back is simply collected).
   *
   * <pre>{@code
   * Scratch scratch = analyzer.takeScratch();
   * try {
   *   for (String field : fields) { analyzer.analyze(field, phrases, scratch); }
   * } finally {
   *   analyzer.giveBack(scratch);
   * }
   * }</pre>
   *
   * @return working arrays that are the caller's alone until given back
   */
  public Scratch takeScratch() {
    return scratches.take();
  }

  /**
   * Returns working arrays from {@link #takeScratch} for a later caller to reuse (unless they grew
   * large). The caller must not use them afterwards. Arrays this analyzer did not lend, or already
   * had back, are ignored.
   *
   * @param scratch working arrays taken from this analyzer, given back by the thread that took them
   * @throws NullPointerException when scratch is null
   */
  public void giveBack(Scratch scratch) {
    scratches.give(Objects.requireNonNull(scratch, "scratch"));
  }

  /**
   * {@link #analyze(String, PhraseSet)} with working arrays that the calling thread reuses from
   * one text to the next (the fields of a document): the result is the same, without taking
   * arrays from this analyzer's pool and giving them back for every text.
   *
   * @param text any string (null is treated as empty)
   * @param phrases the phrase lists to find
   * @param scratch working arrays, used by one thread at a time
   * @return the matches, whose {@link PhraseSet.Found#text()} is the analysed text
   * @throws NullPointerException when phrases or scratch is null
   */
  public PhraseSet.Found analyze(String text, PhraseSet phrases, Scratch scratch) {
    Objects.requireNonNull(phrases, "phrases");
    Objects.requireNonNull(scratch, "scratch");
    AnalyzedText analyzed = read(text, phrases.vocabulary(), scratch);
    // the draft wrote each word's lemma id into the scratch (a text without words reads none)
    return phrases.found(analyzed, scratch.lemmaIds(), scratch);
  }

  /**
   * @param text any string (null is treated as empty)
   * @param vocabulary a phrase vocabulary whose lemma ids to write into the scratch's {@link
   *     Scratch#lemmaIds()}, or null
   * @param scratch working arrays
   */
  private AnalyzedText read(String text, LemmaIds vocabulary, Scratch scratch) {
    String t = text == null ? "" : text;
    Tokens tok = tokenizer.tokenize(t, scratch);
    if (tok.size == 0) {
      // an empty or blank text: no sentences, words or quotations (what the passes below give)
      return new AnalyzedText(t, lang.locale(), List.of(), WordTable.EMPTY, List.of(), Metrics.of(t.length(), 0, 0, 0, 0));
    }
    List<Span> quotes = Quotes.find(t, tok);
    Segmenter.Result seg = segmenter.segment(t, tok, quotes, scratch);
    Draft d = new Draft(lang, memo, t, tok, seg, vocabulary, scratch);
    d.markNegation();
    d.markCalendarDates();
    d.markQuotes(quotes);
    d.markHedges();
    return d.build(quotes);
  }

  Language language() {
    return lang;
  }
}
