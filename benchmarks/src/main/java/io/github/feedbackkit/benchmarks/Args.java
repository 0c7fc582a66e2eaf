package io.github.feedbackkit.benchmarks;

/** Command-line arguments of the benchmarks' tools ({@link SideBySide}, {@link TwoThreads}). */
final class Args {
  private Args() {}

  /**
   * A positive, finite number, or the tool exits with status 2 and says why.
   *
   * @param tool the tool's name, for the message
   * @param arg the argument as given
   * @param what what it is, for the message ("the minutes to run")
   * @return its value
   */
  static double positive(String tool, String arg, String what) {
    double v;
    try {
      v = Double.parseDouble(arg);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v > 0) || Double.isInfinite(v)) {
      System.err.println(tool + ": " + what + " must be a positive number, not '" + arg + "'");
      System.exit(2);
    }
    return v;
  }
}
