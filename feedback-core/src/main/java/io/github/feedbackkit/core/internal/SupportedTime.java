package io.github.feedbackkit.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated instant or date lies between 1900-01-01 and 9999-12-31 (UTC): far outside that
 * range a time is a typing error, and date arithmetic (windows, business days) would overflow.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {SupportedTimeValidator.ForInstant.class, SupportedTimeValidator.ForDate.class})
public @interface SupportedTime {
  /** The message of a violation. */
  String MESSAGE = "must be between 1900-01-01 and 9999-12-31";

  /** @return the message */
  String message() default MESSAGE;

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
