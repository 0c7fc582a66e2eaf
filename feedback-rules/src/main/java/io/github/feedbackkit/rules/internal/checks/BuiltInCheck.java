package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.internal.engine.ReadingCheck;

/**
 * Base of the built-in checks: holds the descriptor. A check reads the prose fields ({@code
 * f.role().isProse()}) or every field but evidence, testing each field's role as it goes rather
 * than collecting them in a list for every analysis.
 */
abstract class BuiltInCheck implements ReadingCheck {
  private final CheckDescriptor descriptor;

  BuiltInCheck(CheckDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public final CheckDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public String toString() {
    return descriptor.id();
  }
}
