package io.github.feedbackkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.Severity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Examples per dimension for the built-in checks, run through {@link CheckTester}: candidate and
 * employee feedback from several industries, with the traps of the rubric (negation, quotation,
 * words about things rather than people, praise that looks like a label).
 */
class BuiltInCheckExamplesTest {
  private static final FeedbackAnalyzer ALL = FeedbackAnalyzer.builder().loadPlugins(false).build();

  static CheckTester rule(String id) {
    Check c = ALL.check(id).orElseThrow(() -> new AssertionError("no check " + id));
    return CheckTester.of(c);
  }

  static Feedback.Builder candidate(String occurred, String delivered) {
    Feedback.Builder b = Feedback.builder().id("c").kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("s").build())
        .context(Context.builder().stage(HiringStage.ONSITE).build())
        .occurredAt(Instant.parse(occurred)).summary("Thank you for the interview.");
    if (delivered != null) {
      b.deliveredAt(Instant.parse(delivered));
    }
    return b;
  }

  static Feedback.Builder employee(SessionType session, String occurred, String delivered) {
    Feedback.Builder b = Feedback.builder().id("e").kind(FeedbackKind.EMPLOYEE)
        .subject(Subject.builder().id("s").build())
        .context(Context.builder().session(session).build())
        .occurredAt(Instant.parse(occurred)).summary("Thanks for the session.");
    if (delivered != null) {
      b.deliveredAt(Instant.parse(delivered));
    }
    return b;
  }

  @Nested
  class Timeliness {
    final CheckTester late = rule("timeliness/late-delivery");
    final CheckTester draft = rule("timeliness/overdue-draft").now(Instant.parse("2026-11-24T12:00:00Z"));

    @Test
    void candidate_feedback_two_business_days_after_a_friday_interview_is_in_time_on_tuesday() {
      late.document(candidate("2026-11-20T15:00:00Z", "2026-11-24T15:00:00Z").build()).expectNoFinding();
    }

    @Test
    void delivery_one_minute_after_the_window_ends_is_late() {
      late.document(candidate("2026-11-20T15:00:00Z", "2026-11-24T15:01:00Z").build())
          .expectFinding().expectMessageContaining("1 business day after");
    }

    @Test
    void weekend_days_do_not_count_as_business_days() {
      // Thursday 19 Nov + 2 business days = Monday 23 Nov, so Monday evening is late
      late.document(candidate("2026-11-19T09:00:00Z", "2026-11-23T18:00:00Z").build()).expectFinding();
      late.document(candidate("2026-11-19T09:00:00Z", "2026-11-23T08:00:00Z").build()).expectNoFinding();
    }

    @Test
    void holidays_of_the_policy_are_skipped() {
      QualityPolicy thanksgiving = QualityPolicy.builder().holiday(LocalDate.parse("2026-11-26")).build();
      // Wednesday 25 Nov + 2 business days skipping Thursday 26 = Monday 30 Nov (Fri 27 counts)
      Feedback f = candidate("2026-11-25T10:00:00Z", "2026-11-27T16:00:00Z").build();
      late.policy(thanksgiving).document(f).expectNoFinding();
      late.document(f).expectFinding();
    }

    @Test
    void days_are_counted_in_the_policy_zone() {
      // 23:30 UTC on Friday is Saturday 08:30 in Tokyo: there the window ends on Tuesday 08:30 JST
      // (Monday 23:30 UTC); in UTC it ends on Tuesday 23:30
      Feedback f = candidate("2026-11-20T23:30:00Z", "2026-11-24T10:00:00Z").build();
      late.document(f).expectNoFinding();
      late.policy(QualityPolicy.builder().zone(ZoneId.of("Asia/Tokyo")).build()).document(f).expectFinding();
    }

    @Test
    void a_policy_may_make_a_weekend_of_other_days() {
      QualityPolicy fridaySaturday = QualityPolicy.builder()
          .weekendDays(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)).build();
      // Thursday 19 Nov + 2 business days, Fri/Sat off = Monday 23 Nov
      late.policy(fridaySaturday).document(candidate("2026-11-19T10:00:00Z", "2026-11-23T09:00:00Z").build())
          .expectNoFinding();
    }

    @Test
    void a_stage_window_overrides_the_kind_window() {
      QualityPolicy offerFast = QualityPolicy.builder()
          .window(HiringStage.ONSITE, QualityPolicy.Window.businessDays(1)).build();
      Feedback f = candidate("2026-11-23T10:00:00Z", "2026-11-25T09:00:00Z").build();
      late.document(f).expectNoFinding();
      late.policy(offerFast).document(f).expectFinding();
    }

    @Test
    void employee_feedback_counts_calendar_days() {
      late.document(employee(SessionType.PROJECT_REVIEW, "2026-11-02T10:00:00Z", "2026-11-09T10:00:00Z").build())
          .expectNoFinding();
      late.document(employee(SessionType.PROJECT_REVIEW, "2026-11-02T10:00:00Z", "2026-11-09T10:00:01Z").build())
          .expectFinding().expectMessageContaining("1 day after");
    }

    @Test
    void a_session_window_overrides_the_kind_window() {
      QualityPolicy recognitionSameWeek = QualityPolicy.builder()
          .window(SessionType.RECOGNITION, QualityPolicy.Window.calendarDays(2)).build();
      Feedback f = employee(SessionType.RECOGNITION, "2026-11-02T10:00:00Z", "2026-11-06T10:00:00Z").build();
      late.document(f).expectNoFinding();
      late.policy(recognitionSameWeek).document(f).expectFinding();
    }

    @Test
    void a_draft_within_its_window_is_not_overdue() {
      draft.document(candidate("2026-11-23T10:00:00Z", null).build()).expectNoFinding();
    }

    @Test
    void an_overdue_draft_says_by_how_much() {
      draft.document(candidate("2026-11-18T10:00:00Z", null).build())
          .expectFinding().expectMessageContaining("2 business days overdue");
    }

    @Test
    void an_employee_draft_three_weeks_after_the_session_is_overdue() {
      draft.document(employee(SessionType.CAREER_DEVELOPMENT, "2026-11-03T10:00:00Z", null).build())
          .expectFinding().expectMessageContaining("15 days overdue");
    }

    @Test
    void late_delivery_ignores_drafts_and_overdue_draft_ignores_delivered_documents() {
      late.now(Instant.parse("2026-12-30T00:00:00Z")).document(candidate("2026-11-02T10:00:00Z", null).build())
          .expectNoFinding();
      draft.document(candidate("2026-11-02T10:00:00Z", "2026-11-20T10:00:00Z").build()).expectNoFinding();
    }

    @Test
    void without_an_event_time_timeliness_is_not_assessed() {
      Feedback f = Feedback.builder().id("x").kind(FeedbackKind.CANDIDATE).subject(Subject.builder().id("s").build())
          .summary("Thanks.").build();
      late.document(f).expectNoFinding();
      assertThat(ALL.analyze(f).dimension(io.github.feedbackkit.rules.Dimension.TIMELINESS).assessed()).isFalse();
    }

    @Test
    void free_text_is_never_late() {
      late.text("Thank you for the interview on 2 March 2020.").expectNoFinding();
    }
  }

  @Nested
  class Specificity {
    final CheckTester vague = rule("specificity/vague-evaluation");

    @Test
    void bare_verdicts_are_vague() {
      vague.text("«Good job.»").expectFinding();
      vague.text("«Great communication skills.»").expectFinding();
      vague.text("Thanks for applying. «Your analytical skills need work.»").expectFinding();
      vague.text("«Lacked experience.»").expectFinding();
      vague.text("«You should be more proactive.»").expectFinding().expectMessageContaining("trait");
    }

    @Test
    void statements_tied_to_an_instance_or_measure_are_specific() {
      vague.text("In the system-design round you sized the cache from the read/write ratio before choosing Redis.")
          .expectNoFinding();
      vague.text("Two of your three answers in the behavioural interview had no concrete example.").expectNoFinding();
      vague.text("Client churn in your accounts fell from 9% to 5% this quarter.").expectNoFinding();
    }

    @Test
    void healthcare_retail_and_teaching_examples() {
      vague.text("Your handover on the night shift listed every patient's medication changes.").expectNoFinding();
      vague.text("«The patient care was poor.»").expectFinding();
      vague.text("You restocked the dairy shelves in forty minutes and kept the date order right.").expectNoFinding();
      vague.text("«Customer service needs improvement.»").expectFinding();
      vague.text("The Year 5 lesson on fractions ran eight minutes over, so the plenary was cut.").expectNoFinding();
      vague.text("«The lesson was not good enough.»").expectFinding();
    }

    @Test
    void a_quote_counts_as_evidence() {
      vague.text("The customer wrote that you were \"the first person who actually listened\", which is great.")
          .expectNoFinding();
    }

    @Test
    void vague_praise_next_to_specific_statements_is_only_a_note() {
      vague.text("You cut the close from six days to four in October. «Great work.»").expectFinding(Severity.INFO);
    }

    @Test
    void structured_observations_with_evidence_count_as_specific() {
      Feedback f = employee(SessionType.PROJECT_REVIEW, "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z")
          .summary("Notes from the review.")
          .addObservation(Observation.builder().type(ObservationType.STRENGTH).text("Great ownership.")
              .addEvidence("Took the pager for the whole outage weekend").build())
          .build();
      vague.document(f).expectNoFinding();
      Feedback noEvidence = f.withObservations(Observation.builder().type(ObservationType.STRENGTH)
          .text("Great ownership.").build());
      vague.document(noEvidence).expectFinding();
    }

    @Test
    void questions_and_courtesy_are_not_verdicts() {
      vague.text("Could you tell us more about the migration?").expectNoFinding();
      vague.text("Thank you for your time, and good luck with your search.").expectNoFinding();
    }
  }

  @Nested
  class Balance {
    @Test
    void destructive_words_are_flagged_unless_negated_quoted_or_about_circumstances() {
      CheckTester d = rule("balance/destructive-phrase");
      d.text("Your slide deck was «terrible».").expectFinding();
      d.text("«You failed» to answer the second question.").expectFinding();
      d.text("It was a «disaster» from start to finish.").expectFinding();
      d.text("The customer called the old tool \"useless\".").expectNoFinding();
      d.text("Your draft was not useless at all.").expectNoFinding();
      d.text("You stayed calm in a terrible situation on the ward.").expectNoFinding();
    }

    @Test
    void improvement_areas_with_no_strength_are_flagged() {
      CheckTester n = rule("balance/no-strength");
      n.text("«The pricing model had two errors.» Please check the formulas.").expectFinding();
      n.text("The pricing model was accurate to 2%. The appendix had two errors.").expectNoFinding();
      n.text("Thank you for coming in.").expectNoFinding();
    }

    @Test
    void praise_only_is_fine_for_recognition_but_not_for_a_rejection_or_improvement_session() {
      CheckTester p = rule("balance/praise-only");
      Feedback recognition = employee(SessionType.RECOGNITION, "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z")
          .summary("Your night-shift handovers in March were excellent.").build();
      p.document(recognition).expectNoFinding();
      p.document(recognition.withContext(Context.builder().session(SessionType.PERFORMANCE_IMPROVEMENT).build()))
          .expectFinding();
      Feedback rejection = candidate("2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z").outcome(Outcome.REJECTED)
          .summary("Your case study was excellent and the panel enjoyed meeting you.").build();
      p.document(rejection).expectFinding();
    }

    @Test
    void a_rejection_with_praise_and_a_way_forward_is_not_praise_only() {
      CheckTester p = rule("balance/praise-only");
      Feedback rejection = candidate("2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z").outcome(Outcome.REJECTED)
          .summary("Your case study was excellent and the panel enjoyed meeting you.").build();
      p.document(rejection).expectFinding();
      p.document(rejection.withActions(ActionItem.builder()
          .description("Practise sizing a market from public data before your next case interview").build()))
          .expectNoFinding();
    }

    @Test
    void criticism_overwhelming_one_compliment_is_flagged() {
      rule("balance/criticism-overwhelms")
          .text("The site visit was well organised. The estimate was late. The drawings were incomplete. "
              + "The risk log was missing. «The budget was unclear.»")
          .expectFinding();
    }
  }

  @Nested
  class Clarity {
    @Test
    void jargon_and_acronyms_are_flagged_with_plain_replacements() {
      CheckTester j = rule("clarity/jargon");
      j.text("We need to «leverage» your strengths.").expectFinding().expectSuggestion("use");
      j.text("Do you have the «bandwidth» for the audit?").expectFinding().expectSuggestion("time");
      j.text("This will «move the needle» on retention.").expectFinding();
      j.text("Send it by «EOD» Friday.").expectFinding().expectSuggestion("end of day");
      j.text("Your KPI (key performance indicator) was met.").expectNoFinding();
      j.text("The customer said we should \"leverage synergies\".").expectNoFinding();
    }

    @Test
    void jargon_words_in_their_literal_sense_are_not_flagged() {
      CheckTester j = rule("clarity/jargon");
      j.text("The new router doubled the upload bandwidth at the depot.").expectNoFinding();
      j.text("The bank lowered its leverage ratio to 2.1 in June.").expectNoFinding();
      j.text("Do you have the «bandwidth» for the audit?").expectFinding();
    }

    @Test
    void feelings_after_be_are_adjectives_not_hidden_actors() {
      CheckTester h = rule("clarity/hidden-actor");
      h.text("The patient was relieved when you explained the dressing change.").expectNoFinding();
      h.text("The regional manager was thrilled that you opened the store a week early.").expectNoFinding();
    }

    @Test
    void an_organisation_can_add_and_remove_jargon() {
      QualityPolicy p = QualityPolicy.builder().addLexiconEntry("jargon", "tiger team")
          .removeLexiconEntry("jargon", "bandwidth").build();
      FeedbackAnalyzer custom = FeedbackAnalyzer.builder().policy(p).loadPlugins(false).build();
      CheckTester j = CheckTester.of(custom.check("clarity/jargon").orElseThrow());
      j.text("Join the «tiger team» next sprint.").expectFinding();
      j.text("Do you have the bandwidth for the audit?").expectNoFinding();
    }

    @Test
    void long_sentences_hedging_stacks_double_negatives_and_hidden_actors() {
      rule("clarity/hedging-stack").text("It was «maybe somewhat possibly» too long.").expectFinding();
      rule("clarity/hedging-stack").text("Perhaps you could try the STAR format.").expectNoFinding();
      rule("clarity/double-negative").text("The plan was «not unreasonable».").expectFinding();
      rule("clarity/double-negative").text("I have no doubts about her dependability.").expectNoFinding();
      rule("clarity/hidden-actor").text("«Mistakes were made.»").expectFinding(Severity.INFO);
      rule("clarity/hidden-actor").text("The bug was found by the night team.").expectNoFinding();
      rule("clarity/long-sentence").text("Short and clear.").expectNoFinding();
    }
  }

  @Nested
  class Actionability {
    final CheckTester way = rule("actionability/no-way-forward");

    @Test
    void problems_named_without_a_next_step_are_flagged() {
      way.text("«Your reporting is not where it should be.»").expectFinding();
      way.text("«The stock counts were wrong twice in August.»").expectFinding();
      way.text("Thanks for the pitch. «The closing was weak.»").expectFinding();
    }

    @Test
    void a_recommendation_resource_goal_or_follow_up_addresses_them() {
      way.text("The stock counts were wrong twice in August. Please count with a second person until September.")
          .expectNoFinding();
      way.text("Your answers lacked structure; practise the STAR format: situation, task, action, result.")
          .expectNoFinding();
      way.text("Review comments took three days in September. Let's aim for one day by January.").expectNoFinding();
      way.text("The SQL answers were incorrect. The course at https://example.org/sql covers joins.")
          .expectNoFinding();
    }

    @Test
    void structured_action_items_count() {
      Feedback f = employee(SessionType.CAREER_DEVELOPMENT, "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z")
          .summary("Thanks for the session.")
          .addObservation(Observation.builder().type(ObservationType.IMPROVEMENT)
              .text("Code reviews took three days on average in October.").build())
          .build();
      way.document(f).expectFinding();
      way.document(f.withActions(ActionItem.builder().description("Answer review requests within one working day")
          .dueDate(LocalDate.parse("2026-12-31")).build())).expectNoFinding();
    }

    @Test
    void a_rejection_with_nothing_to_act_on_is_flagged() {
      CheckTester next = rule("actionability/no-next-step");
      next.text("«»Unfortunately, we have decided to move forward with other candidates.").expectFinding();
      next.text("Unfortunately, we have decided to move forward with other candidates. Before you apply again, "
          + "build one project with a message queue.").expectNoFinding();
      next.text("Thank you for covering the night shifts in March.").expectNoFinding();
    }
  }

  @Nested
  class Fairness {
    @Test
    void protected_characteristics_are_errors_with_rewrites_where_possible() {
      CheckTester p = rule("fairness/protected-characteristic");
      p.text("We want someone «young and energetic».").expectFinding(Severity.ERROR).expectSuggestion("energetic");
      p.text("She is «pregnant», so travel may be hard.").expectFinding(Severity.ERROR);
      p.text("He is «overqualified» for the till role.").expectFinding();
      p.text("«His accent» made the calls hard to follow.").expectFinding();
      p.text("As a «digital native» she picked up the tools fast.").expectFinding();
      p.text("The legacy system from 2009 was hard to change.").expectNoFinding();
      p.text("The server was too old for the new database.").expectNoFinding();
    }

    @Test
    void personality_labels_count_only_when_said_of_the_person() {
      CheckTester l = rule("fairness/personality-label");
      l.text("You can be «abrasive» in code reviews.").expectFinding();
      l.text("She is «bossy» with the new hires.").expectFinding();
      l.text("He is «not a team player».").expectFinding();
      l.text("We liked your aggressive pricing plan.").expectNoFinding();
      l.text("You showed strong emotional awareness with patients.").expectNoFinding();
      l.text("I never found her unreliable.").expectNoFinding();
      l.text("The client called you \"arrogant\" in the survey, but the recording shows otherwise.").expectNoFinding();
    }

    @Test
    void culture_fit_verdicts_and_sweeping_absolutes() {
      rule("fairness/culture-fit").text("Not really a «culture fit».").expectFinding();
      rule("fairness/sweeping-absolute").text("«You never» share updates with the team.").expectFinding();
      rule("fairness/sweeping-absolute").text("You never missed a deadline.").expectNoFinding();
      rule("fairness/sweeping-absolute").text("«He always» arrives late to handover.").expectFinding();
      rule("fairness/sweeping-absolute").text("He always stayed late to help the new hires.").expectNoFinding();
      rule("fairness/sweeping-absolute").text("You never gave up on the migration, and it shipped in May.").expectNoFinding();
      rule("fairness/sweeping-absolute")
          .text("You always label the samples, and we had zero labelling errors this year.").expectNoFinding();
    }

    @Test
    void gender_coded_words_are_a_note() {
      CheckTester g = rule("fairness/gender-coded");
      g.text("She is «assertive» in client meetings.").expectFinding(Severity.INFO);
      g.text("Your analytical skills showed in the churn analysis.").expectNoFinding();
    }

    @Test
    void a_protected_characteristic_makes_the_verdict_revise_whatever_the_scores() {
      var r = ALL.analyze("In the Tuesday design round you sized the cache from the read/write ratio, which was the "
          + "strongest answer we heard. You seem young and energetic.");
      assertThat(r.verdict()).isEqualTo(io.github.feedbackkit.rules.Verdict.REVISE);
      assertThat(r.findings()).anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  @Test
  void the_tester_reports_what_it_found_when_an_expectation_fails() {
    assertThatThrownBy(() -> rule("clarity/jargon").text("We will «leverage» the «plan».").expectFinding())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("clarity/jargon")
        .hasMessageContaining("leverage");
    assertThatThrownBy(() -> rule("clarity/jargon").text("Use plain words.").expectFinding())
        .hasMessageContaining("expected a finding but got none");
  }
}
