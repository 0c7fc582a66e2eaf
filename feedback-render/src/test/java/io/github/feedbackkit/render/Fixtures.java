package io.github.feedbackkit.render;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ActionOwner;
import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.AuthorRole;
import io.github.feedbackkit.core.Channel;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FollowUp;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import io.github.feedbackkit.rules.Verdict;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hand-written documents and reports, one per context the renderers word differently. */
final class Fixtures {
  private Fixtures() {}

  static Map<String, Feedback> all() {
    Map<String, Feedback> m = new LinkedHashMap<>();
    m.put("phone-screen-rejection", phoneScreenRejection());
    m.put("technical-interview-rejection", technicalInterviewRejection());
    m.put("onsite-advanced", onsiteAdvanced());
    m.put("employee-improvement", employeeImprovement());
    m.put("recognition", recognition());
    m.put("technical-interview-rejection-de-CH", technicalInterviewRejection().withLocale(Locale.forLanguageTag("de-CH")));
    return m;
  }

  static Observation obs(ObservationType type, String competency, String text, String... evidence) {
    Observation.Builder b = Observation.builder().type(type).text(text).addEvidence(evidence);
    if (competency != null) {
      b.competency(competency);
    }
    return b.build();
  }

  static Feedback phoneScreenRejection() {
    return Feedback.builder()
        .id("fb-ps-1")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-17").displayName("Ada Lovelace").build())
        .author(Author.builder().id("rec-3").displayName("Sam Rivera").role(AuthorRole.RECRUITER).build())
        .context(Context.builder().stage(HiringStage.PHONE_SCREEN).position("Backend Engineer").build())
        .occurredAt(Instant.parse("2026-11-18T14:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-19T10:30:00Z"))
        .channel(Channel.PHONE)
        .summary("We were looking for at least two years of production experience with Kafka for this role.")
        .addObservation(obs(ObservationType.STRENGTH, "Communication",
            "You explained the migration of your team's billing service in clear steps, from the old schema to the cut-over.",
            "Answer to question 3 (migration story)"))
        .addObservation(obs(ObservationType.IMPROVEMENT, "Messaging systems",
            "When asked how you would handle duplicate events, you did not describe an approach."))
        .addObservation(Observation.builder().type(ObservationType.NOTE).text("Salary expectation above band.").rating(2).build())
        .addAction(ActionItem.builder()
            .description("Read the chapter on idempotent consumers.")
            .owner(ActionOwner.SUBJECT)
            .resource(URI.create("https://example.org/idempotent-consumers"))
            .build())
        .outcome(Outcome.REJECTED)
        .putMetadata("atsCandidateId", "GH-88213")
        .build();
  }

  static Feedback technicalInterviewRejection() {
    return Feedback.builder()
        .id("fb-ti-2")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-42").displayName("Grace Hopper").build())
        .author(Author.builder().id("int-7").displayName("Jordan Lee").role(AuthorRole.INTERVIEWER).build())
        .context(Context.builder().stage(HiringStage.TECHNICAL_INTERVIEW).position("Data Engineer").build())
        .occurredAt(Instant.parse("2026-11-16T09:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-17T16:00:00Z"))
        .channel(Channel.EMAIL)
        .summary("Thank you for working through the pipeline exercise with us.\n\nBelow are the two points that decided our answer.")
        .addObservation(obs(ObservationType.STRENGTH, "SQL",
            "Your window-function query for the 7-day rolling average was correct on the first run.",
            "Exercise part 1", "Ran against the sample data without changes"))
        .addObservation(obs(ObservationType.IMPROVEMENT, "Testing",
            "You wrote no tests for the deduplication step, and two of the five edge cases we gave failed."))
        .addObservation(obs(ObservationType.IMPROVEMENT, null,
            "You spent 25 of the 45 minutes on the schema before reading the whole task."))
        .addAction(ActionItem.builder()
            .description("Practise writing a failing test before each transformation step.")
            .owner(ActionOwner.SUBJECT)
            .build())
        .addAction(ActionItem.builder()
            .description("Try reading a task end to end and listing its parts before you start.")
            .resource(URI.create("https://example.org/reading-the-task"))
            .build())
        .outcome(Outcome.REJECTED)
        .build();
  }

