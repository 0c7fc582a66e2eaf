package io.github.feedbackkit.rules;

/**
 * Readability figures of a text (or of all text fields of a document together), computed the
 * standard way: Flesch Reading Ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words;
 * Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59. With no words
 * or no sentences the three ratios are 0.
 *
 * @param characters UTF-16 length of the text(s)
 * @param words number of words
 * @param sentences number of sentences
 * @param syllables number of syllables over all words
 * @param fleschReadingEase Flesch Reading Ease
 * @param fleschKincaidGrade Flesch–Kincaid grade level
 * @param averageSentenceLength words per sentence
 * @param longestSentenceWords number of words in the longest sentence
 */
public record Metrics(
    int characters,
    int words,
    int sentences,
    int syllables,
    double fleschReadingEase,
    double fleschKincaidGrade,
    double averageSentenceLength,
    int longestSentenceWords) {

  /** The metrics of an empty text. */
  public static final Metrics EMPTY = new Metrics(0, 0, 0, 0, 0.0, 0.0, 0.0, 0);

  /**
   * Validates the counts.
   *
   * @param characters UTF-16 length of the text(s)
   * @param words number of words
   * @param sentences number of sentences
   * @param syllables number of syllables over all words
   * @param fleschReadingEase Flesch Reading Ease
   * @param fleschKincaidGrade Flesch–Kincaid grade level
   * @param averageSentenceLength words per sentence
   * @param longestSentenceWords number of words in the longest sentence
   * @throws IllegalArgumentException when a count is negative
   */
  public Metrics {
    if (characters < 0 || words < 0 || sentences < 0 || syllables < 0 || longestSentenceWords < 0) {
      throw new IllegalArgumentException("metrics counts must not be negative");
    }
  }

  /**
   * Computes the metrics from raw counts with the published formulas.
   *
   * @param characters UTF-16 length
   * @param words word count
   * @param sentences sentence count
   * @param syllables syllable count
   * @param longestSentenceWords words in the longest sentence
   * @return the metrics
   */
  public static Metrics of(int characters, int words, int sentences, int syllables, int longestSentenceWords) {
    if (words == 0 || sentences == 0) {
      return new Metrics(characters, words, sentences, syllables, 0.0, 0.0, 0.0, longestSentenceWords);
    }
    double asl = (double) words / sentences;
    double asw = (double) syllables / words;
    double fre = 206.835 - 1.015 * asl - 84.6 * asw;
    double fkgl = 0.39 * asl + 11.8 * asw - 15.59;
    return new Metrics(characters, words, sentences, syllables, fre, fkgl, asl, longestSentenceWords);
  }

  /**
   * Adds two sets of counts and recomputes the formulas, for the metrics of several fields.
   *
   * @param other the other metrics
   * @return the combined metrics
   */
  public Metrics plus(Metrics other) {
    return of(
        characters + other.characters,
        words + other.words,
        sentences + other.sentences,
        syllables + other.syllables,
        Math.max(longestSentenceWords, other.longestSentenceWords));
  }
}
