package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.QualityPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input as the built-in checks read it: every analysed text field, the strengths and
 * improvement areas found in structure and prose, the actions offered, and whether the feedback
 * turns a candidate down. Built once per analysis and shared by every check.
 *
 * @param feedback the document, absent for free text
 * @param fields the analysed text fields, in document order
 * @param strengths the strengths acknowledged
 * @param improvements the improvement areas named
 * @param actionSignals how many ways forward are offered (action sentences, action items — two
 *     for one with a due date, a measure or a resource — and an agreed follow-up)
 * @param specificStatements evaluative statements tied to an instance or measure, plus structured
 *     observations with evidence
 * @param rejection whether the feedback turns a candidate down
 * @param now the instant taken as "now"
 * @param policy the policy
 * @param fieldOrder the position of every field name, text or not, in document order
 * @param lateness how late the feedback is, or empty when timeliness is not assessed
 */
public record Reading(
    Optional<Feedback> feedback,
    List<FieldText> fields,
    List<Unit> strengths,
    List<Unit> improvements,
    int actionSignals,
    int specificStatements,
    boolean rejection,
    Instant now,
    QualityPolicy policy,
    Map<String, Integer> fieldOrder,
    Optional<Lateness> lateness) {

  /** Copies the collections. */
  public Reading {
    fields = List.copyOf(fields);
    strengths = List.copyOf(strengths);
    improvements = List.copyOf(improvements);
    fieldOrder = fieldOrder instanceof FieldOrder ? fieldOrder : Map.copyOf(fieldOrder);
  }

  /**
   * @param name a field name
   * @return the text of the text field of that name, or null when there is none
   */
  String textOf(String name) {
    if (fieldOrder instanceof FieldOrder order) {
      int i = order.indexOf(name);
      return i >= 0 && i < fields.size() ? fields.get(i).text().text() : null;
    }
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (f.field().equals(name)) {
        return f.text().text();
      }
    }
    return null;
  }

  /**
   * @param name a field name
   * @return its position in document order, or {@code Integer.MAX_VALUE} when it is no field of the input
   */
  int orderOf(String name) {
    if (fieldOrder instanceof FieldOrder order) {
      int i = order.indexOf(name);
      return i < 0 ? Integer.MAX_VALUE : i;
    }
    return fieldOrder.getOrDefault(name, Integer.MAX_VALUE);
  }

  /**
   * @param name a field name
   * @return the field's text, if it is a text field of the input
   */
  public Optional<FieldText> field(String name) {
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (f.field().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** @return the language of the input: the document's locale, or the policy's for free text */
  public java.util.Locale locale() {
    return feedback.map(Feedback::locale).orElse(policy.locale());
  }

  /** @return whether the built-in word lists cover the input's language */
  public boolean wordListsCover() {
    return Lexicons.covers(locale());
  }

  /** @return the name of the main prose field: {@code text}, {@code summary}, or the first field */
  public String mainField() {
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (f.role() == FieldRole.TEXT || f.role() == FieldRole.SUMMARY) {
        return f.field();
      }
    }
    return fields.isEmpty() ? "summary" : fields.get(0).field();
  }
}
