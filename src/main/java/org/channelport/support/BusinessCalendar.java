package org.channelport.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service team's working time: its time zone, the opening hours of each weekday (one or more
 * windows, e.g. Mon–Fri 08:00–18:00) and its holidays (closed all day). SLA targets count only this
 * business time: {@link #plus} says when a target ends, {@link #between} how much business time
 * lies between two instants. Daylight saving changes are those of the zone (08:00 stays 08:00
 * local). Immutable.
 */
public final class BusinessCalendar {
  /** How far {@link #plus} looks ahead before it gives up (a calendar open once in 10 years). */
  private static final int MAX_DAYS = 3660;

  /** One opening window of a day, local time, {@code opens < closes}. */
  public record Hours(LocalTime opens, LocalTime closes) {
    public Hours {
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException("opening hours must open before they close");
      }
    }
  }

  private final ZoneId zone;
  private final Map<DayOfWeek, List<Hours>> weekly;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(
      ZoneId zone,
      Map<DayOfWeek, ? extends Collection<Hours>> weekly,
      Collection<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    Map<DayOfWeek, List<Hours>> days = new EnumMap<>(DayOfWeek.class);
    boolean open = false;
    for (Map.Entry<DayOfWeek, ? extends Collection<Hours>> day : weekly.entrySet()) {
      List<Hours> hours = new ArrayList<>(day.getValue());
      hours.sort(Comparator.comparing(Hours::opens));
      for (int i = 1; i < hours.size(); i++) {
        if (hours.get(i).opens().isBefore(hours.get(i - 1).closes())) {
          throw new IllegalArgumentException("opening hours of " + day.getKey() + " overlap");
        }
      }
      if (!hours.isEmpty()) {
        days.put(day.getKey(), List.copyOf(hours));
        open = true;
      }
    }
    if (!open) {
      throw new IllegalArgumentException("a business calendar needs opening hours");
    }
    this.weekly = days;
    this.holidays = Set.copyOf(new TreeSet<>(holidays));
  }

  /** Monday to Friday, the same hours each day, closed on the holidays. */
  public static BusinessCalendar weekdays(
      ZoneId zone, LocalTime opens, LocalTime closes, Collection<LocalDate> holidays) {
    Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        weekly.put(day, List.of(new Hours(opens, closes)));
      }
    }
    return new BusinessCalendar(zone, weekly, holidays);
  }

  public ZoneId zone() {
    return zone;
  }

  public Map<DayOfWeek, List<Hours>> weekly() {
    return weekly;
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Whether the team works at this instant (a window includes its opening, not its closing). */
  public boolean isOpen(Instant at) {
    LocalDate date = at.atZone(zone).toLocalDate();
    for (Hours h : hours(date)) {
      if (!at.isBefore(start(date, h)) && at.isBefore(end(date, h))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instant at which {@code businessTime} of working time has passed since {@code from}: time
   * outside the opening hours does not count. Zero gives {@code from}; a target that uses up a
   * day's hours exactly ends at that day's closing time.
   */
  public Instant plus(Instant from, Duration businessTime) {
    Objects.requireNonNull(from, "from");
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("business time to add must not be negative");
    }
    if (businessTime.isZero()) {
      return from;
    }
    Duration left = businessTime;
    LocalDate date = from.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
      for (Hours h : hours(date)) {
        Instant end = end(date, h);
        Instant begin = later(from, start(date, h));
        if (!begin.isBefore(end)) {
          continue;
        }
        Duration open = Duration.between(begin, end);
        if (left.compareTo(open) <= 0) {
          return begin.plus(left).truncatedTo(ChronoUnit.MICROS);
        }
        left = left.minus(open);
      }
    }
    throw new IllegalStateException("no opening hours within " + MAX_DAYS + " days of " + from);
  }

  /**
   * The working time between two instants; negative when {@code to} is before {@code from} (time
   * overdue).
   */
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    Duration sum = Duration.ZERO;
    LocalDate date = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (; !date.isAfter(last); date = date.plusDays(1)) {
      for (Hours h : hours(date)) {
        Instant begin = later(from, start(date, h));
        Instant end = earlier(to, end(date, h));
        if (begin.isBefore(end)) {
          sum = sum.plus(Duration.between(begin, end));
        }
      }
    }
    return sum;
  }

  private List<Hours> hours(LocalDate date) {
    if (holidays.contains(date)) {
      return List.of();
    }
    return weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  private Instant start(LocalDate date, Hours h) {
    return date.atTime(h.opens()).atZone(zone).toInstant();
  }

  private Instant end(LocalDate date, Hours h) {
    return date.atTime(h.closes()).atZone(zone).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar c
        && zone.equals(c.zone)
        && weekly.equals(c.weekly)
        && holidays.equals(c.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weekly, holidays);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", " + weekly + ", " + holidays.size() + " holidays]";
  }
}
