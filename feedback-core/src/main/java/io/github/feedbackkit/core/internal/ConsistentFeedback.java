package io.github.feedbackkit.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules that relate several fields of a feedback document: it has content, its dates are in
 * order, and its context fits its kind. Each broken rule is reported on the field it concerns.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentFeedbackValidator.class)
public @interface ConsistentFeedback {
  /** @return the message (unused: each violation carries its own) */
  String message() default "is inconsistent";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
