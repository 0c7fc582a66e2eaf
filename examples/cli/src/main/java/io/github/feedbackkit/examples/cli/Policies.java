package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.QualityPolicy;
import java.nio.file.Path;

/** Reads a {@code --policy} file. */
final class Policies {
  private Policies() {}

  static QualityPolicy read(Path file) throws InputProblem {
    throw new InputProblem("policy files are not supported by this build yet");
  }
}
