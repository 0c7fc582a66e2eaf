package io.github.feedbackkit.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see record-style accessors ({@code summary()}) as properties, so that
 * constraints on the model's accessors apply and paths read {@code observations[1].text}.
 */
public final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass", "clone");

  /** Creates the strategy. */
  public AccessorPropertySelection() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
