package io.github.feedbackkit.rules.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.feedbackkit.rules.QualityPolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private static final Set<DayOfWeek> SAT_SUN = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  /** The definition: every day in (from, to] that is neither a weekend day nor a holiday. */
  private static long countDayByDay(LocalDate from, LocalDate to, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (!weekend.contains(d.getDayOfWeek()) && !holidays.contains(d)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void businessDaysSkipTheWeekend() {
    LocalDate friday = LocalDate.of(2026, 11, 27);
    assertThat(Deadline.businessDaysAfter(friday, friday.plusDays(3), SAT_SUN, Set.of())).isEqualTo(1);
    assertThat(Deadline.businessDaysAfter(friday, friday.plusDays(14), SAT_SUN, Set.of())).isEqualTo(10);
  }

  @Test
  void holidaysOnABusinessDayInTheRangeAreNotCounted() {
    LocalDate friday = LocalDate.of(2026, 11, 27);
    Set<LocalDate> holidays = Set.of(friday.plusDays(3), friday.plusDays(1), friday, friday.plusDays(30));
    // Monday is a holiday; Saturday is one anyway; the Friday itself and a later date are outside the range
    assertThat(Deadline.businessDaysAfter(friday, friday.plusDays(4), SAT_SUN, holidays)).isEqualTo(1);
  }

  @Test
  void anEmptyOrBackwardRangeHasNoBusinessDays() {
    LocalDate d = LocalDate.of(2026, 12, 4);
    assertThat(Deadline.businessDaysAfter(d, d, SAT_SUN, Set.of())).isZero();
    assertThat(Deadline.businessDaysAfter(d, d.minusDays(9), SAT_SUN, Set.of())).isZero();
  }

  @Test
  void theClosedFormCountsWhatADayByDayWalkCounts() {
    qt().forAll(
            integers().between(0, 20_000),
            integers().between(0, 4_000),
            integers().between(0, 126),
            lists().of(integers().between(-30, 4_100)).ofSizeBetween(0, 12))
        .checkAssert((start, span, weekendBits, holidayOffsets) -> {
          LocalDate from = LocalDate.of(1990, 1, 1).plusDays(start);
          LocalDate to = from.plusDays(span);
          Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
          for (DayOfWeek d : DayOfWeek.values()) {
            if ((weekendBits >> (d.getValue() - 1) & 1) == 1) {
              weekend.add(d); // never all seven: bits 0..126 leave at least one day out
            }
          }
          Set<LocalDate> holidays = new HashSet<>();
          for (int o : holidayOffsets) {
            holidays.add(from.plusDays(o));
          }
          assertThat(Deadline.businessDaysAfter(from, to, weekend, holidays))
              .isEqualTo(countDayByDay(from, to, weekend, holidays));
        });
  }

  @Test
  void aSpanOfYearsIsCountedExactly() {
    LocalDate from = LocalDate.of(2000, 1, 3);
    LocalDate to = LocalDate.of(2026, 12, 4);
    List<LocalDate> some = List.of(LocalDate.of(2010, 12, 24), LocalDate.of(2020, 5, 1));
    assertThat(Deadline.businessDaysAfter(from, to, SAT_SUN, Set.copyOf(some)))
        .isEqualTo(countDayByDay(from, to, SAT_SUN, Set.copyOf(some)));
  }

  @Test
  void aBusinessDayWindowEndsOnTheDayADayByDayWalkReachesAtTheSameTimeOfDay() {
    qt().withExamples(400)
        .forAll(
            integers().between(-800_000, 800_000),
            integers().between(0, 365),
            integers().between(0, 126),
            lists().of(integers().between(-5, 900)).ofSizeBetween(0, 6))
        .checkAssert((startDay, days, weekendBits, holidayOffsets) -> {
          LocalDate start = LocalDate.ofEpochDay(startDay); // about 160 BC to AD 4160
          QualityPolicy.Builder b = QualityPolicy.builder().zone(ZoneOffset.ofHours(-3));
          Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
          for (DayOfWeek d : DayOfWeek.values()) {
            if ((weekendBits >> (d.getValue() - 1) & 1) == 1) {
              weekend.add(d); // never all seven
            }
          }
          b.weekendDays(weekend);
          Set<LocalDate> holidays = new HashSet<>();
          for (int o : holidayOffsets) {
            holidays.add(start.plusDays(o));
            b.holiday(start.plusDays(o));
          }
          LocalDate expected = start;
          for (int left = days; left > 0; ) {
            expected = expected.plusDays(1);
            if (!weekend.contains(expected.getDayOfWeek()) && !holidays.contains(expected)) {
              left--;
            }
          }
          LocalTime at = LocalTime.of(17, 45, 9, 123);
          Instant occurred = start.atTime(at).toInstant(ZoneOffset.ofHours(-3));
          Deadline d = Deadline.of(occurred, QualityPolicy.Window.businessDays(days), b.build());
          assertThat(LocalDateTime.ofInstant(d.end(), ZoneOffset.ofHours(-3))).isEqualTo(expected.atTime(at));
          Deadline inRegion = Deadline.of(occurred, QualityPolicy.Window.businessDays(days),
              b.zone(ZoneId.of("Etc/GMT+3")).build());
          assertThat(inRegion.end()).isEqualTo(d.end());
        });
  }
}
