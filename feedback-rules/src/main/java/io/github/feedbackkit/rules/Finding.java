package io.github.feedbackkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found: which rule, in which dimension, how serious, where (a field and a
 * half-open span of UTF-16 offsets into it, as {@link String#substring(int, int)} reads them), the
 * excerpt, a message to the author in plain words, and suggestions in order of preference.
 * Immutable; checked on creation.
 *
 * @param ruleId the stable rule id, {@code dimension/rule-name}, e.g. {@code specificity/vague-evaluation}
 * @param dimension the dimension the rule belongs to
 * @param severity how serious the finding is (after policy overrides)
 * @param field where the span lies: {@code summary}, {@code observations[2].text}, {@code
 *     actions[0].description}, or {@code text} for free text; a document-level finding (such as
 *     timeliness) names the field it is about (e.g. {@code deliveredAt}) with an empty span
 * @param start start offset, inclusive
 * @param end end offset, exclusive
 * @param excerpt the text of the span
 * @param message what is wrong and why it matters, addressed to the author
 * @param suggestions what to do, most preferred first; may be empty
 */
public record Finding(
    String ruleId,
    Dimension dimension,
    Severity severity,
    String field,
    int start,
    int end,
    String excerpt,
    String message,
    List<Suggestion> suggestions) {

  /**
   * Validates the finding.
   *
   * @param ruleId the stable rule id, {@code dimension/rule-name}, e.g. {@code specificity/vague-evaluation}
   * @param dimension the dimension the rule belongs to
   * @param severity how serious the finding is (after policy overrides)
   * @param field where the span lies: {@code summary}, {@code observations[2].text}, {@code
   *     actions[0].description}, or {@code text} for free text; a document-level finding (such as
   *     timeliness) names the field it is about (e.g. {@code deliveredAt}) with an empty span
   * @param start start offset, inclusive
   * @param end end offset, exclusive
   * @param excerpt the text of the span
   * @param message what is wrong and why it matters, addressed to the author
   * @param suggestions what to do, most preferred first; may be empty
   * @throws IllegalArgumentException when the rule id is malformed, the span is negative or
   *     reversed, the excerpt's length does not match the span, or the message is blank
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(message, "message");
    if (!isWellFormedRuleId(ruleId)) {
      throw new IllegalArgumentException(
          "malformed rule id '" + ruleId + "': expected 'dimension/rule-name' in lower case");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") for " + ruleId);
    }
    if (excerpt.length() != end - start) {
      throw new IllegalArgumentException(
          "excerpt length " + excerpt.length() + " does not match span [" + start + ", " + end + ")");
    }
    if (field.isBlank()) {
      throw new IllegalArgumentException("field must not be blank for " + ruleId);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank for " + ruleId);
    }
    suggestions = Immutable.list(suggestions, "suggestions");
  }

  /** @return the preferred suggestion, if any */
  public Optional<Suggestion> suggestion() {
    return suggestions.isEmpty() ? Optional.empty() : Optional.of(suggestions.get(0));
  }

  /**
   * @param ruleId a candidate rule id
   * @return whether it reads {@code segment/segment}, each segment a lower-case letter followed by
   *     lower-case letters, digits or hyphens
   */
  public static boolean isWellFormedRuleId(String ruleId) {
    int slash = ruleId.indexOf('/');
    return slash > 0
        && slash == ruleId.lastIndexOf('/')
        && Dimension.isWellFormed(ruleId, 0, slash)
        && Dimension.isWellFormed(ruleId, slash + 1, ruleId.length());
  }
}
