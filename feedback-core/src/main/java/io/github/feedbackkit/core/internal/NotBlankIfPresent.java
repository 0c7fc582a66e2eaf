package io.github.feedbackkit.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text, when present, has at least one non-whitespace character. Unlike Jakarta's
 * {@code @NotBlank} it accepts null, which is how Hibernate Validator presents an empty {@code
 * Optional} to a constraint on its type argument: an absent optional text is not a blank one.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBlankIfPresentValidator.class)
public @interface NotBlankIfPresent {
  /** @return the message */
  String message() default "must not be blank";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
