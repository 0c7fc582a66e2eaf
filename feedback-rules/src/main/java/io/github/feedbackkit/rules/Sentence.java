package io.github.feedbackkit.rules;

/**
 * A sentence of an {@link AnalyzedText}: a half-open UTF-16 span, trimmed of surrounding
 * whitespace, and the range of its words in {@link AnalyzedText#words()}.
 *
 * @param index position in {@link AnalyzedText#sentences()}
 * @param start start offset, inclusive
 * @param end end offset, exclusive
 * @param firstWord index of its first word
 * @param endWord index after its last word ({@code firstWord == endWord} when it has none)
 * @param passive whether it contains a passive construction: a form of "be" or "get", optionally
 *     followed by adverbs, then a past participle ("was sized", "is not being reviewed")
 * @param passiveWithAgent whether such a construction is followed, in the same clause, by a "by"
 *     agent phrase ("was reviewed by the panel")
 * @param imperative whether it opens with a base-form verb ("Practise the STAR format"), after an
 *     optional list marker and "please"
 * @param question whether it ends with a question mark
 */
public record Sentence(
    int index,
    int start,
    int end,
    int firstWord,
    int endWord,
    boolean passive,
    boolean passiveWithAgent,
    boolean imperative,
    boolean question) {

  /**
   * Validates the sentence.
   *
   * @throws IllegalArgumentException when the span or the word range is invalid
   */
  public Sentence {
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("invalid sentence span [" + start + ", " + end + ")");
    }
    if (firstWord < 0 || endWord < firstWord) {
      throw new IllegalArgumentException("invalid sentence word range [" + firstWord + ", " + endWord + ")");
    }
  }

  /** @return the number of words in the sentence */
  public int wordCount() {
    return endWord - firstWord;
  }

  /**
   * The text of the sentence.
   *
   * @param text the analysed text the sentence belongs to
   * @return {@code text.substring(start, end)}
   */
  public String text(String text) {
    return text.substring(start, end);
  }
}
