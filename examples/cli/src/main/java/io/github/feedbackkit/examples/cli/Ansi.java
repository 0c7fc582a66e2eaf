package io.github.feedbackkit.examples.cli;

/** ANSI styles, or nothing when color is off. Stateless. */
final class Ansi {
  static final Ansi ON = new Ansi(true);
  static final Ansi OFF = new Ansi(false);

  private final boolean on;

  private Ansi(boolean on) {
    this.on = on;
  }

  static Ansi of(boolean on) {
    return on ? ON : OFF;
  }

  boolean enabled() {
    return on;
  }

  String bold(String s) {
    return style("1", s);
  }

  String dim(String s) {
    return style("2", s);
  }

  String red(String s) {
    return style("31", s);
  }

  String boldRed(String s) {
    return style("1;31", s);
  }

  String green(String s) {
    return style("32", s);
  }

  String boldGreen(String s) {
    return style("1;32", s);
  }

  String yellow(String s) {
    return style("33", s);
  }

  String cyan(String s) {
    return style("36", s);
  }

  private String style(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
