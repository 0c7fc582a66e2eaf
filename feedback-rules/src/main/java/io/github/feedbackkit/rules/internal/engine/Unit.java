package io.github.feedbackkit.rules.internal.engine;

/**
 * A strength or an improvement area found in the input: a structured observation, or a sentence of
 * prose.
 *
 * @param field the field it lies in
 * @param start start of its span
 * @param end end of its span
 * @param addressed for an improvement area, whether an action follows it closely (the same
 *     observation, the same or the next sentence)
 */
public record Unit(String field, int start, int end, boolean addressed) {}
