package io.github.feedbackkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FeedbackValidator;
import io.github.feedbackkit.core.Observation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedbackGeneratorsTest {
  private static final FeedbackValidator VALIDATOR = FeedbackValidator.standard();
  private static final FeedbackGenerators REALISTIC = FeedbackGenerators.realistic();
  private static final FeedbackGenerators HOSTILE = FeedbackGenerators.hostile();

  private static List<Feedback> sample(FeedbackGenerators gen, int n) {
    return LongStream.range(0, n).mapToObj(gen::valid).collect(Collectors.toList());
  }

  @Test
  void seedsDriveSplitMix64WithItsPublishedSequence() {
    // Reference values of SplitMix64 for seed 0 (Vigna's splitmix64.c).
    RandomGenerator r = FeedbackGenerators.random(0L);
    assertThat(r.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(r.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(r.nextLong()).isEqualTo(0x06C45D188009454FL);
  }

  @Test
  void sameSeedGivesTheSameValue() {
    for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(REALISTIC.valid(seed)).isEqualTo(REALISTIC.valid(seed));
      assertThat(HOSTILE.withSize(40).valid(seed)).isEqualTo(HOSTILE.withSize(40).valid(seed));
      assertThat(REALISTIC.paragraph(seed)).isEqualTo(REALISTIC.paragraph(seed));
      for (FeedbackRule rule : FeedbackRule.values()) {
        assertThat(HOSTILE.invalid(seed, rule)).isEqualTo(HOSTILE.invalid(seed, rule));
      }
    }
  }

  @Test
  void quickTheoriesSeedsCoverTheRangeOfLong() {
    Set<Long> seeds = new java.util.HashSet<>();
    qt().withExamples(100).forAll(QuickTheoriesGenerators.seeds()).checkAssert(seeds::add);
    assertThat(seeds).hasSizeGreaterThan(90);
    assertThat(seeds).anyMatch(s -> s < 0).anyMatch(s -> s > 0);
  }

  @Test
  void aSeedAndTheGeneratorItStandsForGiveTheSameValue() {
    assertThat(REALISTIC.valid(FeedbackGenerators.random(99L))).isEqualTo(REALISTIC.valid(99L));
    assertThat(REALISTIC.paragraph(FeedbackGenerators.random(99L))).isEqualTo(REALISTIC.paragraph(99L));
  }

  @Test
  void differentSeedsGiveDifferentDocuments() {
    Set<Feedback> distinct = Set.copyOf(sample(REALISTIC, 200));
    assertThat(distinct).hasSize(200);
  }

  @Test
  void onlyNextLongOfAGivenGeneratorIsUsed() {
    RandomGenerator onlyLongs =
        new RandomGenerator() {
          private final RandomGenerator inner = FeedbackGenerators.random(5L);

          @Override
          public long nextLong() {
            return inner.nextLong();
          }

          @Override
          public int nextInt(int bound) {
            throw new AssertionError("nextInt(bound) must not be called");
          }

          @Override
          public double nextDouble() {
            throw new AssertionError("nextDouble must not be called");
          }
        };
    assertThat(REALISTIC.valid(onlyLongs)).isEqualTo(REALISTIC.valid(5L));
  }

  @Test
  void generatedValidDocumentsPassTheValidator() {
    for (FeedbackGenerators gen :
        List.of(REALISTIC, HOSTILE, REALISTIC.withSize(0), HOSTILE.withSize(0), HOSTILE.withSize(60))) {
      for (Feedback f : sample(gen, 150)) {
        assertThat(VALIDATOR.validate(f)).as("%s: %s", gen, f.id()).isEmpty();
      }
    }
  }

  @Test
  void validDocumentsPassTheValidatorForAnySeed() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGenerators.seeds(), org.quicktheories.generators.SourceDSL.integers().between(0, 80))
        .checkAssert(
            (seed, size) -> {
              assertThat(VALIDATOR.validate(HOSTILE.withSize(size).valid(seed))).isEmpty();
              assertThat(VALIDATOR.validate(REALISTIC.withSize(size).valid(seed))).isEmpty();
            });
  }

  @Test
  void bothKindsAreGeneratedAndKindsAreConsistent() {
    List<Feedback> docs = sample(REALISTIC, 300);
    assertThat(docs).anyMatch(f -> f.kind() == FeedbackKind.CANDIDATE);
    assertThat(docs).anyMatch(f -> f.kind() == FeedbackKind.EMPLOYEE);
    for (Feedback f : docs) {
      if (f.kind() == FeedbackKind.CANDIDATE) {
        assertThat(f.context().flatMap(c -> c.session())).isEmpty();
      } else {
        assertThat(f.context().flatMap(c -> c.stage())).isEmpty();
        assertThat(f.outcome()).isEmpty();
      }
    }
    Feedback employee = REALISTIC.valid(FeedbackGenerators.random(3L), FeedbackKind.EMPLOYEE);
    assertThat(employee.kind()).isEqualTo(FeedbackKind.EMPLOYEE);
  }

  @Test
  void everyOptionalPartIsSometimesPresentAndSometimesAbsent() {
    List<Feedback> docs = sample(REALISTIC, 400);
    List<Observation> observations =
        docs.stream().flatMap(f -> f.observations().stream()).collect(Collectors.toList());
    assertSometimes(docs, f -> f.author().isPresent());
    assertSometimes(docs, f -> f.author().flatMap(a -> a.displayName()).isPresent());
    assertSometimes(docs, f -> f.author().flatMap(a -> a.role()).isPresent());
    assertSometimes(docs, f -> f.subject().displayName().isPresent());
    assertSometimes(docs, f -> f.context().isPresent());
    assertSometimes(docs, f -> f.context().flatMap(c -> c.stage()).isPresent());
    assertSometimes(docs, f -> f.context().flatMap(c -> c.session()).isPresent());
    assertSometimes(docs, f -> f.context().flatMap(c -> c.position()).isPresent());
    assertSometimes(docs, f -> f.context().flatMap(c -> c.project()).isPresent());
    assertSometimes(docs, f -> f.occurredAt().isPresent());
    assertSometimes(docs, f -> f.deliveredAt().isPresent());
    assertSometimes(docs, f -> f.channel().isPresent());
    assertSometimes(docs, f -> !f.locale().equals(Feedback.DEFAULT_LOCALE));
    assertSometimes(docs, f -> f.summary().isPresent());
    assertSometimes(docs, f -> !f.observations().isEmpty());
    assertSometimes(docs, f -> !f.actions().isEmpty());
    assertSometimes(docs, f -> f.actions().stream().anyMatch(a -> a.owner().isPresent()));
    assertSometimes(docs, f -> f.actions().stream().anyMatch(a -> a.dueDate().isPresent()));
    assertSometimes(docs, f -> f.actions().stream().anyMatch(a -> a.measure().isPresent()));
    assertSometimes(docs, f -> f.actions().stream().anyMatch(a -> a.resource().isPresent()));
    assertSometimes(docs, f -> f.followUp().isPresent());
    assertSometimes(docs, f -> f.followUp().flatMap(u -> u.purpose()).isPresent());
    assertSometimes(docs, f -> f.outcome().isPresent());
    assertSometimes(docs, f -> !f.metadata().isEmpty());
    assertSometimes(observations, o -> o.competency().isPresent());
    assertSometimes(observations, o -> !o.evidence().isEmpty());
    assertSometimes(observations, o -> o.rating().isPresent());
  }

  private static <T> void assertSometimes(List<T> values, Predicate<T> part) {
    assertThat(values).anyMatch(part).anyMatch(part.negate());
  }

  @Test
  void sizeBoundsTheNumberOfObservationsAndActions() {
    for (Feedback f : sample(REALISTIC.withSize(4), 100)) {
      assertThat(f.observations()).hasSizeLessThanOrEqualTo(4);
      assertThat(f.actions()).hasSizeLessThanOrEqualTo(2);
    }
    for (Feedback f : sample(REALISTIC.withSize(0), 50)) {
      assertThat(f.observations()).isEmpty();
      assertThat(f.actions()).isEmpty();
      assertThat(f.summary()).isPresent();
    }
    assertThat(sample(REALISTIC.withSize(100), 30)).anyMatch(f -> f.observations().size() > 50);
  }

  @Test
  void sizeOutsideItsRangeIsRejected() {
    assertThatThrownBy(() -> REALISTIC.withSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be between 0 and 1000, was -1");
    assertThatThrownBy(() -> REALISTIC.withSize(1001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void realisticTextHasNoControlOrBidiCharacters() {
    for (Feedback f : sample(REALISTIC.withSize(20), 100)) {
      for (String text : texts(f)) {
        assertThat(text.chars().noneMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)))
            .as(text)
            .isTrue();
      }
    }
  }

  @Test
  void hostileTextCarriesEveryKindOfTroubleSomewhere() {
    String all =
        sample(HOSTILE.withSize(20), 200).stream()
            .flatMap(f -> texts(f).stream())
            .collect(Collectors.joining("\n"));
    assertThat(all).contains("<script>");
    assertThat(all).contains("\uD83D\uDE00"); // emoji, a surrogate pair
    assertThat(all).contains("\u0301"); // combining mark
    assertThat(all).contains("\u202E"); // bidi override
    assertThat(all).contains("\u0000"); // control character
    assertThat(all.codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
    assertThat(all).containsPattern("[a-zäöüßéèçñøåłžπдж]{200,}"); // a very long word
  }

  @Test
  void hostileTextNeverSplitsASurrogatePair() {
    for (Feedback f : sample(HOSTILE.withSize(30), 150)) {
      for (String text : texts(f)) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (Character.isHighSurrogate(c)) {
            assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).as(text).isTrue();
          }
        }
      }
    }
  }

  @Test
  void paragraphsAreRealisticFeedbackText() {
    for (long seed = 0; seed < 50; seed++) {
      String p = REALISTIC.withSize(12).paragraph(seed);
      assertThat(p).isNotBlank().doesNotContain("{").doesNotContain("}");
      assertThat(p.split("(?<=[.!?])\\s+").length).isBetween(2, 12);
    }
  }

  @ParameterizedTest
  @EnumSource(FeedbackRule.class)
  void everyInvalidDocumentBreaksExactlyTheRuleItNames(FeedbackRule rule) {
    for (FeedbackGenerators gen : List.of(REALISTIC, HOSTILE.withSize(25), REALISTIC.withSize(0))) {
      for (long seed = 0; seed < 25; seed++) {
        Feedback bad = gen.invalid(seed, rule);
        assertThat(VALIDATOR.validate(bad)).as("%s seed %d", gen, seed).containsExactly(rule.violation());
      }
    }
  }

  @Test
  void invalidDocumentsBreakTheirRuleForAnySeed() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGenerators.rules(), QuickTheoriesGenerators.seeds())
        .checkAssert(
            (rule, seed) ->
                assertThat(VALIDATOR.validate(HOSTILE.invalid(seed, rule))).containsExactly(rule.violation()));
  }

  @Test
  void everyRuleHasAPathAndAMessage() {
    Set<FeedbackRule> rules = EnumSet.allOf(FeedbackRule.class);
    assertThat(rules).hasSizeGreaterThanOrEqualTo(45);
    assertThat(rules.stream().map(FeedbackRule::violation).distinct()).hasSize(rules.size() - 1); // ID_EMPTY and ID_TOO_LONG share one
    for (FeedbackRule rule : rules) {
      assertThat(rule.path()).isNotBlank();
      assertThat(rule.message()).isNotBlank();
      assertThat(rule.violation().toString()).isEqualTo(rule.path() + ": " + rule.message());
    }
  }

  @Test
  void quickTheoriesAdapterGivesTheSameValuesAsTheSeeds() {
    qt().withExamples(50)
        .forAll(QuickTheoriesGenerators.seeds())
        .checkAssert(seed -> assertThat(REALISTIC.valid(seed)).isEqualTo(REALISTIC.valid(seed)));
    qt().withExamples(50)
        .forAll(QuickTheoriesGenerators.valid(REALISTIC))
        .checkAssert(f -> assertThat(VALIDATOR.validate(f)).isEmpty());
    qt().withExamples(50)
        .forAll(QuickTheoriesGenerators.paragraphs(HOSTILE))
        .checkAssert(p -> assertThat(p).isNotBlank());
    qt().withExamples(50)
        .forAll(QuickTheoriesGenerators.invalid(HOSTILE, FeedbackRule.NO_CONTENT))
        .checkAssert(f -> assertThat(VALIDATOR.validate(f)).containsExactly(FeedbackRule.NO_CONTENT.violation()));
  }

  /** Every free text of a document. */
  static List<String> texts(Feedback f) {
    List<String> out = new java.util.ArrayList<>();
    f.summary().ifPresent(out::add);
    f.subject().displayName().ifPresent(out::add);
    f.author().flatMap(a -> a.displayName()).ifPresent(out::add);
    f.context().flatMap(c -> c.position()).ifPresent(out::add);
    f.context().flatMap(c -> c.project()).ifPresent(out::add);
    for (Observation o : f.observations()) {
      out.add(o.text());
      o.competency().ifPresent(out::add);
      out.addAll(o.evidence());
    }
    f.actions().forEach(a -> {
      out.add(a.description());
      a.measure().ifPresent(out::add);
    });
    f.followUp().flatMap(u -> u.purpose()).ifPresent(out::add);
    out.addAll(f.metadata().values());
    return out;
  }
}
