package io.github.feedbackkit.rules.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.rules.QualityPolicy;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A fixed offset's deadline, worked out on local date-times, is the one the zone-rules path gives
 * for a region with the same fixed offset ({@code UTC}, {@code Etc/GMT-5}, ...).
 */
class DeadlineOffsetTest {

  @Test
  void anOffsetGivesWhatTheSameFixedRegionGives() {
    SplittableRandom random = new SplittableRandom(7);
    List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(5), ZoneOffset.ofHours(-8),
        ZoneOffset.ofHoursMinutes(5, 30));
    List<ZoneId> regions = List.of(ZoneId.of("UTC"), ZoneId.of("Etc/GMT-5"), ZoneId.of("Etc/GMT+8"),
        ZoneId.of("Asia/Kolkata")); // no transitions since 1945
    Instant from = Instant.parse("1990-01-01T00:00:00Z");
    for (int z = 0; z < offsets.size(); z++) {
      for (int round = 0; round < 400; round++) {
        Instant occurred = from.plusSeconds(random.nextLong(40L * 365 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
        List<LocalDate> holidays = new ArrayList<>();
        for (int h = random.nextInt(4); h > 0; h--) {
          holidays.add(LocalDate.ofInstant(occurred, ZoneOffset.UTC).plusDays(random.nextInt(-3, 30)));
        }
        QualityPolicy[] pair = policies(offsets.get(z), regions.get(z),
            round % 3 == 0 ? EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY) : null, holidays);
        QualityPolicy.Window window = window(random);
        Deadline fast = Deadline.of(occurred, window, pair[0]);
        Deadline rules = Deadline.of(occurred, window, pair[1]);
        assertThat(fast.end()).isEqualTo(rules.end());
        for (int k = 0; k < 5; k++) {
          Instant at = occurred.plusSeconds(random.nextLong(-86_400, 80L * 86_400)).plusNanos(random.nextInt(1_000_000));
          assertThat(fast.daysLate(at)).as("%s %s %s", occurred, window, at).isEqualTo(rules.daysLate(at));
          assertThat(fast.inTime(at)).isEqualTo(rules.inTime(at));
        }
        assertThat(fast.daysLate(fast.end())).isZero();
        assertThat(fast.daysLate(fast.end().plusNanos(1))).isEqualTo(rules.daysLate(rules.end().plusNanos(1)));
      }
    }
  }

