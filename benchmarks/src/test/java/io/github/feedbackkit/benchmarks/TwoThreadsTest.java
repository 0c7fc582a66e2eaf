package io.github.feedbackkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoThreadsTest {
  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertThat(TwoThreads.median(List.of(1.9, 1.5, 2.0))).isEqualTo(1.9);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(TwoThreads.median(List.of(2.0, 1.5, 1.6, 1.9))).isCloseTo(1.75, within(1e-12));
  }

  @Test
  void medianLeavesTheListInItsOrder() {
    List<Double> ratios = new ArrayList<>(List.of(2.0, 1.5, 1.7));
    TwoThreads.median(ratios);
    assertThat(ratios).containsExactly(2.0, 1.5, 1.7);
  }

  @Test
  void summaryGivesRangeMedianAndTheRoundsThatReachTheGoal() {
    String line = TwoThreads.summary(List.of(1.62, 1.95, 1.80, 2.01), List.of(1.97, 2.03, 1.99, 2.00));
    assertThat(line).isEqualTo("4 rounds: two threads / one, analysis 1.62x to 2.01x, median 1.88x, "
        + "3 of 4 rounds at 1.8x or more; floor 1.97x to 2.03x, median 2.00x");
  }

  @Test
  void summaryOfNoRoundSaysSoInsteadOfFailing() {
    assertThat(TwoThreads.summary(List.of(), List.of())).isEqualTo("no round ran: give more minutes");
  }

  @Test
  void windowSpeedCountsAllThreadsDocumentsPerWallSecond() {
    TwoThreads.Window w = new TwoThreads.Window(2, 150_000, 2_000_000_000L, 3_900_000_000L);
    assertThat(w.perSecond()).isCloseTo(75_000, within(1e-6));
    assertThat(w.toString()).isEqualTo("2 threads 75,000 docs/s (26.00 µs CPU per document)");
  }
}
