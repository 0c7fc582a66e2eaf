package io.github.feedbackkit.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankIfPresent} in one pass over the text. */
public final class NotBlankIfPresentValidator
    implements ConstraintValidator<NotBlankIfPresent, CharSequence> {
  /** Creates the validator (called by Hibernate Validator). */
  public NotBlankIfPresentValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
