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
 * @param described for a strength, whether it is an uncritical account of what the person did
 *     rather than explicit praise
 */
public record Unit(String field, int start, int end, boolean addressed, boolean described) {
  /**
   * @param field the field
   * @param start start of the span
   * @param end end of the span
   * @param addressed whether an action follows closely
   */
  public Unit(String field, int start, int end, boolean addressed) {
    this(field, start, end, addressed, false);
  }
}
