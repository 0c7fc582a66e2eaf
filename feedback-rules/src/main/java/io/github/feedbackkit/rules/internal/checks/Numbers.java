package io.github.feedbackkit.rules.internal.checks;

import java.util.Locale;

/** Numbers written into messages. */
final class Numbers {
  /** Below this magnitude every double with a fractional part is exact enough for the proof below. */
  private static final double EXACT = 0x1p51;

  private Numbers() {}

  /**
   * {@code String.format(Locale.ROOT, "%.0f", x)}, without a {@link java.util.Formatter} (whose code
   * is cold in an analysis: a message is written for few documents). The formatter rounds the
   * shortest decimal form of {@code |x|} half up and puts a minus sign before a negative value
   * (also "-0"); below 2^51 that is {@link Math#round(double)} of {@code |x|}, since a shortest
   * form that reaches the half (".5…") belongs to a value at or above it. Other values (NaN,
   * infinite, huge) go to the formatter.
   *
   * @param x a number
   * @return it rounded to a whole number, as {@code %.0f} writes it
   */
  static String whole(double x) {
    double abs = Math.abs(x);
    if (!(abs < EXACT)) {
      return String.format(Locale.ROOT, "%.0f", x);
    }
    String digits = Long.toString(Math.round(abs));
    return Double.compare(x, 0.0) < 0 ? "-" + digits : digits;
  }
}