  static Feedback onsiteAdvanced() {
    return Feedback.builder()
        .id("fb-on-3")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-5").displayName("Katherine Johnson").build())
        .author(Author.builder().id("hm-1").displayName("Priya Natarajan").role(AuthorRole.HIRING_MANAGER).build())
        .context(Context.builder().stage(HiringStage.ONSITE).position("Staff Engineer").build())
        .occurredAt(Instant.parse("2026-11-19T08:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-20T12:00:00Z"))
        .channel(Channel.VIDEO)
        .addObservation(obs(ObservationType.STRENGTH, "System design",
            "In the design round you sized the cache from the read/write ratio before choosing Redis.",
            "Whiteboard notes, question 2"))
        .addObservation(obs(ObservationType.STRENGTH, "Collaboration",
            "In the pairing session you asked Mia for her test data before changing the parser."))
        .addObservation(obs(ObservationType.IMPROVEMENT, "Estimation",
            "Your rollout plan had no time for the data backfill, which the panel estimated at two weeks."))
        .addAction(ActionItem.builder()
            .description("Bring a rough backfill estimate to the final interview.")
            .owner(ActionOwner.SUBJECT)
            .dueDate(LocalDate.parse("2026-11-27"))
            .build())
        .followUp(FollowUp.builder().scheduledFor(LocalDate.parse("2026-11-27")).purpose("Final interview with the CTO").build())
        .outcome(Outcome.ADVANCED)
        .build();
  }

  static Feedback employeeImprovement() {
    return Feedback.builder()
        .id("fb-emp-4")
        .kind(FeedbackKind.EMPLOYEE)
        .subject(Subject.builder().id("emp-90").displayName("Lin").build())
        .author(Author.builder().id("mgr-2").displayName("Ruth").role(AuthorRole.MANAGER).build())
        .context(Context.builder().session(SessionType.PERFORMANCE_IMPROVEMENT).project("Checkout").build())
        .occurredAt(Instant.parse("2026-11-10T15:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-11T09:00:00Z"))
        .channel(Channel.IN_PERSON)
        .summary("Code reviews on Checkout waited 3.5 days on average in October; the team goal is one day.")
        .addObservation(obs(ObservationType.STRENGTH, "Quality",
            "Your reviews catch real defects: 4 of the 6 bugs found in review last month came from your comments."))
        .addObservation(obs(ObservationType.IMPROVEMENT, "Turnaround",
            "Eleven of your 20 review requests in October waited more than three days.", "Review dashboard, October"))
        .addObservation(Observation.builder().type(ObservationType.NOTE).text("Discussed workload; Lin covers on-call this month.").build())
        .addAction(ActionItem.builder()
            .description("Block 30 minutes each morning for reviews.")
            .owner(ActionOwner.SUBJECT)
            .dueDate(LocalDate.parse("2026-11-16"))
            .measure("Median review wait under one day in the dashboard")
            .build())
        .addAction(ActionItem.builder()
            .description("Move Lin off the Tuesday triage rota.")
            .owner(ActionOwner.AUTHOR)
            .dueDate(LocalDate.parse("2026-11-13"))
            .build())
        .followUp(FollowUp.builder().scheduledFor(LocalDate.parse("2026-12-08")).purpose("Review the December dashboard together").build())
        .putMetadata("hrisCase", "PIP-2026-031")
        .build();
  }

  static Feedback recognition() {
    return Feedback.builder()
        .id("fb-rec-5")
        .kind(FeedbackKind.EMPLOYEE)
        .subject(Subject.builder().id("emp-12").displayName("Tomás").build())
        .author(Author.builder().id("mgr-8").displayName("Alex").role(AuthorRole.MANAGER).build())
        .context(Context.builder().session(SessionType.RECOGNITION).project("the search migration").build())
        .occurredAt(Instant.parse("2026-11-20T10:00:00Z"))
        .channel(Channel.WRITTEN)
        .addObservation(obs(ObservationType.STRENGTH, null,
            "You moved all 14 services to the new search cluster with no downtime, a week ahead of plan.",
            "Status page: zero incidents, 2–13 November"))
        .addObservation(obs(ObservationType.STRENGTH, "Mentoring",
            "You paired with Noor on three of the migrations, and she ran the last two alone."))
        .build();
  }

