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
    List<FieldText> out = new ArrayList<>();
    for (FieldText f : r.fields()) {
      if (f.role().isProse()) {
        out.add(f);
      }
    }
    return out;
  }

  /** @return prose and action descriptions: everything the recipient reads as the author's words */
  static List<FieldText> written(Reading r) {
    List<FieldText> out = new ArrayList<>();
    for (FieldText f : r.fields()) {
      if (f.role() != FieldRole.EVIDENCE) {
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
