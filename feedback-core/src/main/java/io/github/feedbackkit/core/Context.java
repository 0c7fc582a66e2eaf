package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the feedback is about: a hiring stage (candidates) or a session type (employees), and the
 * position or project.
 *
 * <pre>{@code
 * Context c = Context.builder().stage(HiringStage.ONSITE).position("Backend engineer").build();
 * }</pre>
 */
@Value.Immutable
@FeedbackStyle
public abstract class Context implements WithContext {
  Context() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the hiring stage; candidate documents only */
  public abstract Optional<HiringStage> stage();

  /** @return the session type; employee documents only */
  public abstract Optional<SessionType> session();

  /** @return the position applied for, at most 200 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.NAME_LENGTH) String> position();

  /** @return the project the feedback concerns, at most 200 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.NAME_LENGTH) String> project();

  /** Builds a {@link Context}. */
  public static final class Builder extends ImmutableContext.Builder {
    Builder() {}
  }
}
