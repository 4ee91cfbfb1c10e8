package org.channelport.erp.tryton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading the records {@link TrytonRpc} decodes: a record is a {@code Map<String, Object>}; a
 * dotted field {@code party.code} comes back as {@code "party.": {"id": 3, "code": "BT-20002"}}.
 */
final class TrytonRecords {

  private TrytonRecords() {}

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Object result) {
    if (result == null) {
      return List.of();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : (List<Object>) result) {
      rows.add((Map<String, Object>) row);
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  static List<Long> ids(Object result) {
    List<Long> ids = new ArrayList<>();
    if (result != null) {
      for (Object id : (List<Object>) result) {
        ids.add(((Number) id).longValue());
      }
    }
    return ids;
  }

  /** A value by a dotted path: {@code get(sale, "party.code")}. */
  @SuppressWarnings("unchecked")
  static Object get(Map<String, Object> record, String path) {
    Object current = record;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = ((Map<String, Object>) map).get(i < parts.length - 1 ? parts[i] + "." : parts[i]);
    }
    return current;
  }

  static String text(Map<String, Object> record, String path) {
    Object value = get(record, path);
    return value == null ? null : value.toString();
  }

  static long id(Map<String, Object> record) {
    return ((Number) record.get("id")).longValue();
  }

  static Long number(Map<String, Object> record, String path) {
    Object value = get(record, path);
    return value instanceof Number n ? n.longValue() : null;
  }

  static BigDecimal decimal(Map<String, Object> record, String path) {
    Object value = get(record, path);
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  static LocalDate date(Map<String, Object> record, String path) {
    Object value = get(record, path);
    return value instanceof LocalDate d ? d : null;
  }

  @SuppressWarnings("unchecked")
  static List<Long> idList(Map<String, Object> record, String field) {
    Object value = record.get(field);
    List<Long> ids = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object id : (List<Object>) list) {
        ids.add(((Number) id).longValue());
      }
    }
    return ids;
  }

  /** write_date, else create_date (Tryton leaves write_date empty until the first write). */
  static LocalDateTime changedAt(Map<String, Object> record) {
    Object written = record.get("write_date");
    if (written instanceof LocalDateTime time) {
      return time;
    }
    Object created = record.get("create_date");
    return created instanceof LocalDateTime time ? time : null;
  }

  /** Tryton's naive datetimes are UTC. */
  static Instant instant(LocalDateTime time) {
    return time == null ? Instant.now() : time.toInstant(ZoneOffset.UTC);
  }
}
