package io.github.feedbackkit.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Checks {@link SupportedTime} on instants and dates. */
public final class SupportedTimeValidator {
  /** The first supported day. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  /** The last supported day. */
  public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private static final Instant FIRST_INSTANT = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END_INSTANT = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private SupportedTimeValidator() {}

  /** Checks instants. */
  public static final class ForInstant implements ConstraintValidator<SupportedTime, Instant> {
    /** Creates the validator (called by Hibernate Validator). */
    public ForInstant() {}

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(FIRST_INSTANT) && value.isBefore(END_INSTANT));
    }
  }

  /** Checks dates. */
  public static final class ForDate implements ConstraintValidator<SupportedTime, LocalDate> {
    /** Creates the validator (called by Hibernate Validator). */
    public ForDate() {}

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(FIRST) && !value.isAfter(LAST));
    }
  }
}
