package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.SupportedTime;
import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreed follow-up: a date and, optionally, its purpose.
 *
 * <pre>{@code
 * FollowUp f = FollowUp.builder().scheduledFor(LocalDate.parse("2027-01-10")).purpose("Review progress").build();
 * }</pre>
 */
@Value.Immutable
@FeedbackStyle
public abstract class FollowUp implements WithFollowUp {
  FollowUp() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the date of the follow-up; not before the date of the event */
  @NotNull
  @SupportedTime
  public abstract LocalDate scheduledFor();

  /** @return what the follow-up is for, at most 2,000 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.SHORT_TEXT_LENGTH) String> purpose();

  /** Builds a {@link FollowUp}. */
  public static final class Builder extends ImmutableFollowUp.Builder {
    Builder() {}
  }
}
