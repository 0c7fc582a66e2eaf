package io.github.feedbackkit.rules.internal.time;

import io.github.feedbackkit.rules.QualityPolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
    ZonedDateTime start = occurredAt.atZone(zone);
    ZonedDateTime end;
    if (window.businessDays()) {
      LocalDate d = start.toLocalDate();
      int left = window.days();
      // at most 366 * 7 steps: bounded because at least one weekday is a business day and
      // holidays are finite
      int guard = 0;
      while (left > 0 && guard++ < 100_000) {
        d = d.plusDays(1);
        if (isBusinessDay(d, policy.weekendDays(), policy.holidays())) {
          left--;
        }
      }
      end = ZonedDateTime.of(d, start.toLocalTime(), zone);
    } else {
      end = start.plusDays(window.days());
    }
    return new Deadline(end.toInstant(), window, zone, policy.weekendDays(), policy.holidays());
  }

  static boolean isBusinessDay(LocalDate d, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    return !weekend.contains(d.getDayOfWeek()) && !holidays.contains(d);
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
    ZonedDateTime e = end.atZone(zone);
    ZonedDateTime a = at.atZone(zone);
    if (!window.businessDays()) {
      long minutes = ChronoUnit.MINUTES.between(e, a);
      return Math.max(1, (minutes + 24 * 60 - 1) / (24 * 60));
    }
    // business days in (deadline date, instant date]; late on the deadline's own date counts 1
    LocalDate from = e.toLocalDate();
    LocalDate to = a.toLocalDate();
    return Math.max(1, businessDaysAfter(from, to, weekend, holidays));
  }

  /**
   * The business days in {@code (from, to]}, in closed form: whole weeks at once, the remaining
   * days (at most six) one by one, less the holidays in the range that fall on a business weekday.
   * Constant time in the span, linear in the number of holidays.
   */
  static long businessDaysAfter(LocalDate from, LocalDate to, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    long span = ChronoUnit.DAYS.between(from, to);
    if (span <= 0) {
      return 0;
    }
    long days = span / 7 * (7 - weekend.size());
    DayOfWeek day = from.getDayOfWeek();
    for (long k = 0; k < span % 7; k++) {
      day = day.plus(1);
      if (!weekend.contains(day)) {
        days++;
      }
    }
    for (LocalDate h : holidays) {
      if (h.isAfter(from) && !h.isAfter(to) && !weekend.contains(h.getDayOfWeek())) {
        days--;
      }
    }
    return days;
  }
}
