package io.github.feedbackkit.rules.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
  private static void same(double x) {
    assertThat(Numbers.whole(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.0f", x));
  }

  @Test
  void writesWholeNumbersAsPercentPointZeroF() {
    double[] edges = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 0.3, -0.3,
        47.5, 49.999999, 50.0, -12.5, 2.4999999999999996, 1e15 + 0.5, 0x1p51, -0x1p51, 0x1p52 + 1, 1e300,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 206.835, -84.6};
    for (double x : edges) {
      same(x);
      same(Math.nextUp(x));
      same(Math.nextDown(x));
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      same((random.nextDouble() - 0.5) * 600);
      same(random.nextInt(-400, 400) + 0.5);
      same(random.nextInt(-400, 400) / 8.0);
    }
  }
}
