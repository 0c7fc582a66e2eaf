package io.github.feedbackkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedbackAnalyzerTest {
  private static final FeedbackAnalyzer BUILT_INS = FeedbackAnalyzer.builder().loadPlugins(false).build();
  private static final String GOOD_NOTE = "Thank you for the technical interview on Tuesday. In the system-design "
      + "round you sized the cache from the read/write ratio before choosing Redis, which was the strongest answer "
      + "we heard. Two of your three answers in the behavioural section had no concrete example. Next time, "
      + "practise the STAR format: situation, task, action, result.";

  @Test
  void a_precise_kind_actionable_note_passes_with_no_warnings() {
    QualityReport r = BUILT_INS.analyze(GOOD_NOTE);
    assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    assertThat(r.score()).isEqualTo(100);
  }

  @Test
  void free_text_is_not_assessed_for_timeliness_and_names_the_field_text() {
    QualityReport r = BUILT_INS.analyze("Good job. You should be more proactive.");
    assertThat(r.dimension(Dimension.TIMELINESS).assessed()).isFalse();
    assertThat(r.feedbackId()).isEmpty();
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.field()).isEqualTo("text"));
    assertThat(r.verdict()).isEqualTo(Verdict.REVISE);
  }

  @Test
  void the_overall_score_is_the_weighted_mean_of_the_assessed_dimensions() {
    String text = "Good job. You should be more proactive.";
    QualityReport r = BUILT_INS.analyze(text);
    double mean = r.dimensions().values().stream().filter(DimensionResult::assessed)
        .mapToInt(d -> d.score().getAsInt()).average().orElseThrow();
    assertThat(r.score()).isEqualTo((int) Math.round(mean));
    FeedbackAnalyzer onlySpecificity = FeedbackAnalyzer.builder().loadPlugins(false).policy(QualityPolicy.builder()
        .weight(Dimension.BALANCE, 0).weight(Dimension.CLARITY, 0).weight(Dimension.ACTIONABILITY, 0)
        .weight(Dimension.FAIRNESS, 0).build()).build();
    assertThat(onlySpecificity.analyze(text).score())
        .isEqualTo(r.dimension(Dimension.SPECIFICITY).score().getAsInt());
  }

  @Test
  void findings_are_in_field_then_offset_order() {
    QualityReport r = BUILT_INS.analyze("Good job. Your bandwidth is low. You should be more proactive.");
    assertThat(r.findings()).isSortedAccordingTo(
        java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::ruleId));
  }

  @Test
  void a_rule_can_be_switched_off_regraded_or_allowed_by_phrase() {
    String text = "Please use your bandwidth for the audit on Monday.";
    assertThat(BUILT_INS.analyze(text).findings()).extracting(Finding::ruleId).contains("clarity/jargon");
    QualityPolicy off = QualityPolicy.builder().disableRule("clarity/jargon").build();
    assertThat(BUILT_INS.withPolicy(off).analyze(text).findings()).extracting(Finding::ruleId)
        .doesNotContain("clarity/jargon");
    QualityPolicy info = QualityPolicy.builder().severity("clarity/jargon", Severity.INFO).build();
    assertThat(BUILT_INS.withPolicy(info).analyze(text).findings())
        .filteredOn(f -> f.ruleId().equals("clarity/jargon")).extracting(Finding::severity).containsOnly(Severity.INFO);
    QualityPolicy allowed = QualityPolicy.builder().allowPhrase("your bandwidth").build();
    assertThat(BUILT_INS.withPolicy(allowed).analyze(text).findings()).isEmpty();
  }

  @Test
  void a_document_can_suppress_a_rule_for_itself() {
    Feedback f = Feedback.builder().id("fb-1").kind(FeedbackKind.CANDIDATE).subject(Subject.builder().id("s").build())
        .context(Context.builder().stage(HiringStage.ONSITE).build())
        .summary("Please use your bandwidth for the audit on Monday.").build();
    assertThat(BUILT_INS.analyze(f).findings()).extracting(Finding::ruleId).contains("clarity/jargon");
    Feedback suppressed = f.withMetadata(java.util.Map.of(FeedbackAnalyzer.SUPPRESS_METADATA_KEY, "clarity/jargon"));
    assertThat(BUILT_INS.analyze(suppressed).findings()).extracting(Finding::ruleId).doesNotContain("clarity/jargon");
    assertThat(BUILT_INS.analyze(suppressed).feedbackId()).contains("fb-1");
  }

  @Test
  void a_document_cannot_suppress_its_own_errors_but_the_policy_can() {
    Feedback f = Feedback.builder().id("fb-2").kind(FeedbackKind.CANDIDATE).subject(Subject.builder().id("s").build())
        .summary("We want someone young and energetic for this team.")
        .metadata(java.util.Map.of(FeedbackAnalyzer.SUPPRESS_METADATA_KEY, "fairness/protected-characteristic"))
        .build();
    QualityReport r = BUILT_INS.analyze(f);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("fairness/protected-characteristic");
    assertThat(r.verdict()).isEqualTo(Verdict.REVISE);
    QualityPolicy off = QualityPolicy.builder().disableRule("fairness/protected-characteristic").build();
    assertThat(BUILT_INS.withPolicy(off).analyze(f).findings()).extracting(Finding::ruleId)
        .doesNotContain("fairness/protected-characteristic");
  }

  @Test
  void an_event_time_at_the_end_of_the_instant_range_leaves_timeliness_not_assessed() {
    Feedback f = Feedback.builder().id("far").kind(FeedbackKind.EMPLOYEE).subject(Subject.builder().id("s").build())
        .occurredAt(Instant.MAX.minusSeconds(3600)).summary("Thank you for the demo on Friday.").build();
    QualityReport r = BUILT_INS.analyze(f);
    assertThat(r.dimension(Dimension.TIMELINESS).assessed()).isFalse();
  }

  @Test
  void a_policy_naming_an_unknown_rule_id_is_refused_with_the_id() {
    QualityPolicy disabled = QualityPolicy.builder().disableRule("no/such-rule").build();
    assertThatThrownBy(() -> FeedbackAnalyzer.builder().loadPlugins(false).policy(disabled).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no/such-rule'")
        .hasMessageContaining("disabledRules");
    QualityPolicy regraded = QualityPolicy.builder().severity("clarity/jargonn", Severity.INFO).build();
    assertThatThrownBy(() -> BUILT_INS.withPolicy(regraded))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'clarity/jargonn'")
        .hasMessageContaining("severities");
  }

  @Test
  void a_language_without_word_lists_gets_a_note_and_no_quiet_pass_on_the_word_list_dimensions() {
    Feedback de = Feedback.builder().id("de-1").kind(FeedbackKind.EMPLOYEE).subject(Subject.builder().id("s").build())
        .locale(java.util.Locale.GERMAN)
        .summary("Gute Arbeit. Du solltest proaktiver sein.").build();
    QualityReport r = BUILT_INS.analyze(de);
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("clarity/unsupported-language");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.INFO);
    for (Dimension d : java.util.List.of(Dimension.SPECIFICITY, Dimension.BALANCE, Dimension.ACTIONABILITY,
        Dimension.FAIRNESS)) {
      assertThat(r.dimension(d).assessed()).as("%s", d).isFalse();
    }
    assertThat(r.dimension(Dimension.CLARITY).assessed()).isTrue();
    QualityReport english = BUILT_INS.analyze(de.withLocale(java.util.Locale.ENGLISH).withSummary("Good job."));
    assertThat(english.findings()).extracting(Finding::ruleId).doesNotContain("clarity/unsupported-language");
    assertThat(english.dimension(Dimension.SPECIFICITY).assessed()).isTrue();
  }

  @Test
  void a_dated_thank_you_does_not_turn_the_only_verdict_into_courtesy() {
    QualityReport r = BUILT_INS.analyze("Thanks for your time on Monday. You did fine in general.");
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("specificity/vague-evaluation"))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
    QualityReport courtesy = BUILT_INS.analyze(GOOD_NOTE + " Great to see your progress.");
    assertThat(courtesy.findings()).filteredOn(f -> f.ruleId().equals("specificity/vague-evaluation"))
        .extracting(Finding::severity).containsOnly(Severity.INFO);
  }

  @Test
  void drafts_are_judged_against_the_injected_clock() {
    Feedback draft = Feedback.builder().id("d").kind(FeedbackKind.CANDIDATE).subject(Subject.builder().id("s").build())
        .occurredAt(Instant.parse("2026-11-19T10:00:00Z")).summary("Thank you for the interview.").build();
    FeedbackAnalyzer early = FeedbackAnalyzer.builder().loadPlugins(false)
        .clock(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC)).build();
    FeedbackAnalyzer late = FeedbackAnalyzer.builder().loadPlugins(false)
        .clock(Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC)).build();
    assertThat(early.analyze(draft).dimension(Dimension.TIMELINESS).score()).hasValue(100);
    DimensionResult overdue = late.analyze(draft).dimension(Dimension.TIMELINESS);
    assertThat(overdue.passed()).contains(false);
    assertThat(overdue.counts()).containsEntry("daysLate", 9);
    DimensionResult lessOverdue = FeedbackAnalyzer.builder().loadPlugins(false)
        .clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).build()
        .analyze(draft).dimension(Dimension.TIMELINESS);
    assertThat(lessOverdue.score().getAsInt()).isGreaterThan(overdue.score().getAsInt()).isLessThan(60);
  }

  @Test
  void plugins_are_found_by_service_loader_and_may_add_a_dimension() {
    FeedbackAnalyzer withPlugins = FeedbackAnalyzer.builder().build();
    assertThat(withPlugins.check("tone/no-shouting")).isPresent();
    QualityReport r = withPlugins.analyze("Your answer was WRONG.");
    assertThat(r.dimensions()).containsKey(Dimension.of("tone"));
    assertThat(r.dimension(Dimension.of("tone")).score()).hasValue(55);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("tone/no-shouting");
      assertThat(f.suggestion()).contains(Suggestion.replace("wrong"));
    });
    assertThat(BUILT_INS.check("tone/no-shouting")).isEmpty();
  }

  @Test
  void two_checks_with_one_id_are_refused_naming_the_id() {
    assertThatThrownBy(() -> FeedbackAnalyzer.builder().loadPlugins(false).builtIns(false)
        .addCheck(new ShoutingPlugin()).addCheck(new ShoutingPlugin()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tone/no-shouting");
  }

  @Test
  void a_check_reporting_outside_its_field_is_named_in_the_error() {
    TextCheck broken = new TextCheck() {
      @Override
      public CheckDescriptor descriptor() {
        return CheckDescriptor.builder("clarity/broken").summary("s").good("a").bad("«b»").build();
      }

      @Override
      public void check(AnalyzedText text, CheckContext context, FindingSink sink) {
        sink.report(0, text.text().length() + 5).message("oops");
      }
    };
    FeedbackAnalyzer a = FeedbackAnalyzer.builder().loadPlugins(false).builtIns(false).addCheck(broken).build();
    assertThatThrownBy(() -> a.analyze("Hello.")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clarity/broken").hasMessageContaining("outside field 'text'");
  }

  @Test
  void a_descriptor_without_examples_or_with_a_foreign_id_is_refused() {
    assertThatThrownBy(() -> CheckDescriptor.builder("clarity/x").summary("s").good("a").build())
        .hasMessageContaining("good and one bad example");
    assertThatThrownBy(() -> CheckDescriptor.builder("clarity/x").dimension(Dimension.BALANCE).summary("s")
        .good("a").bad("«b»").build()).hasMessageContaining("must start with its dimension");
    assertThatThrownBy(() -> CheckExample.bad("no marks")).hasMessageContaining("«like this»");
  }

  @Test
  void inspect_shows_how_the_text_is_read() {
    AnalyzedText t = BUILT_INS.inspect("Good job. Thanks!");
    assertThat(t.sentences()).hasSize(2);
    assertThat(t.words()).extracting(Word::text).containsExactly("Good", "job", "Thanks");
  }

  @Test
  void a_bad_policy_value_is_refused_naming_it() {
    assertThatThrownBy(() -> QualityPolicy.builder().passThreshold(101)).hasMessageContaining("passThreshold");
    assertThatThrownBy(() -> QualityPolicy.builder().disableRule("Jargon")).hasMessageContaining("malformed rule id");
    assertThatThrownBy(() -> QualityPolicy.builder().addLexiconEntry("slang", "x")).hasMessageContaining("unknown lexicon");
  }

  @Test
  void a_document_that_skipped_validation_is_still_analysed_without_a_crash() {
    Feedback empty = Feedback.builder().id("e").kind(FeedbackKind.EMPLOYEE).subject(Subject.builder().id("s").build())
        .context(Context.builder().session(io.github.feedbackkit.core.SessionType.PERFORMANCE_IMPROVEMENT).build())
        .build();
    QualityReport r = BUILT_INS.analyze(empty);
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("actionability/no-next-step");
    assertThat(r.findings().get(0).field()).isEqualTo("summary");
  }
}
