package io.github.feedbackkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The meta-test: walks every registered check and runs its declared examples. Good examples give
 * no finding of the rule; bad ones give findings exactly at the marked spans (or, for documents, in
 * the named field).
 */
class CheckExamplesTest {
  private static final FeedbackAnalyzer ALL = FeedbackAnalyzer.builder().build();
  private static final Instant DEFAULT_NOW = Instant.parse("2026-11-30T12:00:00Z");

  static Stream<Arguments> examples() {
    return ALL.checks().stream()
        .flatMap(c -> c.descriptor().examples().stream()
            .map(e -> Arguments.of(c.descriptor().id(), (e.good() ? "good: " : "bad: ") + e.marked(), e)));
  }

  /** An analyzer with only this rule switched on, so that each example pins down its own rule. */
  static FeedbackAnalyzer only(String ruleId, Instant now) {
    QualityPolicy.Builder p = QualityPolicy.builder();
    for (Check c : ALL.checks()) {
      if (!c.descriptor().id().equals(ruleId)) {
        p.disableRule(c.descriptor().id());
      }
    }
    return FeedbackAnalyzer.builder().policy(p.build()).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void example_behaves_as_declared(String ruleId, String label, CheckExample example) {
    FeedbackAnalyzer analyzer = only(ruleId, example.now().orElse(DEFAULT_NOW));
    QualityReport report = example.document().isPresent()
        ? analyzer.analyze(example.document().get())
        : analyzer.analyze(example.text());
    List<Finding> mine = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    if (example.good()) {
      assertThat(mine).as("findings of %s in a good example", ruleId).isEmpty();
    } else if (example.document().isPresent()) {
      assertThat(mine).extracting(Finding::field).contains(example.field().get());
    } else {
      Set<Span> found = mine.stream().map(f -> new Span(f.start(), f.end())).collect(Collectors.toSet());
      assertThat(found).as("spans of %s in %s", ruleId, example.text()).isEqualTo(new HashSet<>(example.spans()));
      assertThat(mine).allSatisfy(f -> assertThat(f.field()).isEqualTo("text"));
    }
  }

  @Test
  void every_check_has_a_unique_well_formed_id_and_good_and_bad_examples() {
    Set<String> ids = new HashSet<>();
    for (Check c : ALL.checks()) {
      CheckDescriptor d = c.descriptor();
      assertThat(ids.add(d.id())).as("duplicate id %s", d.id()).isTrue();
      assertThat(Finding.isWellFormedRuleId(d.id())).as(d.id()).isTrue();
      assertThat(d.id()).startsWith(d.dimension().id() + "/");
      assertThat(d.examples()).anyMatch(CheckExample::good).anyMatch(e -> !e.good());
      assertThat(d.summary()).isNotBlank();
      assertThat(d.rationale()).isNotBlank();
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(21);
    for (Dimension d : Dimension.builtIns()) {
      assertThat(ALL.checks()).as("checks of %s", d).anyMatch(c -> c.descriptor().dimension().equals(d));
    }
  }
}
