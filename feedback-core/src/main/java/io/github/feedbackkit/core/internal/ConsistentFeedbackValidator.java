package io.github.feedbackkit.core.internal;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Checks {@link ConsistentFeedback}; every broken rule becomes its own violation with its path. */
public final class ConsistentFeedbackValidator
    implements ConstraintValidator<ConsistentFeedback, Feedback> {

  /** Message when a document has neither summary nor observations. */
  public static final String NO_CONTENT = "a document needs a summary or at least one observation";

  /**
   * Message when a due date or follow-up lies before the day of the event. It does not repeat the
   * date, so that messages are the same for every document (stable for tests and translations).
   */
  public static final String DATE_BEFORE_EVENT = "must not be before the date of occurredAt (in UTC)";

  /** Creates the validator (called by Hibernate Validator). */
  public ConsistentFeedbackValidator() {}

  @Override
  public boolean isValid(Feedback feedback, ConstraintValidatorContext context) {
    if (feedback == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (feedback.summary().isEmpty() && feedback.observations().isEmpty()) {
      valid = violation(context, NO_CONTENT, "summary");
    }
    if (feedback.occurredAt().isPresent()
        && feedback.deliveredAt().isPresent()
        && feedback.deliveredAt().get().isBefore(feedback.occurredAt().get())) {
      valid = violation(context, "must not be before occurredAt", "deliveredAt");
    }
    Optional<Context> ctx = feedback.context();
    if (feedback.kind() == FeedbackKind.CANDIDATE) {
      if (ctx.isPresent() && ctx.get().session().isPresent()) {
        valid = violation(context, "must be absent in a CANDIDATE document", "context", "session");
      }
    } else if (feedback.kind() == FeedbackKind.EMPLOYEE) {
      if (ctx.isPresent() && ctx.get().stage().isPresent()) {
        valid = violation(context, "must be absent in an EMPLOYEE document", "context", "stage");
      }
      if (feedback.outcome().isPresent()) {
        valid = violation(context, "must be absent in an EMPLOYEE document", "outcome");
      }
    }
    if (feedback.occurredAt().isPresent()) {
      LocalDate eventDate = LocalDate.ofInstant(feedback.occurredAt().get(), ZoneOffset.UTC);
      String message = DATE_BEFORE_EVENT;
      List<ActionItem> actions = feedback.actions();
      for (int i = 0; i < actions.size(); i++) {
        Optional<LocalDate> due = actions.get(i).dueDate();
        if (due.isPresent() && due.get().isBefore(eventDate)) {
          context
              .buildConstraintViolationWithTemplate(message)
              .addPropertyNode("actions")
              .addPropertyNode("dueDate")
              .inIterable()
              .atIndex(i)
              .addConstraintViolation();
          valid = false;
        }
      }
      if (feedback.followUp().isPresent()
          && feedback.followUp().get().scheduledFor().isBefore(eventDate)) {
        valid = violation(context, message, "followUp", "scheduledFor");
      }
    }
    return valid;
  }

  private static boolean violation(
      ConstraintValidatorContext context, String message, String first, String... rest) {
    var builder = context.buildConstraintViolationWithTemplate(message).addPropertyNode(first);
    for (String node : rest) {
      builder = builder.addPropertyNode(node);
    }
    builder.addConstraintViolation();
    return false;
  }
}
