package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.security.AccessRules;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * The integration event log: every outbound attempt, every poll and every inbound message, with its
 * adapter, kind, order, status (ok, failed, parked, ignored), error and payload. Each entry is
 * written in a transaction of its own, so a failed attempt — whose business transaction rolls back
 * — is still logged. Channel admins read it ({@link #list}).
 *
 * <p>The protocol adapter's inbound resources call {@link #inbound} for every message they take
 * (status ok, ignored for an event id already processed or a stale fact, failed for an invalid
 * message — which opens an inbound_invalid alert).
 */
@ApplicationScoped
public class IntegrationLog {
  public static final String OK = "ok";
  public static final String FAILED = "failed";
  public static final String PARKED = "parked";
  public static final String IGNORED = "ignored";
  public static final List<String> STATUSES = List.of(OK, FAILED, PARKED, IGNORED);
  public static final List<String> DIRECTIONS = List.of("out", "in", "poll");
  static final int MAX_PAYLOAD = 65_000;
  static final int MAX_ERROR = 2000;

  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("e.id", ListQuery.Tie.DESC)
          .field("at", "e.at")
          .field("kind", "e.kind")
          .field("status", "e.status")
          .field("orderNumber", "e.orderNumber")
          .byDefault("at", false);

  public static final List<String> SORT_FIELDS = SORTS.names();

  EntityManager em;
  AccessRules access;
  Clock clock;

  protected IntegrationLog() {}

  @Inject
  public IntegrationLog(EntityManager em, AccessRules access, Clock clock) {
    this.em = em;
    this.access = access;
    this.clock = clock;
  }

  /** An attempt to hand a message to the ERP ({@code kind}: order.placed, ensure-partner, …). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void outbound(
      String adapter,
      String kind,
      String orderNumber,
      String status,
      String error,
      String payload,
      String messageId) {
    insert(adapter, "out", kind, orderNumber, status, error, payload, messageId, null);
  }

  /**
   * A message the ERP (the Channelport ERP protocol) sent in: {@code kind} names the call (e.g.
   * order.response, shipment, stock), {@code eventId} the sender's event id, {@code status} ok,
   * ignored (already processed, or stale) or failed (invalid: {@code error} says why).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void inbound(
      String kind,
      String eventId,
      String orderNumber,
      String status,
      String error,
      String payload) {
    insert("protocol", "in", kind, orderNumber, status, error, payload, null, eventId);
  }

  /** One poll of the ERP: ok with a summary, or failed with the error. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void poll(String adapter, String status, String error, String summary) {
    insert(adapter, "poll", "poll", null, status, error, summary, null, null);
  }

  /** A channel admin sent a message again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void replayed(
      String adapter, String kind, String orderNumber, String messageId, String by) {
    insert(adapter, "out", kind, orderNumber, OK, "replayed by " + by, null, messageId, null);
  }

  private void insert(
      String adapter,
      String direction,
      String kind,
      String orderNumber,
      String status,
      String error,
      String payload,
      String messageId,
      String eventId) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
    }
    em.createNativeQuery(
            "INSERT INTO integration_event (at, adapter, direction, kind, order_number, status,"
                + " error, payload, message_id, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, Timestamp.from(clock.now()))
        .setParameter(2, clip(adapter == null ? "none" : adapter, 16))
        .setParameter(3, direction)
        .setParameter(4, clip(kind == null ? "unknown" : kind, 64))
        .setParameter(5, clip(orderNumber, 64))
        .setParameter(6, status)
        .setParameter(7, clip(error, MAX_ERROR))
        .setParameter(8, clip(payload, MAX_PAYLOAD))
        .setParameter(9, clip(messageId, 64))
        .setParameter(10, clip(eventId, 128))
        .executeUpdate();
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  // --- reading (channel admins) ----------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<IntegrationEvent> list(PageRequest page) {
    return new Page<>(rows(page), count(page));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<IntegrationEvent> rows(PageRequest page) {
    IntegrationSettings.requireAdmin(access.caller());
    return query(page).rows(em, page, SORTS, IntegrationEvent.class, "e");
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(PageRequest page) {
    IntegrationSettings.requireAdmin(access.caller());
    return query(page).count(em);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public IntegrationEvent find(long id) {
    IntegrationSettings.requireAdmin(access.caller());
    IntegrationEvent event = em.find(IntegrationEvent.class, id);
    if (event == null) {
      throw new RecordNotFoundException("IntegrationEvent", id);
    }
    return event;
  }

  /**
   * Filters: from, to (ISO dates, UTC, inclusive), adapter, direction, kind, status (one or
   * several, comma-separated), orderNumber (part of the number), messageId.
   */
  static ListQuery query(PageRequest page) {
    ListQuery list = ListQuery.from("IntegrationEvent e");
    LocalDate from = ListFilters.date(page.filter("from"));
    if (page.filter("from") != null) {
      if (from == null) {
        list.nothing();
      } else {
        list.where("e.at >= :" + list.parameter(from.atStartOfDay().toInstant(ZoneOffset.UTC)));
      }
    }
    LocalDate to = ListFilters.date(page.filter("to"));
    if (page.filter("to") != null) {
      if (to == null) {
        list.nothing();
      } else {
        list.where(
            "e.at < :" + list.parameter(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
      }
    }
    list.equal("e.adapter", lower(page.filter("adapter")))
        .equal("e.direction", lower(page.filter("direction")))
        .equal("e.kind", page.filter("kind"))
        .equal("e.messageId", page.filter("messageId"))
        .contains(page.filter("orderNumber"), 64, "LOWER(e.orderNumber)");
    String status = page.filter("status");
    if (status != null) {
      list.in(
          "e.status",
          Set.of(status.toLowerCase(Locale.ROOT).split(",")).stream()
              .map(String::strip)
              .filter(STATUSES::contains)
              .toList());
    }
    return list;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** Counts of entries since {@code since} with this direction and status (for the alerts). */
  @Transactional
  public long countSince(String direction, String status, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM integration_event WHERE direction = ? AND status = ?"
                        + " AND at >= ?")
                .setParameter(1, direction)
                .setParameter(2, status)
                .setParameter(3, Timestamp.from(since))
                .getSingleResult())
        .longValue();
  }

  /** The status and error of the latest poll, or null when there was none. */
  @Transactional
  public String[] lastPoll() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT status, error FROM integration_event WHERE direction = 'poll'"
                    + " ORDER BY id DESC LIMIT 1")
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = (Object[]) rows.get(0);
    return new String[] {(String) r[0], (String) r[1]};
  }
}
