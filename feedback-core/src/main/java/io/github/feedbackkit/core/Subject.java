package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recipient of the feedback: a pseudonymous id and, optionally, the name to greet them by.
 *
 * <pre>{@code
 * Subject s = Subject.builder().id("cand-42").displayName("Ada").build();
 * }</pre>
 */
@Value.Immutable
@FeedbackStyle
public abstract class Subject implements WithSubject {
  Subject() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the pseudonymous id
   * @return a subject with this id and no display name
   */
  public static Subject of(String id) {
    return builder().id(id).build();
  }

  /** @return the pseudonymous id: 1–128 characters of {@code A-Za-z0-9._:-} */
  @NotNull
  @Size(min = 1, max = Limits.ID_LENGTH)
  @Pattern(regexp = Limits.ID_PATTERN, message = Limits.ID_MESSAGE)
  public abstract String id();

  /** @return the name to address the subject by, at most 200 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.NAME_LENGTH) String> displayName();

  /** Builds a {@link Subject}. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
