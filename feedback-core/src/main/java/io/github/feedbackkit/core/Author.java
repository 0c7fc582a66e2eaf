package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The person who wrote the feedback.
 *
 * <pre>{@code
 * Author a = Author.builder().id("int-7").displayName("Sam").role(AuthorRole.INTERVIEWER).build();
 * }</pre>
 */
@Value.Immutable
@FeedbackStyle
public abstract class Author implements WithAuthor {
  Author() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the author's pseudonymous id: 1–128 characters of {@code A-Za-z0-9._:-} */
  @NotNull
  @Size(min = 1, max = Limits.ID_LENGTH)
  @Pattern(regexp = Limits.ID_PATTERN, message = Limits.ID_MESSAGE)
  public abstract String id();

  /** @return the author's name as the recipient knows it, at most 200 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.NAME_LENGTH) String> displayName();

  /** @return the author's role in the process */
  public abstract Optional<AuthorRole> role();

  /** Builds an {@link Author}. */
  public static final class Builder extends ImmutableAuthor.Builder {
    Builder() {}
  }
}
