package io.github.feedbackkit.testkit;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.testkit.internal.DocumentMaker;
import io.github.feedbackkit.testkit.internal.Rng;
import io.github.feedbackkit.testkit.internal.RuleBreaker;
import io.github.feedbackkit.testkit.internal.SplitMix64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of feedback documents and feedback text for property tests, usable from any
 * testing library: a seed (or a {@link RandomGenerator}) in, a value out. Immutable and
 * thread-safe; the values depend only on the seed and the settings, so the same seed gives the
 * same value on every JVM.
 *
 * <pre>{@code
 * FeedbackGenerators gen = FeedbackGenerators.realistic();
 * Feedback doc = gen.valid(42L);                                  // valid, either kind
 * Feedback employee = gen.valid(FeedbackGenerators.random(7L), FeedbackKind.EMPLOYEE);
 * Feedback nasty = FeedbackGenerators.hostile().withSize(30).valid(42L);
 * Feedback bad = gen.invalid(42L, FeedbackRule.DUE_DATE_BEFORE_EVENT);   // breaks one rule
 * String text = gen.paragraph(42L);                                // free-text feedback
 * }</pre>
 *
 * <p>To plug the generators into a property-testing library, draw a {@code long} from the
 * library and pass it as the seed; the library then reports and replays failures by its own
 * seed. For QuickTheories, {@link QuickTheoriesGenerators} does this.
 *
 * <p><b>Valid documents</b> are of both kinds, with a context, outcome and author role that fit
 * the kind, dates in order, and every optional part present in some documents and absent in
 * others. Texts come from a phrase bank (strengths, improvement areas, actions, evidence, names,
 * positions; several industries) with names, numbers and dates filled in. With {@linkplain
 * #hostile() hostile text}, the texts also carry emoji, surrogate pairs, combining marks, bidi
 * and control characters, HTML and script markup, template and injection strings, and very long
 * words, while staying valid.
 *
 * <p><b>Size</b> (default {@value #DEFAULT_SIZE}) bounds the number of observations (at most the
 * size), actions (at most half), evidence entries and summary sentences; size 0 gives the
 * smallest documents.
 *
 * <p><b>Randomness.</b> A {@code long} seed drives SplitMix64 (see {@link #random(long)}). When you
 * pass your own {@link RandomGenerator}, only its {@link RandomGenerator#nextLong()} is called, so
 * the result depends on its longs alone.
 */
public final class FeedbackGenerators {
  /** The default size. */
  public static final int DEFAULT_SIZE = 10;

  /** The largest size accepted. */
  public static final int MAX_SIZE = 1_000;

  private static final FeedbackGenerators REALISTIC = new FeedbackGenerators(DEFAULT_SIZE, false);
  private static final FeedbackGenerators HOSTILE = new FeedbackGenerators(DEFAULT_SIZE, true);

  private final int size;
  private final boolean hostileText;

  private FeedbackGenerators(int size, boolean hostileText) {
    this.size = size;
    this.hostileText = hostileText;
  }

  /** @return generators of realistic text, size {@value #DEFAULT_SIZE} */
  public static FeedbackGenerators realistic() {
    return REALISTIC;
  }

  /** @return generators whose texts carry hostile fragments, size {@value #DEFAULT_SIZE} */
  public static FeedbackGenerators hostile() {
    return HOSTILE;
  }

  /**
   * @param size from 0 to {@value #MAX_SIZE}
   * @return generators like these with this size
   */
  public FeedbackGenerators withSize(int size) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ", was " + size);
    }
    return new FeedbackGenerators(size, hostileText);
  }

  /**
   * @param hostile whether texts carry hostile fragments
   * @return generators like these with hostile text switched on or off
   */
  public FeedbackGenerators withHostileText(boolean hostile) {
    return new FeedbackGenerators(size, hostile);
  }

  /** @return the size knob */
  public int size() {
    return size;
  }

  /** @return whether texts carry hostile fragments */
  public boolean hostileText() {
    return hostileText;
  }

  /**
   * The generator a {@code long} seed stands for: SplitMix64 (Steele, Lea and Flood, 2014),
   * implemented in this library so that its sequence never changes with the JDK.
   *
   * @param seed the seed
   * @return a new generator; not thread-safe
   */
  public static RandomGenerator random(long seed) {
    return new SplitMix64(seed);
  }

  /**
   * @param seed the seed
   * @return a valid document of either kind
   */
  public Feedback valid(long seed) {
    return valid(random(seed));
  }

  /**
   * @param random the randomness; only {@code nextLong()} is called
   * @return a valid document of either kind
   */
  public Feedback valid(RandomGenerator random) {
    Rng rng = new Rng(random);
    FeedbackKind kind = rng.chance(50) ? FeedbackKind.CANDIDATE : FeedbackKind.EMPLOYEE;
    return new DocumentMaker(rng, hostileText, size).valid(kind, false);
  }

  /**
   * @param random the randomness; only {@code nextLong()} is called
   * @param kind the kind of document
   * @return a valid document of this kind
   */
  public Feedback valid(RandomGenerator random, FeedbackKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new DocumentMaker(new Rng(random), hostileText, size).valid(kind, false);
  }

  /**
   * @param seed the seed
   * @param rule the rule to break
   * @return a document that breaks exactly this rule: the validator reports exactly {@link
   *     FeedbackRule#violation()}
   */
  public Feedback invalid(long seed, FeedbackRule rule) {
    return invalid(random(seed), rule);
  }

  /**
   * @param random the randomness; only {@code nextLong()} is called
   * @param rule the rule to break
   * @return a document that breaks exactly this rule: the validator reports exactly {@link
   *     FeedbackRule#violation()}
   */
  public Feedback invalid(RandomGenerator random, FeedbackRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new RuleBreaker(new DocumentMaker(new Rng(random), hostileText, size)).breakRule(rule);
  }

  /**
   * @param seed the seed
   * @return a free-text feedback paragraph (for analyzers of free text)
   */
  public String paragraph(long seed) {
    return paragraph(random(seed));
  }

  /**
   * @param random the randomness; only {@code nextLong()} is called
   * @return a free-text feedback paragraph of about {@code size / 2 + 1} sentences: an opening and
   *     strengths, improvement areas and actions; with hostile fragments when asked
   */
  public String paragraph(RandomGenerator random) {
    Rng rng = new Rng(random);
    return new DocumentMaker(rng, hostileText, size)
        .paragraph(rng.between(1, Math.max(1, size / 2 + 1)));
  }

  @Override
  public String toString() {
    return "FeedbackGenerators[size=" + size + ", hostileText=" + hostileText + "]";
  }
}
