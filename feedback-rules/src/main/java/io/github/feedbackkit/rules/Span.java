package io.github.feedbackkit.rules;

/**
 * A half-open span of UTF-16 offsets into a text, as {@link String#substring(int, int)} reads it.
 *
 * @param start start offset, inclusive
 * @param end end offset, exclusive
 */
public record Span(int start, int end) {

  /**
   * Validates the span.
   *
   * @throws IllegalArgumentException when start is negative or end is before start
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + "): need 0 <= start <= end");
    }
  }

  /**
   * Tells whether an offset lies inside the span.
   *
   * @param offset a UTF-16 offset
   * @return true when {@code start <= offset < end}
   */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** @return {@code end - start} */
  public int length() {
    return end - start;
  }
}
