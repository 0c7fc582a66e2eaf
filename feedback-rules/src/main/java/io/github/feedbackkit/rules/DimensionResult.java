package io.github.feedbackkit.rules;

import io.github.feedbackkit.rules.internal.engine.SortedCounts;
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
    // the scoring's counts are immutable and sorted already: kept as they are rather than copied
    counts = counts instanceof SortedCounts ? counts : java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** Every score's {@link OptionalInt}, made once (they are values: which instance is never seen). */
  private static final java.util.List<OptionalInt> SCORES = scores();

  private static final Optional<Boolean> PASSED = Optional.of(true);
  private static final Optional<Boolean> FAILED = Optional.of(false);

  private static java.util.List<OptionalInt> scores() {
    OptionalInt[] all = new OptionalInt[101];
    for (int i = 0; i < all.length; i++) {
      all[i] = OptionalInt.of(i);
    }
    return java.util.List.of(all);
  }

  /**
   * @param dimension the dimension
   * @return a not-assessed result
   */
  public static DimensionResult notAssessed(Dimension dimension) {
    return new DimensionResult(dimension, false, OptionalInt.empty(), Optional.empty(), SortedCounts.empty());
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
    return new DimensionResult(dimension, true, score >= 0 && score <= 100 ? SCORES.get(score) : OptionalInt.of(score),
        passed ? PASSED : FAILED, counts);
  }
}
