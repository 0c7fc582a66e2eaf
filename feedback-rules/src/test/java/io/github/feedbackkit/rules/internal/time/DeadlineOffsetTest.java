package io.github.feedbackkit.rules.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.QualityPolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
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
        QualityPolicy.Builder a = QualityPolicy.builder().zone(offsets.get(z));
        QualityPolicy.Builder b = QualityPolicy.builder().zone(regions.get(z));
        if (round % 3 == 0) {
          a.weekendDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
          b.weekendDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        }
        Instant occurred = from.plusSeconds(random.nextLong(40L * 365 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
        for (int h = random.nextInt(4); h > 0; h--) {
          LocalDate holiday = LocalDate.ofInstant(occurred, ZoneOffset.UTC).plusDays(random.nextInt(-3, 30));
          a.holiday(holiday);
          b.holiday(holiday);
        }
        QualityPolicy.Window window = random.nextBoolean()
            ? QualityPolicy.Window.businessDays(1 + random.nextInt(10))
            : QualityPolicy.Window.calendarDays(1 + random.nextInt(30));
        Deadline fast = Deadline.of(occurred, window, a.build());
        Deadline rules = Deadline.of(occurred, window, b.build());
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
}
