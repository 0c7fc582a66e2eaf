package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.SupportedTime;
import io.github.feedbackkit.core.internal.ConsistentFeedback;
import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A feedback document: feedback to a job candidate after a hiring stage, or to an employee after a
 * feedback session. Immutable; build it with {@link #builder()}, change it with the {@code with*}
 * methods, and check its content with {@link FeedbackValidator}.
 *
 * <pre>{@code
 * Feedback feedback = Feedback.builder()
 *     .id("fb-123")
 *     .kind(FeedbackKind.CANDIDATE)
 *     .subject(Subject.builder().id("cand-42").displayName("Ada").build())
 *     .context(Context.builder().stage(HiringStage.TECHNICAL_INTERVIEW).build())
 *     .occurredAt(Instant.parse("2026-11-20T15:00:00Z"))
 *     .summary("Thank you for the interview on Friday.")
 *     .addObservation(Observation.builder()
 *         .type(ObservationType.STRENGTH)
 *         .text("You explained the trade-offs of your caching design clearly.")
 *         .build())
 *     .build();
 * FeedbackValidator.standard().requireValid(feedback);
 * }</pre>
 *
 * <p>Building checks only that required values are present; the content rules (lengths, ids,
 * dates, kinds) are checked by {@link FeedbackValidator}, which reports every violation at once.
 */
@Value.Immutable
@FeedbackStyle
@ConsistentFeedback
public abstract class Feedback implements WithFeedback {
  /** The locale of a document that names none: English. */
  public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

  Feedback() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the document's id: 1–128 characters of {@code A-Za-z0-9._:-} */
  @NotNull
  @Size(min = 1, max = Limits.ID_LENGTH)
  @Pattern(regexp = Limits.ID_PATTERN, message = Limits.ID_MESSAGE)
  public abstract String id();

  /** @return whether the document is for a candidate or an employee */
  @NotNull
  public abstract FeedbackKind kind();

  /** @return the recipient */
  @NotNull
  @Valid
  public abstract Subject subject();

  /** @return the author */
  public abstract Optional<@Valid Author> author();

  /** @return the hiring stage or session, position and project */
  public abstract Optional<@Valid Context> context();

  /** @return when the event the feedback is about happened; absent when unknown */
  public abstract Optional<@SupportedTime Instant> occurredAt();

  /** @return when the feedback was delivered; absent while it is a draft */
  public abstract Optional<@SupportedTime Instant> deliveredAt();

  /** @return how the feedback is delivered */
  public abstract Optional<Channel> channel();

  /** @return the language of the document; {@link #DEFAULT_LOCALE} when none is given */
  @Value.Default
  public Locale locale() {
    return DEFAULT_LOCALE;
  }

  /** @return the free-text body, at most {@value Limits#TEXT_LENGTH} characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.TEXT_LENGTH) String> summary();

  /** @return the observations, in the author's order; at most 100 */
  @Size(max = Limits.OBSERVATIONS)
  public abstract List<@Valid Observation> observations();

  /** @return the action items, in the author's order; at most 100 */
  @Size(max = Limits.ACTIONS)
  public abstract List<@Valid ActionItem> actions();

  /** @return the agreed follow-up */
  public abstract Optional<@Valid FollowUp> followUp();

  /** @return the outcome of the hiring stage; candidate documents only */
  public abstract Optional<Outcome> outcome();

  /**
   * @return the embedding system's own ids and labels, in insertion order; at most 100 entries,
   *     keys of at most 128 characters, values of at most 2,000
   */
  @Size(max = Limits.METADATA_ENTRIES)
  public abstract Map<
          @NotBlankIfPresent @Size(max = Limits.METADATA_KEY_LENGTH) String,
          @NotNull @Size(max = Limits.SHORT_TEXT_LENGTH) String>
      metadata();

  /** Builds a {@link Feedback}. */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }
}
