package io.github.feedbackkit.core;

import io.github.feedbackkit.core.internal.AccessorPropertySelection;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the content rules of a {@link Feedback} document (Jakarta Bean Validation, run by
 * Hibernate Validator without an expression language) and reports every violation at once, each
 * with its field path. Thread-safe; create it once and share it.
 *
 * <pre>{@code
 * FeedbackValidator validator = FeedbackValidator.standard();
 * List<Violation> problems = validator.validate(feedback);   // empty when valid
 * validator.requireValid(feedback);                          // or throw InvalidFeedbackException
 * }</pre>
 *
 * <p>The rules are listed in the README ("Validation rules"): required fields, id pattern and
 * length, bounded text lengths (20,000 characters per text field), ratings 1–5, delivery not
 * before the event, due dates and follow-up not before the event's date, {@code http}/{@code https}
 * resources only, a candidate document has no session, an employee document has no stage and no
 * outcome, and a document has a summary or at least one observation.
 */
public final class FeedbackValidator {
  private final Validator validator;

  private FeedbackValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * @return the shared standard validator (created once; building a validator is costly)
   */
  public static FeedbackValidator standard() {
    return Holder.STANDARD;
  }

  /**
   * Checks every content rule.
   *
   * @param feedback the document, not null
   * @return every violation, sorted by path (list indices numerically), then message; empty when
   *     the document is valid
   */
  public List<Violation> validate(Feedback feedback) {
    Objects.requireNonNull(feedback, "feedback");
    Set<ConstraintViolation<Feedback>> found = validator.validate(feedback);
    List<Violation> result = new ArrayList<>(found.size());
    for (ConstraintViolation<Feedback> v : found) {
      result.add(toViolation(v));
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }

  /**
   * Returns the document when it is valid.
   *
   * @param feedback the document, not null
   * @return the same document
   * @throws InvalidFeedbackException with every violation, when the document breaks a rule
   */
  public Feedback requireValid(Feedback feedback) {
    List<Violation> violations = validate(feedback);
    if (!violations.isEmpty()) {
      throw new InvalidFeedbackException(violations);
    }
    return feedback;
  }

  /**
   * Renders Hibernate Validator's path in the documented form: {@code observations[1].text},
   * {@code observations[0].evidence[2]}, {@code metadata[key]}; a broken map key is reported on
   * {@code metadata} with a message starting "key ".
   */
  private static Violation toViolation(ConstraintViolation<Feedback> v) {
    StringBuilder path = new StringBuilder();
    boolean mapKey = false;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT
          && "<map key>".equals(node.getName())) {
        mapKey = true;
        break;
      }
      if (node.isInIterable()) {
        Object where = node.getIndex() != null ? node.getIndex() : node.getKey();
        path.append('[').append(where).append(']');
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
      }
    }
    String message = mapKey ? "key " + v.getMessage() : v.getMessage();
    return new Violation(path.toString(), message);
  }

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path, FeedbackValidator::comparePaths)
          .thenComparing(Violation::message);

  /** Compares paths with runs of digits compared as numbers ({@code [2]} before {@code [10]}). */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i);
        String nb = b.substring(sj, j);
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static final class Holder {
    static final FeedbackValidator STANDARD = create();

    private static FeedbackValidator create() {
      ValidatorFactory factory =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .defaultLocale(Locale.ROOT)
              .locales(Locale.ROOT)
              .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
              .getterPropertySelectionStrategy(new AccessorPropertySelection())
              .buildValidatorFactory();
      return new FeedbackValidator(factory.getValidator());
    }
  }
}
