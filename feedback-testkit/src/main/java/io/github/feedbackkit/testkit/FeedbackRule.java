package io.github.feedbackkit.testkit;

import io.github.feedbackkit.core.Violation;

/**
 * The validation rules of a feedback document, each with the exact violation that {@link
 * io.github.feedbackkit.core.FeedbackValidator} reports when a document breaks it. {@link
 * FeedbackGenerators#invalid(long, FeedbackRule)} makes documents that break exactly one rule.
 *
 * <pre>{@code
 * Feedback bad = FeedbackGenerators.realistic().invalid(42L, FeedbackRule.RATING_TOO_HIGH);
 * assertEquals(List.of(FeedbackRule.RATING_TOO_HIGH.violation()),
 *     FeedbackValidator.standard().validate(bad));
 * }</pre>
 */
public enum FeedbackRule {
  /** The id is empty. */
  ID_EMPTY("id", Messages.ID_SIZE),
  /** The id is longer than 128 characters. */
  ID_TOO_LONG("id", Messages.ID_SIZE),
  /** The id has a character outside {@code A-Za-z0-9._:-}. */
  ID_BAD_CHARACTER("id", Messages.ID_PATTERN),
  /** The subject's id is empty. */
  SUBJECT_ID_EMPTY("subject.id", Messages.ID_SIZE),
  /** The subject's id has a character outside {@code A-Za-z0-9._:-}. */
  SUBJECT_ID_BAD_CHARACTER("subject.id", Messages.ID_PATTERN),
  /** The subject's display name is blank. */
  SUBJECT_NAME_BLANK("subject.displayName", Messages.BLANK),
  /** The subject's display name is longer than 200 characters. */
  SUBJECT_NAME_TOO_LONG("subject.displayName", Messages.NAME_SIZE),
  /** The author's id is longer than 128 characters. */
  AUTHOR_ID_TOO_LONG("author.id", Messages.ID_SIZE),
  /** The author's id has a character outside {@code A-Za-z0-9._:-}. */
  AUTHOR_ID_BAD_CHARACTER("author.id", Messages.ID_PATTERN),
  /** The author's display name is blank. */
  AUTHOR_NAME_BLANK("author.displayName", Messages.BLANK),
  /** The author's display name is longer than 200 characters. */
  AUTHOR_NAME_TOO_LONG("author.displayName", Messages.NAME_SIZE),
  /** The position is blank. */
  POSITION_BLANK("context.position", Messages.BLANK),
  /** The position is longer than 200 characters. */
  POSITION_TOO_LONG("context.position", Messages.NAME_SIZE),
  /** The project is blank. */
  PROJECT_BLANK("context.project", Messages.BLANK),
  /** The project is longer than 200 characters. */
  PROJECT_TOO_LONG("context.project", Messages.NAME_SIZE),
  /** The summary is blank. */
  SUMMARY_BLANK("summary", Messages.BLANK),
  /** The summary is longer than 20,000 characters. */
  SUMMARY_TOO_LONG("summary", Messages.TEXT_SIZE),
  /** The first observation's text is blank. */
  OBSERVATION_TEXT_BLANK("observations[0].text", Messages.BLANK),
  /** The first observation's text is longer than 20,000 characters. */
  OBSERVATION_TEXT_TOO_LONG("observations[0].text", Messages.TEXT_SIZE),
  /** The first observation's competency is blank. */
  COMPETENCY_BLANK("observations[0].competency", Messages.BLANK),
  /** The first observation's competency is longer than 200 characters. */
  COMPETENCY_TOO_LONG("observations[0].competency", Messages.NAME_SIZE),
  /** The first evidence entry of the first observation is blank. */
  EVIDENCE_BLANK("observations[0].evidence[0]", Messages.BLANK),
  /** The first evidence entry of the first observation is longer than 20,000 characters. */
  EVIDENCE_TOO_LONG("observations[0].evidence[0]", Messages.TEXT_SIZE),
  /** The first observation has more than 50 evidence entries. */
  TOO_MUCH_EVIDENCE("observations[0].evidence", "size must be between 0 and 50"),
  /** The first observation's rating is below 1. */
  RATING_TOO_LOW("observations[0].rating", "must be greater than or equal to 1"),
  /** The first observation's rating is above 5. */
  RATING_TOO_HIGH("observations[0].rating", "must be less than or equal to 5"),
  /** The document has more than 100 observations. */
  TOO_MANY_OBSERVATIONS("observations", "size must be between 0 and 100"),
  /** The first action's description is blank. */
  ACTION_DESCRIPTION_BLANK("actions[0].description", Messages.BLANK),
  /** The first action's description is longer than 20,000 characters. */
  ACTION_DESCRIPTION_TOO_LONG("actions[0].description", Messages.TEXT_SIZE),
  /** The first action's measure is blank. */
  MEASURE_BLANK("actions[0].measure", Messages.BLANK),
  /** The first action's measure is longer than 2,000 characters. */
  MEASURE_TOO_LONG("actions[0].measure", Messages.SHORT_TEXT_SIZE),
  /** The first action's resource is not an absolute http or https URI. */
  RESOURCE_NOT_HTTP("actions[0].resource", "must be an absolute http or https URI"),
  /** The first action is due before the day of the event. */
  DUE_DATE_BEFORE_EVENT("actions[0].dueDate", Messages.BEFORE_EVENT),
  /** The document has more than 100 actions. */
  TOO_MANY_ACTIONS("actions", "size must be between 0 and 100"),
  /** The follow-up is scheduled before the day of the event. */
  FOLLOW_UP_BEFORE_EVENT("followUp.scheduledFor", Messages.BEFORE_EVENT),
  /** The follow-up's purpose is blank. */
  FOLLOW_UP_PURPOSE_BLANK("followUp.purpose", Messages.BLANK),
  /** The follow-up's purpose is longer than 2,000 characters. */
  FOLLOW_UP_PURPOSE_TOO_LONG("followUp.purpose", Messages.SHORT_TEXT_SIZE),
  /** The document was delivered before the event it is about. */
  DELIVERED_BEFORE_OCCURRED("deliveredAt", "must not be before occurredAt"),
  /** A candidate document names an employee session type. */
  CANDIDATE_WITH_SESSION("context.session", "must be absent in a CANDIDATE document"),
  /** An employee document names a hiring stage. */
  EMPLOYEE_WITH_STAGE("context.stage", "must be absent in an EMPLOYEE document"),
  /** An employee document has a hiring outcome. */
  EMPLOYEE_WITH_OUTCOME("outcome", "must be absent in an EMPLOYEE document"),
  /** The document has neither a summary nor an observation. */
  NO_CONTENT("summary", "a document needs a summary or at least one observation"),
  /** A metadata key is blank. */
  METADATA_KEY_BLANK("metadata", "key must not be blank"),
  /** A metadata key is longer than 128 characters. */
  METADATA_KEY_TOO_LONG("metadata", "key size must be between 0 and 128"),
  /** The metadata value under {@code feedbackkit.test} is longer than 2,000 characters. */
  METADATA_VALUE_TOO_LONG("metadata[feedbackkit.test]", Messages.SHORT_TEXT_SIZE),
  /** The document has more than 100 metadata entries. */
  TOO_MANY_METADATA_ENTRIES("metadata", "size must be between 0 and 100");

  private final String path;
  private final String message;

  FeedbackRule(String path, String message) {
    this.path = path;
    this.message = message;
  }

  /** @return the path of the violation, such as {@code observations[0].rating} */
  public String path() {
    return path;
  }

  /** @return the message of the violation, such as {@code must be less than or equal to 5} */
  public String message() {
    return message;
  }

  /** @return the one violation a document that breaks this rule has */
  public Violation violation() {
    return new Violation(path, message);
  }

  private static final class Messages {
    static final String ID_SIZE = "size must be between 1 and 128";
    static final String ID_PATTERN = "must contain only the characters A-Z a-z 0-9 . _ : -";
    static final String BLANK = "must not be blank";
    static final String NAME_SIZE = "size must be between 0 and 200";
    static final String TEXT_SIZE = "size must be between 0 and 20000";
    static final String SHORT_TEXT_SIZE = "size must be between 0 and 2000";
    static final String BEFORE_EVENT = "must not be before the date of occurredAt (in UTC)";
  }
}
