package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.ReadingCheck;
import java.util.ArrayList;
import java.util.List;

/** Base of the built-in checks: holds the descriptor and picks the fields a check reads. */
abstract class BuiltInCheck implements ReadingCheck {
  private final CheckDescriptor descriptor;

  BuiltInCheck(CheckDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final CheckDescriptor descriptor() {
    return descriptor;
  }

  /** @return the author's prose: free text, summary, observations */
  static List<FieldText> prose(Reading r) {
    List<FieldText> fields = r.fields();
    for (int i = 0, n = fields.size(); i < n; i++) {
      if (!fields.get(i).role().isProse()) {
        return select(fields, i, true);
      }
    }
    return fields; // all prose, as free text usually is: no copy
  }

  /** @return prose and action descriptions: everything the recipient reads as the author's words */
  static List<FieldText> written(Reading r) {
    List<FieldText> fields = r.fields();
    for (int i = 0, n = fields.size(); i < n; i++) {
      if (fields.get(i).role() == FieldRole.EVIDENCE) {
        return select(fields, i, false);
      }
    }
    return fields; // no evidence: no copy
  }

  /** The fields before {@code from} and those after it that are prose (or not evidence). */
  private static List<FieldText> select(List<FieldText> fields, int from, boolean prose) {
    List<FieldText> out = new ArrayList<>(fields.subList(0, from));
    for (int i = from + 1, n = fields.size(); i < n; i++) {
      FieldText f = fields.get(i);
      if (prose ? f.role().isProse() : f.role() != FieldRole.EVIDENCE) {
        out.add(f);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return descriptor.id();
  }
}
