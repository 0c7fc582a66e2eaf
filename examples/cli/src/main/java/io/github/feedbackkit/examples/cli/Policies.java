package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.render.json.FeedbackJsonException;
import io.github.feedbackkit.render.json.PolicyJson;
import io.github.feedbackkit.rules.QualityPolicy;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a {@code --policy} file with {@link PolicyJson}; every problem becomes an {@link InputProblem}. */
final class Policies {
  private Policies() {}

  static QualityPolicy read(Path file) throws InputProblem {
    try {
      return PolicyJson.read(file);
    } catch (FeedbackJsonException e) {
      String message = "bad policy: " + e.field().map(f -> f + ": ").orElse("") + e.problem();
      throw new InputProblem(message, e.line(), e.column(), List.of());
    } catch (NoSuchFileException e) {
      throw new InputProblem("no such policy file");
    } catch (AccessDeniedException e) {
      throw new InputProblem("permission denied");
    } catch (IOException e) {
      throw new InputProblem("cannot read the policy: " + e.getMessage());
    }
  }
}
