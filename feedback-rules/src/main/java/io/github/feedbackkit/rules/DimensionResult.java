package io.github.feedbackkit.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The result of one dimension: whether it was assessed (timeliness is not, for free text or an
 * unknown event time), its score 0–100, whether it passed the policy's threshold, and the counts
 * behind the score (for example {@code strengths}, {@code improvements}, {@code vagueStatements}).
 *
 * @param dimension the dimension
 * @param assessed whether the dimension applies to this input
 * @param score the score 0–100 when assessed
 * @param passed whether the score reached the threshold, when assessed
 * @param counts the counts behind the score, sorted by name
 */
public record DimensionResult(
    Dimension dimension,
    boolean assessed,
    OptionalInt score,
    Optional<Boolean> passed,
    Map<String, Integer> counts) {

  /**
   * Validates the result.
   *
   * @param dimension the dimension
   * @param assessed whether the dimension applies to this input
   * @param score the score 0–100 when assessed
   * @param passed whether the score reached the threshold, when assessed
   * @param counts the counts behind the score, sorted by name
   * @throws IllegalArgumentException when score/passed do not match {@code assessed} or the score
   *     is outside 0–100
   */
  public DimensionResult {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(passed, "passed");
    if (assessed != score.isPresent() || assessed != passed.isPresent()) {
      throw new IllegalArgumentException(
          dimension + ": score and passed must be present exactly when assessed");
    }
    if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 100)) {
      throw new IllegalArgumentException(dimension + ": score " + score.getAsInt() + " outside 0-100");
    }
    counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /**
   * @param dimension the dimension
   * @return a not-assessed result
   */
  public static DimensionResult notAssessed(Dimension dimension) {
    return new DimensionResult(dimension, false, OptionalInt.empty(), Optional.empty(), Map.of());
  }

  /**
   * @param dimension the dimension
   * @param score the score 0–100
   * @param passed whether it passed
   * @param counts the counts behind the score
   * @return an assessed result
   */
  public static DimensionResult assessed(
      Dimension dimension, int score, boolean passed, Map<String, Integer> counts) {
    return new DimensionResult(dimension, true, OptionalInt.of(score), Optional.of(passed), counts);
  }
}
