package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.SupportedTime;
import io.github.feedbackkit.core.internal.HttpUri;
import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concrete next step: what to do, who owns it, by when, how success is measured, and a resource.
 *
 * <pre>{@code
 * ActionItem a = ActionItem.builder()
 *     .description("Practise the STAR format on two past projects")
 *     .owner(ActionOwner.SUBJECT)
 *     .dueDate(LocalDate.parse("2026-12-15"))
 *     .resource(URI.create("https://example.org/star"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@FeedbackStyle
public abstract class ActionItem implements WithActionItem {
  ActionItem() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return what to do, at most {@value Limits#TEXT_LENGTH} characters */
  @NotBlankIfPresent
  @Size(max = Limits.TEXT_LENGTH)
  public abstract String description();

  /** @return who owns the action */
  public abstract Optional<ActionOwner> owner();

  /** @return when it is due; not before the date of the event */
  public abstract Optional<@SupportedTime LocalDate> dueDate();

  /** @return how success is measured, at most 2,000 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.SHORT_TEXT_LENGTH) String> measure();

  /** @return a course, book or page that helps; an absolute {@code http} or {@code https} URI */
  public abstract Optional<@HttpUri URI> resource();

  /** Builds an {@link ActionItem}. */
  public static final class Builder extends ImmutableActionItem.Builder {
    Builder() {}
  }
}
