package io.github.feedbackkit.testkit.internal;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FollowUp;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.testkit.FeedbackRule;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Breaks exactly one rule of a valid generated document, leaving every other rule intact, so
 * that the validator reports exactly {@link FeedbackRule#violation()}.
 */
public final class RuleBreaker {
  private static final List<String> BLANKS =
      List.of("", " ", "\t", "\n", " \r\n ", "\u2003", "\u3000", "\u2028", "  \u1680  ");
  private static final List<String> BAD_ID_CHARS =
      List.of(" ", "/", "é", "\uD83D\uDE00", "<", "#", "\u0000", "\u202E", "+", "@");
  private static final List<String> NOT_HTTP =
      List.of(
          "ftp://example.org/file",
          "mailto:coach@example.org",
          "javascript:alert(1)",
          "file:///etc/passwd",
          "/relative/path",
          "example.org/no-scheme",
          "data:text/html,hello",
          "https:opaque");

  private final DocumentMaker maker;
  private final Rng rng;

  /**
   * @param maker makes the valid document to break
   */
  public RuleBreaker(DocumentMaker maker) {
    this.maker = maker;
    this.rng = maker.rng;
  }

  /**
   * @param rule the rule to break
   * @return a document that breaks only this rule
   */
  public Feedback breakRule(FeedbackRule rule) {
    FeedbackKind kind = kindFor(rule);
    Feedback f = maker.valid(kind, true);
    LocalDate eventDay = LocalDate.ofInstant(f.occurredAt().orElseThrow(), ZoneOffset.UTC);
    switch (rule) {
      case ID_EMPTY:
        return f.withId("");
      case ID_TOO_LONG:
        return f.withId(validId(rng.between(129, 300)));
      case ID_BAD_CHARACTER:
        return f.withId(badId());
      case SUBJECT_ID_EMPTY:
        return f.withSubject(f.subject().withId(""));
      case SUBJECT_ID_BAD_CHARACTER:
        return f.withSubject(f.subject().withId(badId()));
      case SUBJECT_NAME_BLANK:
        return f.withSubject(f.subject().withDisplayName(blank()));
      case SUBJECT_NAME_TOO_LONG:
        return f.withSubject(f.subject().withDisplayName(longText(201, 600)));
      case AUTHOR_ID_TOO_LONG:
        return f.withAuthor(author(f).withId(validId(rng.between(129, 300))));
      case AUTHOR_ID_BAD_CHARACTER:
        return f.withAuthor(author(f).withId(badId()));
      case AUTHOR_NAME_TOO_LONG:
        return f.withAuthor(author(f).withDisplayName(longText(201, 600)));
      case AUTHOR_NAME_BLANK:
        return f.withAuthor(author(f).withDisplayName(blank()));
      case POSITION_BLANK:
        return f.withContext(context(f).withPosition(blank()));
      case POSITION_TOO_LONG:
        return f.withContext(context(f).withPosition(longText(201, 600)));
      case PROJECT_BLANK:
        return f.withContext(context(f).withProject(blank()));
      case PROJECT_TOO_LONG:
        return f.withContext(context(f).withProject(longText(201, 600)));
      case SUMMARY_BLANK:
        return f.withSummary(blank());
      case SUMMARY_TOO_LONG:
        return f.withSummary(longText(20_001, 25_000));
      case OBSERVATION_TEXT_BLANK:
        return withFirstObservation(f, firstObservation(f).withText(blank()));
      case OBSERVATION_TEXT_TOO_LONG:
        return withFirstObservation(f, firstObservation(f).withText(longText(20_001, 22_000)));
      case COMPETENCY_BLANK:
        return withFirstObservation(f, firstObservation(f).withCompetency(blank()));
      case COMPETENCY_TOO_LONG:
        return withFirstObservation(f, firstObservation(f).withCompetency(longText(201, 600)));
      case EVIDENCE_TOO_LONG:
        return withFirstEvidence(f, longText(20_001, 22_000));
      case EVIDENCE_BLANK:
        return withFirstEvidence(f, blank());
      case TOO_MUCH_EVIDENCE:
        {
          List<String> evidence = new ArrayList<>();
          int n = rng.between(51, 70);
          for (int i = 0; i < n; i++) {
            evidence.add("Evidence " + i);
          }
          return withFirstObservation(f, firstObservation(f).withEvidence(evidence));
        }
      case RATING_TOO_LOW:
        return withFirstObservation(f, firstObservation(f).withRating(rng.chance(50) ? 0 : -rng.below(1000)));
      case RATING_TOO_HIGH:
        return withFirstObservation(f, firstObservation(f).withRating(rng.between(6, 1000)));
      case TOO_MANY_OBSERVATIONS:
        return f.withObservations(maker.observations(rng.between(101, 110)));
      case ACTION_DESCRIPTION_BLANK:
        return withFirstAction(f, firstAction(f).withDescription(blank()));
      case ACTION_DESCRIPTION_TOO_LONG:
        return withFirstAction(f, firstAction(f).withDescription(longText(20_001, 22_000)));
      case MEASURE_BLANK:
        return withFirstAction(f, firstAction(f).withMeasure(blank()));
      case MEASURE_TOO_LONG:
        return withFirstAction(f, firstAction(f).withMeasure(longText(2_001, 3_000)));
      case RESOURCE_NOT_HTTP:
        return withFirstAction(f, firstAction(f).withResource(URI.create(rng.pick(NOT_HTTP))));
      case DUE_DATE_BEFORE_EVENT:
        return withFirstAction(f, firstAction(f).withDueDate(eventDay.minusDays(rng.between(1, 400))));
      case TOO_MANY_ACTIONS:
        {
          List<ActionItem> actions = new ArrayList<>();
          int n = rng.between(101, 110);
          for (int i = 0; i < n; i++) {
            actions.add(ActionItem.builder().description("Action " + i).build());
          }
          return f.withActions(actions);
        }
      case FOLLOW_UP_BEFORE_EVENT:
        return f.withFollowUp(followUp(f, eventDay).withScheduledFor(eventDay.minusDays(rng.between(1, 400))));
      case FOLLOW_UP_PURPOSE_BLANK:
        return f.withFollowUp(followUp(f, eventDay).withPurpose(blank()));
      case FOLLOW_UP_PURPOSE_TOO_LONG:
        return f.withFollowUp(followUp(f, eventDay).withPurpose(longText(2_001, 3_000)));
      case DELIVERED_BEFORE_OCCURRED:
        return f.withDeliveredAt(f.occurredAt().orElseThrow().minusSeconds(rng.between(1, 90 * 24 * 3600)));
      case CANDIDATE_WITH_SESSION:
        return f.withContext(context(f).withSession(rng.pick(SessionType.values())));
      case EMPLOYEE_WITH_STAGE:
        return f.withContext(context(f).withStage(rng.pick(HiringStage.values())));
      case EMPLOYEE_WITH_OUTCOME:
        return f.withOutcome(rng.pick(Outcome.values()));
      case NO_CONTENT:
        return f.withSummary(Optional.empty()).withObservations(List.of());
      case METADATA_KEY_BLANK:
        return withMetadata(f, blank(), "value");
      case METADATA_KEY_TOO_LONG:
        return withMetadata(f, validId(rng.between(129, 300)), "value");
      case METADATA_VALUE_TOO_LONG:
        return withMetadata(f, "feedbackkit.test", longText(2_001, 3_000));
      case TOO_MANY_METADATA_ENTRIES:
        return f.withMetadata(maker.metadata(rng.between(101, 120)));
      default:
        throw new IllegalArgumentException("no breaker for " + rule);
    }
  }

  private FeedbackKind kindFor(FeedbackRule rule) {
    switch (rule) {
      case CANDIDATE_WITH_SESSION:
        return FeedbackKind.CANDIDATE;
      case EMPLOYEE_WITH_STAGE:
      case EMPLOYEE_WITH_OUTCOME:
        return FeedbackKind.EMPLOYEE;
      default:
        return rng.chance(50) ? FeedbackKind.CANDIDATE : FeedbackKind.EMPLOYEE;
    }
  }

  private String blank() {
    return rng.pick(BLANKS);
  }

  private String validId(int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.append("id-").append(b.length());
    }
    return b.substring(0, length);
  }

  private String badId() {
    String base = validId(rng.between(0, 100));
    int at = rng.between(0, base.length());
    return base.substring(0, at) + rng.pick(BAD_ID_CHARS) + base.substring(at);
  }

  /** A non-blank text of a length in {@code [min, max]} UTF-16 units. */
  private String longText(int min, int max) {
    int length = rng.between(min, max);
    StringBuilder b = new StringBuilder(length + 100);
    while (b.length() < length) {
      b.append(maker.text.paragraph(3, 5_000)).append(' ');
    }
    if (rng.chance(30)) {
      b.insert(0, maker.text.longWord(Math.min(length, 3_000)));
    }
    String s = b.substring(0, length);
    if (Character.isHighSurrogate(s.charAt(length - 1))) {
      s = s.substring(0, length - 1) + "x";
    }
    return s;
  }

  private Author author(Feedback f) {
    return f.author().orElseGet(() -> maker.author(f.kind() == FeedbackKind.CANDIDATE));
  }

  private static Context context(Feedback f) {
    return f.context().orElseGet(() -> Context.builder().build());
  }

  private Observation firstObservation(Feedback f) {
    return f.observations().isEmpty() ? maker.observation() : f.observations().get(0);
  }

  private static Feedback withFirstObservation(Feedback f, Observation o) {
    return f.withObservations(withFirst(f.observations(), o));
  }

  /** @return the list with its first element replaced, or the element alone when it was empty */
  private static <T> List<T> withFirst(List<T> list, T first) {
    List<T> copy = new ArrayList<>(list);
    if (copy.isEmpty()) {
      copy.add(first);
    } else {
      copy.set(0, first);
    }
    return copy;
  }

  private ActionItem firstAction(Feedback f) {
    LocalDate day = LocalDate.ofInstant(f.occurredAt().orElseThrow(), ZoneOffset.UTC);
    return f.actions().isEmpty() ? maker.action(day) : f.actions().get(0);
  }

  private static Feedback withFirstAction(Feedback f, ActionItem a) {
    return f.withActions(withFirst(f.actions(), a));
  }

  private FollowUp followUp(Feedback f, LocalDate eventDay) {
    return f.followUp().orElseGet(() -> maker.followUp(eventDay));
  }

  /** Puts this evidence first in the first observation, keeping at most 50 entries. */
  private Feedback withFirstEvidence(Feedback f, String evidence) {
    Observation o = firstObservation(f);
    List<String> list = new ArrayList<>(o.evidence());
    list.add(0, evidence);
    return withFirstObservation(f, o.withEvidence(fitList(list, 50)));
  }

  private static <T> List<T> fitList(List<T> list, int max) {
    return list.size() <= max ? list : list.subList(0, max);
  }

  private static Feedback withMetadata(Feedback f, String key, String value) {
    Map<String, String> map = new LinkedHashMap<>(f.metadata());
    map.put(key, value);
    return f.withMetadata(map);
  }
}
