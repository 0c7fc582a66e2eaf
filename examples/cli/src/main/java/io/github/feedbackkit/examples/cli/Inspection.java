package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.Metrics;
import java.util.List;

/**
 * How the engine reads one text, as {@code feedbackkit inspect} prints it: sentences, words with
 * their syllables, and the readability metrics.
 *
 * @param sentences the sentences, in order
 * @param words the words, in order
 * @param metrics the metrics of the text
 */
record Inspection(List<Span> sentences, List<Word> words, Metrics metrics) {
  /** A sentence: its half-open UTF-16 span and its text. */
  record Span(int start, int end, String text) {}

  /** A word: its span, text and syllable count. */
  record Word(int start, int end, String text, int syllables) {}
}
