package org.channelport.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.Database;

/**
 * The SLA settings as the service team keeps them in the database: the targets per priority ({@code
 * sla_target}; a row for the partner's tier wins over the row for every tier), the opening hours
 * ({@code support_business_hours}) and the holidays ({@code support_holiday}). Read at most every
 * 30 s per node, so a change reaches every node within half a minute ({@link #refresh} at once on
 * this one). A priority without any row falls back to the targets the migration inserts, with a
 * warning in the log; so does a calendar without opening hours.
 */
@ApplicationScoped
public class SlaPolicy {
  private static final Logger LOG = Logger.getLogger(SlaPolicy.class.getName());
  static final long CACHE_NANOS = Duration.ofSeconds(30).toNanos();

  /**
   * The migration's defaults: urgent 1 h / 8 h, high 4 h / 2 d, normal 1 d / 5 d, low 2 d / 10 d.
   */
  static final Map<IssuePriority, SlaTargets> DEFAULTS =
      Map.of(
          IssuePriority.URGENT, SlaTargets.ofMinutes(60, 480),
          IssuePriority.HIGH, SlaTargets.ofMinutes(240, 1200),
          IssuePriority.NORMAL, SlaTargets.ofMinutes(600, 3000),
          IssuePriority.LOW, SlaTargets.ofMinutes(1200, 6000));

  static final BusinessCalendar DEFAULT_CALENDAR =
      BusinessCalendar.weekdays(
          ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(18, 0), List.of());

  /** One row of {@code sla_target}; tier null: every tier. */
  record TargetRow(IssuePriority priority, PartnerTier tier, SlaTargets targets) {}

  /** What was read, and when. */
  record Settings(List<TargetRow> targets, BusinessCalendar calendar, long readAtNanos) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private volatile Settings settings;

  /** The targets for an issue of this priority from a partner of this tier (null: unknown). */
  public SlaTargets targetsFor(IssuePriority priority, PartnerTier tier) {
    return pick(settings().targets(), priority, tier);
  }

  /** The service team's business calendar. */
  public BusinessCalendar calendar() {
    return settings().calendar();
  }

  /** Reads the settings again now (after an edit), instead of within 30 s. */
  public void refresh() {
    settings = read();
  }

  private Settings settings() {
    Settings s = settings;
    if (s == null || System.nanoTime() - s.readAtNanos() > CACHE_NANOS) {
      s = read();
      settings = s;
    }
    return s;
  }

  /** The row for the tier if there is one, else the row for every tier, else the default. */
  static SlaTargets pick(List<TargetRow> rows, IssuePriority priority, PartnerTier tier) {
    SlaTargets any = null;
    for (TargetRow row : rows) {
      if (row.priority() != priority) {
        continue;
      }
      if (tier != null && row.tier() == tier) {
        return row.targets();
      }
      if (row.tier() == null) {
        any = row.targets();
      }
    }
    if (any == null) {
      LOG.warning(() -> "No SLA target for priority " + priority.code() + "; using the default");
      return DEFAULTS.get(priority);
    }
    return any;
  }

  /** The calendar from the rows of opening hours and the holidays. */
  static BusinessCalendar calendar(
      List<Object[]> hours /* day 1-7, opens, closes, zone */, List<LocalDate> holidays) {
    Map<DayOfWeek, List<BusinessCalendar.Hours>> weekly = new EnumMap<>(DayOfWeek.class);
    ZoneId zone = null;
    for (Object[] row : hours) {
      ZoneId rowZone = ZoneId.of((String) row[3]);
      if (zone == null) {
        zone = rowZone;
      } else if (!zone.equals(rowZone)) {
        LOG.warning(() -> "Opening hours in two time zones; all are read in the first one's");
      }
      weekly
          .computeIfAbsent(DayOfWeek.of((Integer) row[0]), d -> new ArrayList<>())
          .add(new BusinessCalendar.Hours((LocalTime) row[1], (LocalTime) row[2]));
    }
    if (zone == null) {
      LOG.warning("No opening hours for the service team; using Mon-Fri 08:00-18:00 Berlin");
      return new BusinessCalendar(DEFAULT_CALENDAR.zone(), DEFAULT_CALENDAR.weekly(), holidays);
    }
    return new BusinessCalendar(zone, weekly, holidays);
  }

  private Settings read() {
    List<TargetRow> targets = new ArrayList<>();
    List<Object[]> hours = new ArrayList<>();
    List<LocalDate> holidays = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT priority, partner_tier, first_response_minutes, resolution_minutes"
                      + " FROM sla_target");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Optional<IssuePriority> priority = IssuePriority.parse(rs.getString(1));
          String tierCode = rs.getString(2);
          Optional<PartnerTier> tier = PartnerTier.parse(tierCode);
          if (priority.isEmpty() || (tierCode != null && tier.isEmpty())) {
            continue; // the CHECKs keep such rows out
          }
          targets.add(
              new TargetRow(
                  priority.get(),
                  tier.orElse(null),
                  SlaTargets.ofMinutes(rs.getInt(3), rs.getInt(4))));
        }
      }
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT day_of_week, opens, closes, time_zone FROM support_business_hours"
                      + " ORDER BY day_of_week, opens");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          hours.add(
              new Object[] {
                rs.getInt(1),
                rs.getObject(2, LocalTime.class),
                rs.getObject(3, LocalTime.class),
                rs.getString(4)
              });
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT day FROM support_holiday");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          holidays.add(rs.getObject(1, LocalDate.class));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the SLA settings", e);
    }
    BusinessCalendar cal;
    try {
      cal = calendar(hours, holidays);
    } catch (DateTimeException | IllegalArgumentException e) {
      LOG.warning(() -> "Bad opening hours (" + e.getMessage() + "); using Mon-Fri 08:00-18:00");
      cal = new BusinessCalendar(DEFAULT_CALENDAR.zone(), DEFAULT_CALENDAR.weekly(), holidays);
    }
    return new Settings(List.copyOf(targets), cal, System.nanoTime());
  }
}
