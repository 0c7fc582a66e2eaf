package io.github.feedbackkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeedbackValidatorTest {
  private static final FeedbackValidator VALIDATOR = FeedbackValidator.standard();
  private static final Instant EVENT = Instant.parse("2026-11-20T15:00:00Z");

  static Observation observation(String text) {
    return Observation.builder().type(ObservationType.STRENGTH).text(text).build();
  }

  static ActionItem action(String description) {
    return ActionItem.builder().description(description).build();
  }

  /** A valid candidate document with one observation and one action. */
  static Feedback candidate() {
    return Feedback.builder()
        .id("fb-1")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.of("cand-42"))
        .context(Context.builder().stage(HiringStage.ONSITE).build())
        .occurredAt(EVENT)
        .summary("Thank you for coming in on Friday.")
        .addObservation(observation("You sized the cache from the read/write ratio."))
        .addAction(action("Practise the STAR format on two past projects."))
        .build();
  }

  /** A valid employee document. */
  static Feedback employee() {
    return Feedback.builder()
        .id("fb-2")
        .kind(FeedbackKind.EMPLOYEE)
        .subject(Subject.of("emp-7"))
        .context(Context.builder().session(SessionType.PROJECT_REVIEW).build())
        .occurredAt(EVENT)
        .summary("Review of the billing migration.")
        .build();
  }

  static List<Observation> observations(int n) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(observation("Observation " + i));
    }
    return list;
  }

  static Map<String, String> metadata(int n) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put("k" + i, "v");
    }
    return map;
  }

  private static Arguments rule(String name, UnaryOperator<Feedback> breakIt, String expected) {
    return Arguments.of(name, breakIt, expected);
  }

  static Stream<Arguments> rules() {
    String x129 = "x".repeat(129);
    String x201 = "x".repeat(201);
    String x2001 = "x".repeat(2001);
    String x20001 = "x".repeat(20_001);
    return Stream.of(
        rule("empty id", f -> f.withId(""), "id: size must be between 1 and 128"),
        rule("id longer than 128", f -> f.withId(x129), "id: size must be between 1 and 128"),
        rule("id with a space", f -> f.withId("fb 1"), "id: must contain only the characters A-Z a-z 0-9 . _ : -"),
        rule("id with a slash", f -> f.withId("fb/1"), "id: must contain only the characters A-Z a-z 0-9 . _ : -"),
        rule("empty subject id", f -> f.withSubject(Subject.of("")), "subject.id: size must be between 1 and 128"),
        rule("subject id with a non-ASCII letter", f -> f.withSubject(Subject.of("zoë")),
            "subject.id: must contain only the characters A-Z a-z 0-9 . _ : -"),
        rule("blank subject name", f -> f.withSubject(Subject.builder().id("s").displayName(" \t").build()),
            "subject.displayName: must not be blank"),
        rule("subject name longer than 200", f -> f.withSubject(Subject.builder().id("s").displayName(x201).build()),
            "subject.displayName: size must be between 0 and 200"),
        rule("author id longer than 128", f -> f.withAuthor(Author.builder().id(x129).build()),
            "author.id: size must be between 1 and 128"),
        rule("author id with a colon-free bad char", f -> f.withAuthor(Author.builder().id("a@b").build()),
            "author.id: must contain only the characters A-Z a-z 0-9 . _ : -"),
        rule("blank author name", f -> f.withAuthor(Author.builder().id("a").displayName("").build()),
            "author.displayName: must not be blank"),
        rule("author name longer than 200", f -> f.withAuthor(Author.builder().id("a").displayName(x201).build()),
            "author.displayName: size must be between 0 and 200"),
        rule("blank position", f -> f.withContext(Context.builder().position(" ").build()),
            "context.position: must not be blank"),
        rule("position longer than 200", f -> f.withContext(Context.builder().position(x201).build()),
            "context.position: size must be between 0 and 200"),
        rule("blank project", f -> f.withContext(Context.builder().project("\n").build()),
            "context.project: must not be blank"),
        rule("project longer than 200", f -> f.withContext(Context.builder().project(x201).build()),
            "context.project: size must be between 0 and 200"),
        rule("blank summary", f -> f.withSummary("   "), "summary: must not be blank"),
        rule("summary longer than 20000", f -> f.withSummary(x20001), "summary: size must be between 0 and 20000"),
        rule("blank observation text", f -> f.withObservations(observation("ok"), observation(" ")),
            "observations[1].text: must not be blank"),
        rule("observation text longer than 20000", f -> f.withObservations(observation(x20001)),
            "observations[0].text: size must be between 0 and 20000"),
        rule("blank competency", f -> f.withObservations(observation("ok").withCompetency("")),
            "observations[0].competency: must not be blank"),
        rule("competency longer than 200", f -> f.withObservations(observation("ok").withCompetency(x201)),
            "observations[0].competency: size must be between 0 and 200"),
        rule("blank evidence", f -> f.withObservations(observation("ok").withEvidence("quote", " ")),
            "observations[0].evidence[1]: must not be blank"),
        rule("evidence longer than 20000", f -> f.withObservations(observation("ok").withEvidence(x20001)),
            "observations[0].evidence[0]: size must be between 0 and 20000"),
        rule("more than 50 evidence entries", f -> f.withObservations(observation("ok").withEvidence(repeat("e", 51))),
            "observations[0].evidence: size must be between 0 and 50"),
        rule("rating 0", f -> f.withObservations(observation("ok").withRating(0)),
            "observations[0].rating: must be greater than or equal to 1"),
        rule("rating 6", f -> f.withObservations(observation("ok").withRating(6)),
            "observations[0].rating: must be less than or equal to 5"),
        rule("more than 100 observations", f -> f.withObservations(observations(101)),
            "observations: size must be between 0 and 100"),
        rule("blank action description", f -> f.withActions(action("\u2003")),
            "actions[0].description: must not be blank"),
        rule("action description longer than 20000", f -> f.withActions(action(x20001)),
            "actions[0].description: size must be between 0 and 20000"),
        rule("blank measure", f -> f.withActions(action("a").withMeasure(" ")),
            "actions[0].measure: must not be blank"),
        rule("measure longer than 2000", f -> f.withActions(action("a").withMeasure(x2001)),
            "actions[0].measure: size must be between 0 and 2000"),
        rule("ftp resource", f -> f.withActions(action("a").withResource(URI.create("ftp://example.org/x"))),
            "actions[0].resource: must be an absolute http or https URI"),
        rule("relative resource", f -> f.withActions(action("a").withResource(URI.create("/courses/star"))),
            "actions[0].resource: must be an absolute http or https URI"),
        rule("javascript resource", f -> f.withActions(action("a").withResource(URI.create("javascript:alert(1)"))),
            "actions[0].resource: must be an absolute http or https URI"),
        rule("due date before the event's date", f -> f.withActions(action("a"), action("b").withDueDate(LocalDate.parse("2026-11-19"))),
            "actions[1].dueDate: must not be before the date of occurredAt (in UTC)"),
        rule("more than 100 actions", f -> f.withActions(repeatActions(101)),
            "actions: size must be between 0 and 100"),
        rule("follow-up before the event's date", f -> f.withFollowUp(FollowUp.builder().scheduledFor(LocalDate.parse("2026-11-01")).build()),
            "followUp.scheduledFor: must not be before the date of occurredAt (in UTC)"),
        rule("blank follow-up purpose", f -> f.withFollowUp(FollowUp.builder().scheduledFor(LocalDate.parse("2026-12-01")).purpose("").build()),
            "followUp.purpose: must not be blank"),
        rule("follow-up purpose longer than 2000", f -> f.withFollowUp(FollowUp.builder().scheduledFor(LocalDate.parse("2026-12-01")).purpose(x2001).build()),
            "followUp.purpose: size must be between 0 and 2000"),
        rule("delivered before it occurred", f -> f.withDeliveredAt(EVENT.minusSeconds(1)),
            "deliveredAt: must not be before occurredAt"),
        rule("candidate document with a session", f -> f.withContext(Context.builder().session(SessionType.RECOGNITION).build()),
            "context.session: must be absent in a CANDIDATE document"),
        rule("no summary and no observations", f -> f.withSummary(java.util.Optional.empty()).withObservations(List.of()),
            "summary: a document needs a summary or at least one observation"),
        rule("blank metadata key", f -> f.withMetadata(Map.of(" ", "v")), "metadata: key must not be blank"),
        rule("metadata key longer than 128", f -> f.withMetadata(Map.of(x129, "v")),
            "metadata: key size must be between 0 and 128"),
        rule("metadata value longer than 2000", f -> f.withMetadata(Map.of("ats", x2001)),
            "metadata[ats]: size must be between 0 and 2000"),
        rule("more than 100 metadata entries", f -> f.withMetadata(metadata(101)),
            "metadata: size must be between 0 and 100"));
  }

  static List<String> repeat(String s, int n) {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(s + i);
    }
    return list;
  }

  static List<ActionItem> repeatActions(int n) {
    List<ActionItem> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(action("Action " + i));
    }
    return list;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleIsReportedWithItsExactPathAndMessage(
      String name, UnaryOperator<Feedback> breakIt, String expected) {
    Feedback broken = breakIt.apply(candidate());
    assertThat(VALIDATOR.validate(broken)).map(Violation::toString).containsExactly(expected);
  }

  @Test
  void employeeDocumentWithAStageIsRejected() {
    Feedback f = employee().withContext(Context.builder().stage(HiringStage.OFFER).build());
    assertThat(VALIDATOR.validate(f))
        .containsExactly(new Violation("context.stage", "must be absent in an EMPLOYEE document"));
  }

  @Test
  void employeeDocumentWithAnOutcomeIsRejected() {
    Feedback f = employee().withOutcome(Outcome.ADVANCED);
    assertThat(VALIDATOR.validate(f))
        .containsExactly(new Violation("outcome", "must be absent in an EMPLOYEE document"));
  }

  @Test
  void validDocumentsOfBothKindsHaveNoViolations() {
    assertThat(VALIDATOR.validate(candidate())).isEmpty();
    assertThat(VALIDATOR.validate(employee())).isEmpty();
  }

  @Test
  void absentOptionalTextsAreNotBlank() {
    Feedback f =
        candidate()
            .withAuthor(Author.builder().id("a").build())
            .withContext(Context.builder().build())
            .withActions(action("a"))
            .withFollowUp(FollowUp.builder().scheduledFor(LocalDate.parse("2026-11-20")).build());
    assertThat(VALIDATOR.validate(f)).isEmpty();
  }

  @Test
  void datesOnTheEventDayAndDeliveryAtTheEventInstantAreAccepted() {
    Feedback f =
        candidate()
            .withDeliveredAt(EVENT)
            .withActions(action("a").withDueDate(LocalDate.parse("2026-11-20")));
    assertThat(VALIDATOR.validate(f)).isEmpty();
  }

  @Test
  void datesAreNotComparedWhenTheEventTimeIsUnknown() {
    Feedback f =
        candidate()
            .withOccurredAt(java.util.Optional.empty())
            .withDeliveredAt(Instant.parse("2020-01-01T00:00:00Z"))
            .withActions(action("a").withDueDate(LocalDate.parse("2000-01-01")));
    assertThat(VALIDATOR.validate(f)).isEmpty();
  }

  @Test
  void textsOfExactlyTheMaximumLengthAreAccepted() {
    Feedback f =
        candidate()
            .withId("i".repeat(128))
            .withSummary("s".repeat(20_000))
            .withMetadata(Map.of("k".repeat(128), "v".repeat(2000)));
    assertThat(VALIDATOR.validate(f)).isEmpty();
  }

  @Test
  void httpAndHttpsResourcesAreAccepted() {
    Feedback f =
        candidate()
            .withActions(
                action("a").withResource(URI.create("http://example.org/a")),
                action("b").withResource(URI.create("HTTPS://example.org/b?q=1")));
    assertThat(VALIDATOR.validate(f)).isEmpty();
  }

  @Test
  void everyViolationIsReportedAtOnceInPathOrderWithIndicesComparedAsNumbers() {
    List<Observation> obs = new ArrayList<>(observations(12));
    obs.set(2, observation(" "));
    obs.set(10, observation("ok").withRating(9));
    Feedback f =
        candidate()
            .withId("bad id")
            .withSummary("")
            .withObservations(obs)
            .withDeliveredAt(EVENT.minusSeconds(60))
            .withContext(Context.builder().session(SessionType.RECOGNITION).build());
    assertThat(VALIDATOR.validate(f))
        .map(Violation::toString)
        .containsExactly(
            "context.session: must be absent in a CANDIDATE document",
            "deliveredAt: must not be before occurredAt",
            "id: must contain only the characters A-Z a-z 0-9 . _ : -",
            "observations[2].text: must not be blank",
            "observations[10].rating: must be less than or equal to 5",
            "summary: must not be blank");
  }

  @Test
  void twoViolationsOnOneFieldAreOrderedByMessage() {
    Feedback f = candidate().withId("x y".repeat(50));
    assertThat(VALIDATOR.validate(f))
        .map(Violation::toString)
        .containsExactly(
            "id: must contain only the characters A-Z a-z 0-9 . _ : -",
            "id: size must be between 1 and 128");
  }

  @Test
  void repeatedValidationGivesTheSameList() {
    Feedback f = candidate().withId("").withSummary(" ").withObservations(observation(""));
    List<Violation> first = VALIDATOR.validate(f);
    for (int i = 0; i < 20; i++) {
      assertThat(VALIDATOR.validate(f)).isEqualTo(first);
    }
  }

  @Test
  void requireValidThrowsWithEveryViolation() {
    Feedback f = candidate().withId("").withSummary(" ");
    assertThatThrownBy(() -> VALIDATOR.requireValid(f))
        .isInstanceOfSatisfying(
            InvalidFeedbackException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(
                      new Violation("id", "size must be between 1 and 128"),
                      new Violation("summary", "must not be blank"));
              assertThat(e.getMessage())
                  .isEqualTo(
                      "invalid feedback document: id: size must be between 1 and 128; summary: must not be blank");
            });
  }

  @Test
  void invalidFeedbackExceptionNamesItsSource() {
    InvalidFeedbackException e =
        new InvalidFeedbackException("in.json", List.of(new Violation("id", "must not be blank")));
    assertThat(e.getMessage()).isEqualTo("invalid feedback document in.json: id: must not be blank");
    assertThat(e.source()).contains("in.json");
    assertThat(new InvalidFeedbackException(e.violations()).source()).isEmpty();
  }

  @Test
  void requireValidReturnsAValidDocument() {
    Feedback f = candidate();
    assertThat(VALIDATOR.requireValid(f)).isSameAs(f);
  }

  @Test
  void pathsCompareIndicesAsNumbers() {
    assertThat(FeedbackValidator.comparePaths("a[2].b", "a[10].b")).isNegative();
    assertThat(FeedbackValidator.comparePaths("a[10]", "a[2]")).isPositive();
    assertThat(FeedbackValidator.comparePaths("a", "a.b")).isNegative();
    assertThat(FeedbackValidator.comparePaths("a.b", "a.b")).isZero();
  }
}
