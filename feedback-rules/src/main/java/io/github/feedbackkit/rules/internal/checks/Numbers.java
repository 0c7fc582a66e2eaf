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

  /** 0000-01-01T00:00:00Z and the second after 9999-12-31T23:59:59Z: years written with four digits. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long END_SECOND = 253_402_300_800L;

  /**
   * {@link java.time.Instant#toString()} (ISO-8601, as {@code DateTimeFormatter.ISO_INSTANT} writes
   * it), without the formatter, for the years 0000 to 9999: {@code yyyy-MM-ddTHH:mm:ss}, the
   * fraction of the second in groups of three digits when there is one, and {@code Z}. Other
   * instants go to {@code toString()}.
   *
   * @param t an instant
   * @return its ISO-8601 form
   */
  static String instant(java.time.Instant t) {
    long seconds = t.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
      return t.toString();
    }
    java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
    char[] out = new char[30];
    int year = d.getYear();
    out[0] = (char) ('0' + year / 1000);
    out[1] = (char) ('0' + year / 100 % 10);
    out[2] = (char) ('0' + year / 10 % 10);
    out[3] = (char) ('0' + year % 10);
    out[4] = '-';
    twoDigits(out, 5, d.getMonthValue());
    out[7] = '-';
    twoDigits(out, 8, d.getDayOfMonth());
    out[10] = 'T';
    twoDigits(out, 11, d.getHour());
    out[13] = ':';
    twoDigits(out, 14, d.getMinute());
    out[16] = ':';
    twoDigits(out, 17, d.getSecond());
    int n = 19;
    int nano = t.getNano();
    if (nano > 0) {
      out[n++] = '.';
      int div = 100_000_000;
      for (int i = 0; nano > 0 || i % 3 != 0; i++) {
        int digit = nano / div;
        out[n++] = (char) ('0' + digit);
        nano -= digit * div;
        div /= 10;
      }
    }
    out[n++] = 'Z';
    return new String(out, 0, n);
  }

  private static void twoDigits(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }
}
