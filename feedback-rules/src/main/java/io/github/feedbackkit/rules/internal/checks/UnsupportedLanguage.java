package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.Reading;
import java.util.Locale;

/**
 * {@code clarity/unsupported-language}: the text's language has no word lists, so specificity,
 * balance, actionability and fairness are not assessed; says so instead of passing quietly.
 */
final class UnsupportedLanguage extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/unsupported-language")
      .summary("The text's language has no word lists: only timeliness and clarity are assessed")
      .rationale("Specificity, balance, actionability and fairness are read with English word lists. On another "
          + "language they would find nothing and pass quietly, so they are marked not assessed and this note says "
          + "why; a person should read the feedback.")
      .severity(Severity.INFO)
      .good("Your sprint demo on Thursday was clear.")
      .badDocument("German-language feedback (locale de)",
          Examples.employee("language-de", io.github.feedbackkit.core.SessionType.CAREER_DEVELOPMENT)
              .locale(Locale.GERMAN)
              .summary("Deine Präsentation am Donnerstag war klar und gut vorbereitet.").build(),
          Examples.at("2026-11-30T12:00:00Z"), "summary")
      .build();

  UnsupportedLanguage() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    if (reading.wordListsCover()) {
      return;
    }
    Locale locale = reading.locale();
    sink.report(reading.mainField(), 0, 0)
        .message("There are no word lists for the language \"" + locale.toLanguageTag() + "\": specificity, "
            + "balance, actionability and fairness were not assessed.")
        .prompt("Have a person read it against the rubric, or write the feedback in English.");
  }
}
