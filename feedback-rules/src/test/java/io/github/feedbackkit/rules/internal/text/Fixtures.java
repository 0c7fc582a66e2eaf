package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Word;
import java.util.Locale;

/** Shared helpers for the text-layer tests. */
final class Fixtures {
  static final TextAnalyzer EN = TextAnalyzer.forLocale(Locale.ENGLISH);

  private Fixtures() {}

  /** The first word of the analysed text whose text is exactly {@code text}. */
  static Word word(AnalyzedText t, String text) {
    return t.words().stream()
        .filter(w -> w.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no word '" + text + "' in " + t.words()));
  }
}
