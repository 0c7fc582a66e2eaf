package io.github.feedbackkit.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Checks {@link HttpUri}. */
public final class HttpUriValidator implements ConstraintValidator<HttpUri, URI> {
  /** Creates the validator (called by Hibernate Validator). */
  public HttpUriValidator() {}

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    return value == null || isHttpUri(value);
  }

  /**
   * @param uri a URI
   * @return whether it is absolute, has a host, and uses http or https
   */
  public static boolean isHttpUri(URI uri) {
    String scheme = uri.getScheme();
    return scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && !uri.isOpaque()
        && uri.getHost() != null
        && !uri.getHost().isEmpty();
  }
}
