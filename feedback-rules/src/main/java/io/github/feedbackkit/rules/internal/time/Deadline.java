package io.github.feedbackkit.rules.internal.time;

import io.github.feedbackkit.rules.QualityPolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Set;

/**
 * The end of a timeliness window and how late an instant is against it. Business days skip the
 * policy's weekend days and holidays in the policy's zone; the window ends at the same local time
 * of day as the event, N business (or calendar) days later, and an instant exactly at the end is
 * in time.
 *
 * @param end the last instant that is in time
 * @param window the window
 * @param zone the zone in which days are counted
 * @param weekend the days that are not business days
 * @param holidays the holidays
 */
public record Deadline(Instant end, QualityPolicy.Window window, ZoneId zone, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {

  /**
   * @param occurredAt the event
   * @param window the window
   * @param policy the calendar
   * @return the deadline
   */
  public static Deadline of(Instant occurredAt, QualityPolicy.Window window, QualityPolicy policy) {
    ZoneId zone = policy.zone();
    if (zone instanceof ZoneOffset offset) {
      long local = occurredAt.getEpochSecond() + offset.getTotalSeconds();
      if (ordinary(local)) {
        // the same arithmetic on seconds and epoch days (a fixed offset's local time is the instant
        // shifted), without a date object per day
        long end = window.businessDays()
            ? businessDaysLater(Math.floorDiv(local, DAY), window.days(), policy) * DAY + Math.floorMod(local, DAY)
            : local + window.days() * DAY;
        return new Deadline(Instant.ofEpochSecond(end - offset.getTotalSeconds(), occurredAt.getNano()), window, zone,
            policy.weekendDays(), policy.holidays());
      }
      // far from today: local date-times, which throw where their range ends
      LocalDateTime start = LocalDateTime.ofEpochSecond(occurredAt.getEpochSecond(), occurredAt.getNano(), offset);
      LocalDateTime end = window.businessDays()
          ? LocalDateTime.of(businessDaysLater(start.toLocalDate(), window.days(), policy), start.toLocalTime())
          : start.plusDays(window.days());
      return new Deadline(end.toInstant(offset), window, zone, policy.weekendDays(), policy.holidays());
    }
    ZonedDateTime start = occurredAt.atZone(zone);
    ZonedDateTime end;
    if (window.businessDays()) {
      end = ZonedDateTime.of(businessDaysLater(start.toLocalDate(), window.days(), policy), start.toLocalTime(), zone);
    } else {
      end = start.plusDays(window.days());
    }
    return new Deadline(end.toInstant(), window, zone, policy.weekendDays(), policy.holidays());
  }

  private static final long DAY = 86_400;
  /**
   * Local times whose seconds lie within years 0 to 9999 are worked out as seconds and epoch days:
   * a window from them ends well inside the range of {@link LocalDate}, so nothing there would
   * throw. Others take the date-time path, which throws where that range ends (and the caller says
   * the window cannot be computed).
   */
  private static final long FIRST_ORDINARY_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00
  private static final long LAST_ORDINARY_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59

  private static boolean ordinary(long localSecond) {
    return localSecond >= FIRST_ORDINARY_SECOND && localSecond <= LAST_ORDINARY_SECOND;
  }

  /**
   * @param epochDay a day
   * @return its day of the week as {@code DayOfWeek.getValue() - 1}: 0 for Monday (epoch day 0,
   *     1970-01-01, was a Thursday)
   */
  private static int dayIndex(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  /** @return the days of a set as bits, Monday in bit 0 */
  private static int mask(Set<DayOfWeek> days) {
    int m = 0;
    for (DayOfWeek d : days) {
      m |= 1 << (d.getValue() - 1);
    }
    return m;
  }

  /**
   * The day {@code days} business days after {@code epochDay}: a day that is no weekend day of the
   * policy and no holiday counts. At most 100,000 steps, though at least one weekday is a business
   * day and holidays are finite, so a window of up to 365 days ends within about 2,600.
   */
  private static long businessDaysLater(long epochDay, int days, QualityPolicy policy) {
    int weekend = mask(policy.weekendDays());
    Set<LocalDate> holidays = policy.holidays();
    boolean noHolidays = holidays.isEmpty();
    long d = epochDay;
    int index = dayIndex(d);
    int left = days;
    int guard = 0;
    while (left > 0 && guard++ < 100_000) {
      d++;
      index = index == 6 ? 0 : index + 1;
      if ((weekend & 1 << index) == 0 && (noHolidays || !holidays.contains(LocalDate.ofEpochDay(d)))) {
        left--;
      }
    }
    return d;
  }

  /** The date {@code days} business days after {@code d}. */
  private static LocalDate businessDaysLater(LocalDate d, int days, QualityPolicy policy) {
    return LocalDate.ofEpochDay(businessDaysLater(d.toEpochDay(), days, policy));
  }

  /**
   * @param at an instant
   * @return whether it is at or before the end of the window
   */
  public boolean inTime(Instant at) {
    return !at.isAfter(end);
  }

  /**
   * How late an instant is, in the window's unit: calendar days rounded up; business days count
   * the business days after the deadline's date up to and including the instant's date, and at
   * least 1.
   *
   * @param at an instant after the end
   * @return the number of (business) days late, at least 1
   */
  public long daysLate(Instant at) {
    if (inTime(at)) {
      return 0;
    }
    if (zone instanceof ZoneOffset offset) {
      long localEnd = end.getEpochSecond() + offset.getTotalSeconds();
      long localAt = at.getEpochSecond() + offset.getTotalSeconds();
      if (ordinary(localEnd) && ordinary(localAt)) {
        if (!window.businessDays()) {
          // whole minutes from the end to the instant (after it), as ChronoUnit.MINUTES counts them
          long seconds = localAt - localEnd - (at.getNano() < end.getNano() ? 1 : 0);
          return daysFromMinutes(seconds / 60);
        }
        return Math.max(1, businessDaysAfter(Math.floorDiv(localEnd, DAY), Math.floorDiv(localAt, DAY), weekend, holidays));
      }
    }
    // far from today in a fixed offset, local date-times (the zone rules of an offset are made anew for each ZonedDateTime)
    Temporal e;
    Temporal a;
    LocalDate from;
    LocalDate to;
    if (zone instanceof ZoneOffset offset) {
      LocalDateTime le = LocalDateTime.ofEpochSecond(end.getEpochSecond(), end.getNano(), offset);
      LocalDateTime la = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), offset);
      e = le;
      a = la;
      from = le.toLocalDate();
      to = la.toLocalDate();
    } else {
      ZonedDateTime ze = end.atZone(zone);
      ZonedDateTime za = at.atZone(zone);
      e = ze;
      a = za;
      from = ze.toLocalDate();
      to = za.toLocalDate();
    }
    if (!window.businessDays()) {
      return daysFromMinutes(ChronoUnit.MINUTES.between(e, a));
    }
    // business days in (deadline date, instant date]; late on the deadline's own date counts 1
    return Math.max(1, businessDaysAfter(from, to, weekend, holidays));
  }

  /** Calendar days late: whole minutes late rounded up to days, and at least 1. */
  private static long daysFromMinutes(long minutes) {
    return Math.max(1, (minutes + 24 * 60 - 1) / (24 * 60));
  }

  /**
   * The business days in {@code (from, to]} (epoch days), in closed form: whole weeks at once, the
   * remaining days (at most six) one by one, less the holidays in the range that fall on a business
   * weekday. Constant time in the span, linear in the number of holidays.
   */
  static long businessDaysAfter(long from, long to, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    long span = to - from;
    if (span <= 0) {
      return 0;
    }
    int off = mask(weekend);
    long days = span / 7 * (7 - Integer.bitCount(off));
    int index = dayIndex(from);
    for (long k = 0; k < span % 7; k++) {
      index = index == 6 ? 0 : index + 1;
      if ((off & 1 << index) == 0) {
        days++;
      }
    }
    if (holidays.isEmpty()) {
      return days; // the usual calendar: no iterator to make
    }
    for (LocalDate h : holidays) {
      long d = h.toEpochDay();
      if (d > from && d <= to && (off & 1 << dayIndex(d)) == 0) {
        days--;
      }
    }
    return days;
  }

  /** {@link #businessDaysAfter(long, long, Set, Set)} of two dates. */
  static long businessDaysAfter(LocalDate from, LocalDate to, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    return businessDaysAfter(from.toEpochDay(), to.toEpochDay(), weekend, holidays);
  }
}