  /** A report on {@link #technicalInterviewRejection()}, with overlapping findings. */
  static QualityReport technicalInterviewReport() {
    Feedback f = technicalInterviewRejection();
    String summary = f.summary().orElseThrow();
    String imp = f.observations().get(2).text();
    Map<Dimension, DimensionResult> dims = new LinkedHashMap<>();
    dims.put(Dimension.TIMELINESS, DimensionResult.assessed(Dimension.TIMELINESS, 100, true, Map.of()));
    dims.put(Dimension.SPECIFICITY, DimensionResult.assessed(Dimension.SPECIFICITY, 85, true, Map.of()));
    dims.put(Dimension.BALANCE, DimensionResult.assessed(Dimension.BALANCE, 70, true, Map.of("strengths", 1, "improvements", 2)));
    dims.put(Dimension.CLARITY, DimensionResult.assessed(Dimension.CLARITY, 55, false, Map.of()));
    dims.put(Dimension.ACTIONABILITY, DimensionResult.assessed(Dimension.ACTIONABILITY, 90, true, Map.of()));
    dims.put(Dimension.FAIRNESS, DimensionResult.assessed(Dimension.FAIRNESS, 100, true, Map.of()));
    String decided = "decided our answer";
    int ds = summary.indexOf(decided);
    String whole = "the two points that decided our answer";
    int ws = summary.indexOf(whole);
    String spent = "You spent 25 of the 45 minutes";
    List<Finding> findings = List.of(
        new Finding("clarity/passive-decision", Dimension.CLARITY, Severity.INFO, "summary", ws, ws + whole.length(), whole,
            "Say who decided: the sentence hides the people behind the decision.", List.of(Suggestion.prompt("Name who made the decision."))),
        new Finding("clarity/vague-reference", Dimension.CLARITY, Severity.WARNING, "summary", ds, ds + decided.length(), decided,
            "The reader cannot tell which points decided the answer.", List.of(Suggestion.replace("led to our decision"))),
        new Finding("clarity/long-clause", Dimension.CLARITY, Severity.WARNING, "observations[2].text", 0, spent.length(), spent,
            "Numbers without context can read as a reproach.", List.of()),
        new Finding("timeliness/late", Dimension.TIMELINESS, Severity.INFO, "deliveredAt", 0, 0, "",
            "Delivered within the window.", List.of()));
    return new QualityReport(java.util.Optional.of(f.id()), 83, Verdict.REVISE, dims, findings,
        Metrics.of(summary.length() + imp.length(), 52, 4, 70, 18));
  }

  static final String FREE_TEXT = "Good job. Your analytical skills need work.\nNot a fit.";

  /** A report on {@link #FREE_TEXT}: timeliness not assessed, an error. */
  static QualityReport freeTextReport() {
    Map<Dimension, DimensionResult> dims = new LinkedHashMap<>();
    dims.put(Dimension.TIMELINESS, DimensionResult.notAssessed(Dimension.TIMELINESS));
    dims.put(Dimension.SPECIFICITY, DimensionResult.assessed(Dimension.SPECIFICITY, 20, false, Map.of("vagueStatements", 3)));
    dims.put(Dimension.BALANCE, DimensionResult.assessed(Dimension.BALANCE, 40, false, Map.of()));
    dims.put(Dimension.CLARITY, DimensionResult.assessed(Dimension.CLARITY, 95, true, Map.of()));
    dims.put(Dimension.ACTIONABILITY, DimensionResult.assessed(Dimension.ACTIONABILITY, 10, false, Map.of()));
    dims.put(Dimension.FAIRNESS, DimensionResult.assessed(Dimension.FAIRNESS, 50, false, Map.of()));
    List<Finding> findings = List.of(
        new Finding("specificity/vague-evaluation", Dimension.SPECIFICITY, Severity.WARNING, "text", 0, 9, "Good job.",
            "A verdict with no situation or behaviour.", List.of(Suggestion.prompt("Name the situation and what they did."))),
        new Finding("actionability/no-way-forward", Dimension.ACTIONABILITY, Severity.WARNING, "text", 10, 43,
            "Your analytical skills need work.", "A problem with no way forward.",
            List.of(Suggestion.prompt("Add one concrete thing they can practise."))),
        new Finding("specificity/vague-evaluation", Dimension.SPECIFICITY, Severity.WARNING, "text", 10, 43,
            "Your analytical skills need work.", "A verdict with no situation or behaviour.", List.of()),
        new Finding("fairness/culture-fit", Dimension.FAIRNESS, Severity.ERROR, "text", 44, 54, "Not a fit.",
            "\"Fit\" as a verdict, with no behaviour named.", List.of(Suggestion.replace(""))));
    return new QualityReport(java.util.Optional.empty(), 43, Verdict.REVISE, dims, findings, Metrics.of(54, 10, 3, 15, 6));
  }
}
