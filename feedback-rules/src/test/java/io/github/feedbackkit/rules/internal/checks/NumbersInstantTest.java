package io.github.feedbackkit.rules.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Numbers#instant} writes what {@link Instant#toString()} writes. */
class NumbersInstantTest {

  @Test
  void writesWhatToStringWrites() {
    List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
        Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("0000-01-01T00:00:00Z").minusNanos(1),
        Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.999999999Z").plusNanos(1),
        Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("2026-12-04T12:00:00Z"),
        Instant.parse("2026-02-28T23:00:00.120Z"), Instant.parse("2024-02-29T00:00:01.000001Z")));
    SplittableRandom random = new SplittableRandom(11);
    int[] nanoSteps = {0, 1, 1000, 1_000_000, 100_000_000};
    for (int i = 0; i < 200_000; i++) {
      long seconds = i % 2 == 0
          ? random.nextLong(-62_200_000_000L, 253_500_000_000L) // around years 0000 and 9999 too
          : random.nextLong(1_500_000_000L, 2_000_000_000L); // recent years
      int step = nanoSteps[random.nextInt(nanoSteps.length)];
      int nano = step == 0 ? 0 : random.nextInt(1_000_000_000 / step) * step;
      instants.add(Instant.ofEpochSecond(seconds, nano));
    }
    for (Instant t : instants) {
      assertThat(Numbers.instant(t)).isEqualTo(t.toString());
    }
  }
}