  @Test
  void anOffsetGivesWhatItsFixedRegionGivesFromYearZeroToTheEdgeOfTheDateRange() {
    // Etc/GMT regions have one offset for all time: before 1970 (negative epoch days), in the far
    // future, and where the worked-out seconds give way to local date-times (after year 9999)
    SplittableRandom random = new SplittableRandom(11);
    List<ZoneOffset> offsets = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14));
    List<ZoneId> regions = List.of(ZoneId.of("Etc/UTC"), ZoneId.of("Etc/GMT+12"), ZoneId.of("Etc/GMT-14"));
    List<Instant> around = List.of(Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("1969-12-31T12:00:00Z"),
        Instant.parse("1600-02-28T23:00:00Z"), Instant.parse("9999-12-20T00:00:00Z"),
        Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("+999999999-12-01T00:00:00Z"));
    for (int z = 0; z < offsets.size(); z++) {
      for (Instant base : around) {
        for (int round = 0; round < 60; round++) {
          Instant occurred = base.plusSeconds(random.nextLong(-20L * 86_400, 20L * 86_400)).plusNanos(random.nextInt(1_000_000_000));
          List<LocalDate> holidays = round % 3 == 0
              ? List.of(LocalDate.ofInstant(occurred, ZoneOffset.UTC).plusDays(random.nextInt(-2, 12))) : List.of();
          QualityPolicy[] pair = policies(offsets.get(z), regions.get(z),
              round % 2 == 0 ? EnumSet.of(DayOfWeek.SUNDAY) : null, holidays);
          QualityPolicy.Window window = window(random);
          Deadline fast;
          Deadline rules;
          try {
            rules = Deadline.of(occurred, window, pair[1]);
          } catch (DateTimeException beyond) {
            assertThatThrownBy(() -> Deadline.of(occurred, window, pair[0])).isInstanceOf(DateTimeException.class);
            continue;
          }
          fast = Deadline.of(occurred, window, pair[0]);
          assertThat(fast.end()).as("%s %s", occurred, window).isEqualTo(rules.end());
          for (int k = 0; k < 4; k++) {
            Instant at = occurred.plusSeconds(random.nextLong(-86_400, 40L * 86_400)).plusNanos(random.nextInt(1_000_000_000));
            long expected;
            try {
              expected = rules.daysLate(at);
            } catch (DateTimeException beyond) {
              continue;
            }
            assertThat(fast.daysLate(at)).as("%s %s %s", occurred, window, at).isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void theLongestWindowsEndWhereTheDateTimesSayAcrossTheEdgeOfTheWorkedOutYears() {
    // a window of up to 365 (business) days from the last worked-out year ends past it; with one
    // business day a week, 365 of them are seven years
    for (EnumSet<DayOfWeek> weekend : List.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        EnumSet.complementOf(EnumSet.of(DayOfWeek.WEDNESDAY)))) {
      QualityPolicy utc = QualityPolicy.builder().zone(ZoneOffset.UTC).weekendDays(weekend).build();
      QualityPolicy region = QualityPolicy.builder().zone(ZoneId.of("Etc/UTC")).weekendDays(weekend).build();
      for (String when : List.of("2026-03-04T10:15:30.25Z", "9999-06-01T23:59:59.5Z", "9999-12-31T23:59:59Z")) {
        Instant occurred = Instant.parse(when);
        for (QualityPolicy.Window w : List.of(QualityPolicy.Window.calendarDays(365), QualityPolicy.Window.businessDays(365),
            QualityPolicy.Window.calendarDays(0), QualityPolicy.Window.businessDays(1))) {
          Deadline fast = Deadline.of(occurred, w, utc);
          Deadline rules = Deadline.of(occurred, w, region);
          assertThat(fast.end()).as("%s %s", when, w).isEqualTo(rules.end());
          for (long after : new long[] {1, 59_999, 86_400, 3 * 86_400 + 7, 400L * 86_400}) {
            Instant late = rules.end().plusMillis(after);
            assertThat(fast.daysLate(late)).as("%s %s +%d ms", when, w, after).isEqualTo(rules.daysLate(late));
          }
        }
      }
    }
  }

  @Test
  void calendarDaysLateCountWholeMinutesToTheNanosecondAsTheDateTimesDo() {
    QualityPolicy utc = QualityPolicy.builder().zone(ZoneOffset.ofHours(3)).build();
    QualityPolicy region = QualityPolicy.builder().zone(ZoneId.of("Etc/GMT-3")).build();
    Instant occurred = Instant.parse("2026-03-04T10:15:30.500Z");
    QualityPolicy.Window w = QualityPolicy.Window.calendarDays(2);
    Deadline fast = Deadline.of(occurred, w, utc);
    Deadline rules = Deadline.of(occurred, w, region);
    long day = 86_400_000_000_000L;
    long minute = 60_000_000_000L;
    // one day and a minute less a nanosecond late is one day late (whole minutes: one day), one
    // day and a minute is two
    for (long late : new long[] {1, day, day + minute - 1, day + minute, 2 * day + minute - 1, 2 * day + minute}) {
      Instant at = fast.end().plusNanos(late);
      assertThat(fast.daysLate(at)).as("+%d ns", late).isEqualTo(rules.daysLate(at));
    }
    assertThat(fast.daysLate(fast.end().plusNanos(day + minute - 1))).isEqualTo(1);
    assertThat(fast.daysLate(fast.end().plusNanos(day + minute))).isEqualTo(2);
  }

  /**
   * @return a policy in the offset and one in the region, with the same weekend (the default when
   *     null) and holidays
   */
  private static QualityPolicy[] policies(ZoneOffset offset, ZoneId region, Set<DayOfWeek> weekend, List<LocalDate> holidays) {
    QualityPolicy.Builder a = QualityPolicy.builder().zone(offset);
    QualityPolicy.Builder b = QualityPolicy.builder().zone(region);
    if (weekend != null) {
      a.weekendDays(weekend);
      b.weekendDays(weekend);
    }
    for (LocalDate h : holidays) {
      a.holiday(h);
      b.holiday(h);
    }
    return new QualityPolicy[] {a.build(), b.build()};
  }

  /** @return 1-10 business days or 1-30 calendar days */
  private static QualityPolicy.Window window(SplittableRandom random) {
    return random.nextBoolean()
        ? QualityPolicy.Window.businessDays(1 + random.nextInt(10))
        : QualityPolicy.Window.calendarDays(1 + random.nextInt(30));
  }
}
