package io.github.feedbackkit.rules;

import java.util.Locale;

/** A plugin check in a new dimension, found by ServiceLoader in the tests (see META-INF/services). */
public final class ShoutingPlugin implements TextCheck {
  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("tone/no-shouting")
      .summary("Words in capitals read as shouting")
      .rationale("Capitals read as anger.")
      .good("Your answer was clear.")
      .bad("Your answer was «WRONG».")
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(AnalyzedText text, CheckContext context, FindingSink sink) {
    for (Word w : text.words()) {
      if (w.text().length() > 3 && w.text().equals(w.text().toUpperCase(Locale.ROOT)) && !w.text().equals(w.lower())) {
        sink.report(w.start(), w.end()).message("Capitals read as shouting.").suggest(w.lower());
      }
    }
  }
}
