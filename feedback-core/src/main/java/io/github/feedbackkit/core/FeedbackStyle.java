package io.github.feedbackkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: generated classes stay package-private, builders are
 * reached through {@code Feedback.builder()}, {@code build()} returns the abstract type, and only
 * JDK collections are used.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    depluralize = true,
    depluralizeDictionary = {"evidence:evidence", "metadata:metadata"},
    optionalAcceptNullable = false,
    allParameters = false)
@interface FeedbackStyle {}
