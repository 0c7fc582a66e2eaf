package io.github.feedbackkit.rules;

import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One text field as the quality checks see it: its sentences, words (with lemmas, syllables,
 * quotation, negation and hedge marks, part-of-speech hints), quotations and readability metrics.
 * Immutable and built once per field, then shared by every check.
 *
 * <p>Obtain one from the analyzer rather than building it by hand:
 *
 * <pre>{@code
 * AnalyzedText t = analyzer.inspect("You sized the cache well. The schema was reviewed by Ana.");
 * for (Sentence s : t.sentences()) {
 *   if (s.passive()) {
 *     System.out.println(s.text(t.text()));      // "The schema was reviewed by Ana."
 *   }
 * }
 * for (Word w : t.words()) {
 *   if (w.negated() && !w.quoted()) { ... }      // words in a negation scope, not quoted
 * }
 * t.metrics().fleschReadingEase();
 * }</pre>
 *
 * <p>All offsets are UTF-16 indices into {@link #text()}; sentences cover every non-whitespace
 * character exactly once, in order.
 */
public final class AnalyzedText {
  private final String text;
  private final Locale locale;
  private final List<Sentence> sentences;
  private final List<Word> words;
  private final List<Span> quotes;
  private final Metrics metrics;

  /**
   * Assembles an analysed text; the text layer does this, checks only read it.
   *
   * @param text the original text
   * @param locale its locale
   * @param sentences the sentences in order
   * @param words the words in order
   * @param quotes the quoted spans in order
   * @param metrics the readability metrics
   * @throws NullPointerException naming the missing argument
   * @throws IllegalArgumentException when a sentence's word range lies outside the words
   */
  public AnalyzedText(
      String text, Locale locale, List<Sentence> sentences, List<Word> words, List<Span> quotes, Metrics metrics) {
    this.text = Objects.requireNonNull(text, "text");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.sentences = Immutable.list(sentences, "sentences");
    // the text layer's own word table is immutable already (and makes word records on demand)
    this.words = Objects.requireNonNull(words, "words") instanceof WordTable table ? table : List.copyOf(words);
    this.quotes = Immutable.list(quotes, "quotes");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    for (int i = 0, n = this.sentences.size(); i < n; i++) { // indexed: no iterator for every text
      Sentence s = this.sentences.get(i);
      if (s.endWord() > this.words.size() || s.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + s.index() + " lies outside the text or its words");
      }
    }
  }

  /** @return the original string, unchanged */
  public String text() {
    return text;
  }

  /** @return the locale the text was analysed in */
  public Locale locale() {
    return locale;
  }

  /** @return the sentences in order; they cover every non-whitespace character exactly once */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** @return the word-like tokens in order (punctuation excluded) */
  public List<Word> words() {
    return words;
  }

  /**
   * The words of one sentence.
   *
   * @param s a sentence of this text
   * @return {@code words().subList(s.firstWord(), s.endWord())}
   */
  public List<Word> words(Sentence s) {
    Objects.requireNonNull(s, "sentence");
    return words.subList(s.firstWord(), s.endWord());
  }

  /** @return words, sentences, syllables, Flesch Reading Ease, Flesch–Kincaid grade, longest sentence */
  public Metrics metrics() {
    return metrics;
  }

  /** @return the spans inside quotation marks (without the marks), in order */
  public List<Span> quotes() {
    return quotes;
  }

  /**
   * The text of a span.
   *
   * @param start start offset
   * @param end end offset
   * @return {@code text().substring(start, end)}
   */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalyzedText other
        && text.equals(other.text)
        && locale.equals(other.locale)
        && sentences.equals(other.sentences)
        && words.equals(other.words)
        && quotes.equals(other.quotes)
        && metrics.equals(other.metrics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, locale, sentences, words, quotes, metrics);
  }

  @Override
  public String toString() {
    return "AnalyzedText[" + sentences.size() + " sentences, " + words.size() + " words]";
  }
}
