package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.FindingSink;

/** A built-in check: reads the shared {@link Reading} of free text or a document. */
public interface ReadingCheck extends Check {
  /**
   * @param reading the input as read once for all checks
   * @param sink where to report, naming the field of each finding
   */
  void check(Reading reading, FindingSink sink);
}
