package io.github.feedbackkit.rules;

import java.util.Objects;

/**
 * A word-like token of an {@link AnalyzedText}: a word, number, percentage, amount, ordinal, date,
 * time, URL or e-mail address. Punctuation is not a word.
 *
 * @param index position in {@link AnalyzedText#words()}
 * @param start UTF-16 start offset into the text, inclusive
 * @param end UTF-16 end offset, exclusive
 * @param text {@code text().substring(start, end)}
 * @param lower lower-cased in the text's locale
 * @param lemma a lemma-ish form with plural and verb inflections reduced ("sized" → "size",
 *     "answers" → "answer", "was" → "be"); equal to {@code lower} when nothing applies
 * @param kind what the token is
 * @param syllables syllables as a dictionary counts them (0 for URLs and e-mail addresses)
 * @param sentence index of the sentence the word belongs to
 * @param quoted whether the word lies inside a quotation (someone else's words)
 * @param negated whether the word lies inside a negation scope (after "not", "no", "never", a
 *     "n't" form, "without"..., up to the end of the clause or a clause-opening word such as
 *     "but", "that", "because"); a negator is itself negated only inside an earlier scope
 * @param hedge whether the word is (part of) a hedge ("maybe", "perhaps", "kind of")
 * @param pos a coarse part-of-speech hint
 */
public record Word(
    int index,
    int start,
    int end,
    String text,
    String lower,
    String lemma,
    WordKind kind,
    int syllables,
    int sentence,
    boolean quoted,
    boolean negated,
    boolean hedge,
    PosHint pos) {

  /**
   * Validates the word.
   *
   * @throws IllegalArgumentException when a field is missing, the span is invalid or the text
   *     does not match the span's length
   */
  public Word {
    Objects.requireNonNull(text, "word text");
    Objects.requireNonNull(lower, "word lower");
    Objects.requireNonNull(lemma, "word lemma");
    Objects.requireNonNull(kind, "word kind");
    Objects.requireNonNull(pos, "word pos");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("invalid word span [" + start + ", " + end + ") for a text of length " + text.length());
    }
    if (index < 0 || sentence < 0 || syllables < 0) {
      throw new IllegalArgumentException("word index, sentence and syllables must not be negative");
    }
  }
}
