package io.github.feedbackkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinnedThreadsTest {
  /** A worker's window of 2 s: this many documents, this much CPU time in µs per document. */
  private static TwoThreads.Window window(long documents, double microsPerDocument) {
    return new TwoThreads.Window(1, documents, 2_000_000_000L, (long) (documents * microsPerDocument * 1e3));
  }

  private static final PinnedThreads.Round ROUND = new PinnedThreads.Round(0, 1,
      window(108_000, 18.5), window(98_000, 20.4), window(104_000, 19.2), window(94_080, 21.2));

  @Test
  void cpusAllowedReadsRangesAndSingleProcessors() {
    List<String> status = List.of("Name:\tjava", "Cpus_allowed:\t3", "Cpus_allowed_list:\t0,2-4,7", "Mems_allowed:\t1");
    assertThat(PinnedThreads.cpusAllowed(status)).containsExactly(0, 2, 3, 4, 7);
  }

  @Test
  void cpusAllowedOfOneProcessorIsThatProcessor() {
    assertThat(PinnedThreads.cpusAllowed(List.of("Cpus_allowed_list:\t1"))).containsExactly(1);
  }

  @Test
  void cpusAllowedWithoutItsLineNamesTheMissingLine() {
    assertThatThrownBy(() -> PinnedThreads.cpusAllowed(List.of("Name:\tjava")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no Cpus_allowed_list line in /proc/self/status");
  }

  @Test
  void cpusAllowedRejectsWhatIsNotAListOfProcessors() {
    for (String bad : List.of("", "a-b", "3-1", "0,,1", "-2")) {
      assertThatThrownBy(() -> PinnedThreads.cpusAllowed(List.of("Cpus_allowed_list:\t" + bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Cpus_allowed_list is not a list of processors: '" + bad + "'");
    }
  }

  @Test
  void firstTwoNeedsTwoProcessors() {
    assertThat(PinnedThreads.firstTwo(List.of(2, 5, 6))).containsExactly(2, 5);
    assertThatThrownBy(() -> PinnedThreads.firstTwo(List.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("needs two processors, this JVM may use only [0]");
  }

  @Test
  void roundSeparatesTheCodesScalingFromTheProcessorsSpeeds() {
    // alone 54,000 and 49,000 per second; together 52,000 + 47,040
    assertThat(ROUND.together()).isCloseTo(99_040, within(1e-6));
    assertThat(ROUND.ofSum()).isCloseTo(99_040.0 / 103_000, within(1e-12));
    assertThat(ROUND.overFaster()).isCloseTo(99_040.0 / 54_000, within(1e-12));
    assertThat(ROUND.asymmetry()).isCloseTo(54_000.0 / 49_000, within(1e-12));
    assertThat(ROUND.cpuRise(0)).isCloseTo(19.2 / 18.5, within(1e-6));
    assertThat(ROUND.cpuRise(1)).isCloseTo(21.2 / 20.4, within(1e-6));
  }

  @Test
  void roundPrintsBothProcessorsAloneAndTogether() {
    assertThat(ROUND.toString()).isEqualTo("alone: cpu 0 54,000 docs/s (18.50 µs), cpu 1 49,000 (20.40 µs);"
        + " together 99,040: cpu 0 52,000 (19.20 µs, 1.038), cpu 1 47,040 (21.20 µs, 1.039);"
        + " together / sum alone 0.962, together / faster alone 1.83x");
  }

  @Test
  void summaryGivesTheMediansOverTheRounds() {
    PinnedThreads.Round even = new PinnedThreads.Round(0, 1,
        window(100_000, 20), window(100_000, 20), window(100_000, 20), window(100_000, 20));
    PinnedThreads.Round third = new PinnedThreads.Round(0, 1,
        window(100_000, 20), window(80_000, 25), window(90_000, 22), window(80_000, 25));
    assertThat(PinnedThreads.summary(List.of(ROUND, even, third))).isEqualTo("3 rounds, medians: together / sum alone"
        + " 0.962; each thread's CPU per document together / alone 1.019; together / faster alone 1.83x (1.70x to"
        + " 2.00x); faster / slower processor alone 1.102");
  }

  @Test
  void summaryOfNoRoundSaysSoInsteadOfFailing() {
    assertThat(PinnedThreads.summary(List.of())).isEqualTo("no round ran: give more minutes");
  }
}
