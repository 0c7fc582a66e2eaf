package io.github.feedbackkit.rules.internal.text;

import java.util.Objects;

/**
 * One occurrence of a lexicon phrase in a text.
 *
 * @param firstWord index of the first matched word in {@code AnalyzedText.words()}
 * @param endWord index after the last matched word
 * @param start UTF-16 start offset of the first word
 * @param end UTF-16 end offset of the last word
 * @param entry the lexicon entry that matched
 */
public record PhraseMatch(int firstWord, int endWord, int start, int end, PhraseLexicon.Entry entry) {
  /**
   * Validates the match.
   *
   * @throws IllegalArgumentException when the ranges are reversed
   * @throws NullPointerException when entry is null
   */
  public PhraseMatch {
    Objects.requireNonNull(entry, "entry");
    if (firstWord < 0 || endWord <= firstWord || start < 0 || end < start) {
      throw new IllegalArgumentException("invalid phrase match [" + firstWord + ", " + endWord + ")");
    }
  }
}
