package io.github.feedbackkit.testkit;

import io.github.feedbackkit.core.Feedback;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link FeedbackGenerators} as QuickTheories {@link Gen}s. QuickTheories is an optional
 * dependency of the testkit: add {@code org.quicktheories:quicktheories} to your test scope to use
 * this class.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGenerators.valid(FeedbackGenerators.hostile()))
 *     .checkAssert(doc -> assertThat(json.read(json.write(doc))).isEqualTo(doc));
 * }</pre>
 *
 * <p>Each value is drawn from one {@code long} seed taken from QuickTheories, so QuickTheories
 * reports and replays failures by its own seed; it shrinks the seed, not the document.
 */
public final class QuickTheoriesGenerators {
  private QuickTheoriesGenerators() {}

  /**
   * @param generators the settings (size, hostile text)
   * @return valid documents
   */
  public static Gen<Feedback> valid(FeedbackGenerators generators) {
    Objects.requireNonNull(generators, "generators");
    return seeds().map(seed -> generators.valid(seed));
  }

  /**
   * @param generators the settings (size, hostile text)
   * @param rule the rule every document breaks
   * @return documents that break exactly this rule
   */
  public static Gen<Feedback> invalid(FeedbackGenerators generators, FeedbackRule rule) {
    Objects.requireNonNull(generators, "generators");
    Objects.requireNonNull(rule, "rule");
    return seeds().map(seed -> generators.invalid(seed, rule));
  }

  /** @return every rule, uniformly */
  public static Gen<FeedbackRule> rules() {
    FeedbackRule[] rules = FeedbackRule.values();
    return in -> rules[(int) in.next(Constraint.between(0, rules.length - 1))];
  }

  /**
   * @param generators the settings (size, hostile text)
   * @return free-text feedback paragraphs
   */
  public static Gen<String> paragraphs(FeedbackGenerators generators) {
    Objects.requireNonNull(generators, "generators");
    return seeds().map(seed -> generators.paragraph(seed));
  }

  /** @return seeds over the whole range of {@code long} */
  public static Gen<Long> seeds() {
    return in -> in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE));
  }
}
