package io.github.feedbackkit.benchmarks;

/** The floor: the least any text analysis must cost, a bare pass over every character. */
final class Floor {
  private Floor() {}

  /**
   * Counts the letters and the whitespace of a text, one character at a time.
   *
   * @param text the text to read
   * @return letters plus whitespace characters, so that the JIT cannot drop the loop
   */
  static int countLettersAndWhitespace(String text) {
    int n = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || Character.isWhitespace(c)) {
        n++;
      }
    }
    return n;
  }
}
