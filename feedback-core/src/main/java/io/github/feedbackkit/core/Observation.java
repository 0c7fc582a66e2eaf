package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.NotBlankIfPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One observation: a strength, an improvement area or an internal note, with its evidence and an
 * optional rating from 1 to 5.
 *
 * <pre>{@code
 * Observation o = Observation.builder()
 *     .type(ObservationType.STRENGTH)
 *     .competency("System design")
 *     .text("You sized the cache from the read/write ratio before choosing Redis.")
 *     .addEvidence("Whiteboard notes, question 2")
 *     .rating(4)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@FeedbackStyle
public abstract class Observation implements WithObservation {
  Observation() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether this is a strength, an improvement area or a note */
  @NotNull
  public abstract ObservationType type();

  /** @return the competency observed, at most 200 characters */
  public abstract Optional<@NotBlankIfPresent @Size(max = Limits.NAME_LENGTH) String> competency();

  /** @return the observation itself, at most {@value Limits#TEXT_LENGTH} characters */
  @NotBlankIfPresent
  @Size(max = Limits.TEXT_LENGTH)
  public abstract String text();

  /** @return evidence for the observation (quotes, figures, artifacts), at most 50 entries */
  @Size(max = Limits.LIST_SIZE)
  public abstract List<@NotBlankIfPresent @Size(max = Limits.TEXT_LENGTH) String> evidence();

  /** @return a rating from 1 (weak) to 5 (strong); internal, never shown to the subject by default */
  public abstract Optional<@Min(1) @Max(5) Integer> rating();

  /** Builds an {@link Observation}. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}
