package io.github.feedbackkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloorTest {
  @Test
  void countsLettersAndWhitespaceButNotDigitsOrPunctuation() {
    // letters a, b, c, é; whitespace ' ', '\n'; not '1', '.'
    assertThat(Floor.countLettersAndWhitespace("ab c1.\né")).isEqualTo(6);
  }

  @Test
  void countsNothingInAnEmptyText() {
    assertThat(Floor.countLettersAndWhitespace("")).isZero();
  }
}
