package io.github.feedbackkit.rules;

/**
 * A quality check: one rule with a stable id, declared once in its {@link CheckDescriptor}.
 * Implement {@link TextCheck} (sees one analysed text field at a time) or {@link DocumentCheck}
 * (sees the whole feedback document). Checks are stateless and thread-safe; configure them through
 * their constructor. Plugins are found with {@link java.util.ServiceLoader} as {@code
 * io.github.feedbackkit.rules.Check} services, or added with {@link
 * FeedbackAnalyzer.Builder#addCheck(Check)}.
 *
 * <pre>{@code
 * public final class NoShoutingCheck implements TextCheck {
 *   private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/no-shouting")
 *       .dimension(Dimension.CLARITY)
 *       .summary("Words in capitals read as shouting")
 *       .rationale("Capitals read as anger; the recipient hears the tone, not the point.")
 *       .severity(Severity.WARNING)
 *       .good("Your answer was clear.")
 *       .bad("Your answer was «WRONG».")
 *       .build();
 *
 *   public CheckDescriptor descriptor() { return DESCRIPTOR; }
 *
 *   public void check(AnalyzedText text, CheckContext context, FindingSink sink) {
 *     for (Word w : text.words()) {
 *       if (w.text().length() > 3 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))
 *           && !w.text().equals(w.lower())) {
 *         sink.report(w.start(), w.end()).message("Capitals read as shouting.").suggest(w.lower());
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Check {
  /** @return the check's metadata: id, dimension, summary, severity, examples */
  CheckDescriptor descriptor();
}
