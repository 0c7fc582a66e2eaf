package io.github.feedbackkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of every report, over arbitrary strings and generated documents (the testkit's own
 * {@link FeedbackGenerators}, realistic and hostile): scores in 0–100, spans inside their field and
 * never splitting a surrogate pair, a verdict consistent with the dimensions and the errors, the same
 * input giving the same report, and no dependence on the order in which checks were registered.
 */
class AnalyzerPropertiesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
  private static final FeedbackAnalyzer ANALYZER =
      FeedbackAnalyzer.builder().clock(CLOCK).loadPlugins(false).build();
  private static final FeedbackAnalyzer REVERSED = reversed();
  private static final Pattern OBSERVATION = Pattern.compile("observations\\[(\\d+)]\\.(text|evidence\\[(\\d+)])");
  private static final Pattern ACTION = Pattern.compile("actions\\[(\\d+)]\\.description");

  private static FeedbackAnalyzer reversed() {
    List<Check> checks = new ArrayList<>(ANALYZER.checks());
    Collections.reverse(checks);
    FeedbackAnalyzer.Builder b = FeedbackAnalyzer.builder().clock(CLOCK).builtIns(false).loadPlugins(false);
    checks.forEach(b::addCheck);
    return b.build();
  }

  @Test
  void reports_on_arbitrary_strings_are_well_formed_deterministic_and_order_free() {
    qt().withExamples(300).withShrinkCycles(50)
        .forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(text -> {
          QualityReport r = ANALYZER.analyze(text);
          assertWellFormed(r, field -> field.equals("text") ? text : null);
          assertThat(ANALYZER.analyze(text)).isEqualTo(r);
          assertThat(REVERSED.analyze(text)).isEqualTo(r);
        });
  }

  @Test
  void reports_on_generated_feedback_prose_are_well_formed() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGenerators.paragraphs(FeedbackGenerators.realistic()))
        .checkAssert(text -> {
          QualityReport r = ANALYZER.analyze(text);
          assertWellFormed(r, field -> field.equals("text") ? text : null);
          assertThat(REVERSED.analyze(text)).isEqualTo(r);
        });
  }

  @Test
  void reports_on_generated_documents_are_well_formed_deterministic_and_order_free() {
    for (FeedbackGenerators gens : List.of(FeedbackGenerators.realistic(), FeedbackGenerators.hostile())) {
      qt().withExamples(150)
          .forAll(QuickTheoriesGenerators.valid(gens))
          .checkAssert(doc -> {
            QualityReport r = ANALYZER.analyze(doc);
            assertWellFormed(r, field -> textOf(doc, field));
            assertThat(r.feedbackId()).contains(doc.id());
            assertThat(ANALYZER.analyze(doc)).isEqualTo(r);
            assertThat(REVERSED.analyze(doc)).isEqualTo(r);
          });
    }
  }

  static void assertWellFormed(QualityReport r, java.util.function.Function<String, String> fieldText) {
    assertThat(r.score()).isBetween(0, 100);
    boolean allPass = true;
    for (DimensionResult d : r.dimensions().values()) {
      if (d.assessed()) {
        assertThat(d.score().getAsInt()).isBetween(0, 100);
        allPass &= d.passed().orElseThrow();
      }
    }
    boolean error = r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    assertThat(r.verdict()).isEqualTo(allPass && !error ? Verdict.PASS : Verdict.REVISE);
    for (Finding f : r.findings()) {
      String text = fieldText.apply(f.field());
      if (text == null) {
        assertThat(f.start()).as("non-text field %s", f.field()).isZero();
        assertThat(f.end()).isZero();
        continue;
      }
      assertThat(f.end()).as("span of %s in %s", f.ruleId(), f.field()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.excerpt());
      assertThat(splitsPair(text, f.start())).as("start splits a surrogate pair").isFalse();
      assertThat(splitsPair(text, f.end())).as("end splits a surrogate pair").isFalse();
    }
  }

  private static boolean splitsPair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
  }

  /** The text of a named field of a document, or null for a non-text field. */
  static String textOf(Feedback doc, String field) {
    if (field.equals("summary")) {
      return doc.summary().orElse(null);
    }
    Matcher o = OBSERVATION.matcher(field);
    if (o.matches()) {
      var obs = doc.observations().get(Integer.parseInt(o.group(1)));
      return o.group(3) == null ? obs.text() : obs.evidence().get(Integer.parseInt(o.group(3)));
    }
    Matcher a = ACTION.matcher(field);
    if (a.matches()) {
      return doc.actions().get(Integer.parseInt(a.group(1))).description();
    }
    return null;
  }
}
