package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.internal.text.PhraseLexicon;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.PhraseSet;
import java.util.List;

/**
 * One analysed text field of the input with its role and the signals of its sentences.
 *
 * @param field the field's name ({@code text}, {@code summary}, {@code observations[0].text}, …)
 * @param order the field's position in document order
 * @param role what the field is
 * @param text the analysed text
 * @param sentences the signals of each sentence, in order
 * @param hasEvidence whether the field is an observation that carries evidence
 * @param phrases the phrases of every word list found in the text, computed once for all checks
 */
public record FieldText(
    String field, int order, FieldRole role, AnalyzedText text, List<SentenceSignals> sentences, boolean hasEvidence,
    PhraseSet.Found phrases) {
  /** Copies the list. */
  public FieldText {
    sentences = List.copyOf(sentences);
    java.util.Objects.requireNonNull(phrases, "phrases");
  }

  /**
   * @param lexicon one of the word lists
   * @return its matches in the text, as {@code lexicon.find(text())} (found once, shared)
   */
  public List<PhraseMatch> matches(PhraseLexicon lexicon) {
    return phrases.of(lexicon);
  }

  /**
   * {@link #matches(PhraseLexicon)} for a lexicon at a known position in the phrase set: found
   * without a search when it is there, as it is for the lists of the {@link Lexicons} that read
   * the field (their positions are {@link Lexicons#JARGON} and the like).
   *
   * @param lexicon one of the lexicons
   * @param position its position in the set the field was read with
   * @return its matches in the field, in text order
   */
  public List<PhraseMatch> matches(PhraseLexicon lexicon, int position) {
    return phrases.of(lexicon, position);
  }
}
