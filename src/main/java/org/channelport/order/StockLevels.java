package org.channelport.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock per product and warehouse (table stock_level, by SKU), the warehouses and the carriers:
 * reference data the ERP owns, read and written with plain SQL (composite keys, upserts).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StockLevels {
  EntityManager em;

  /** For the container's proxies. */
  protected StockLevels() {}

  @Inject
  public StockLevels(EntityManager em) {
    this.em = em;
  }

  /** The stock rows of these SKUs, by SKU, warehouses in their order. */
  public Map<String, List<StockRow>> of(Collection<String> skus) {
    Map<String, List<StockRow>> bySku = new LinkedHashMap<>();
    if (skus.isEmpty()) {
      return bySku;
    }
    List<String> list = List.copyOf(skus);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      in.append(i == 0 ? "?" : ", ?");
    }
    var query =
        em.createNativeQuery(
            "SELECT s.sku, s.warehouse_code, w.name, s.quantity, s.as_of FROM stock_level s"
                + " JOIN warehouse w ON w.code = s.warehouse_code WHERE s.sku IN ("
                + in
                + ") ORDER BY s.sku, w.sort_order, w.code");
    for (int i = 0; i < list.size(); i++) {
      query.setParameter(i + 1, list.get(i));
    }
    for (Object r : query.getResultList()) {
      Object[] row = (Object[]) r;
      StockRow stock =
          new StockRow(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              ((Number) row[3]).longValue(),
              instant(row[4]));
      bySku.computeIfAbsent(stock.sku(), k -> new ArrayList<>()).add(stock);
    }
    return bySku;
  }

  /**
   * What is available for a line of {@code sku} from {@code warehouse} (all warehouses when null);
   * null when the ERP reported no stock figure for the SKU (services, subscriptions): nothing is
   * backordered then.
   */
  public Long available(List<StockRow> rows, String warehouse) {
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    long sum = 0;
    boolean any = false;
    for (StockRow r : rows) {
      if (warehouse == null || warehouse.equals(r.warehouse())) {
        sum += r.quantity();
        any = true;
      }
    }
    return any ? sum : 0L;
  }

  /** The warehouse codes and names, in their order. */
  public Map<String, String> warehouses() {
    Map<String, String> byCode = new LinkedHashMap<>();
    for (Object r :
        em.createNativeQuery("SELECT code, name FROM warehouse ORDER BY sort_order, code")
            .getResultList()) {
      Object[] row = (Object[]) r;
      byCode.put((String) row[0], (String) row[1]);
    }
    return byCode;
  }

  /** Carriers by code: name and tracking URL template. */
  public Map<String, String[]> carriers() {
    Map<String, String[]> byCode = new LinkedHashMap<>();
    for (Object r :
        em.createNativeQuery("SELECT code, name, tracking_url_template FROM carrier ORDER BY code")
            .getResultList()) {
      Object[] row = (Object[]) r;
      byCode.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
    }
    return byCode;
  }

  /**
   * Writes one figure unless the stored one is newer; true when written. The previous quantity is
   * returned through {@code before} (null when there was none).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean upsert(String sku, String warehouse, long quantity, Instant asOf) {
    em.createNativeQuery(
            "INSERT INTO stock_level (sku, warehouse_code, quantity, as_of) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE"
                + " quantity = IF(VALUES(as_of) >= as_of, VALUES(quantity), quantity),"
                + " as_of = IF(VALUES(as_of) >= as_of, VALUES(as_of), as_of)")
        .setParameter(1, sku)
        .setParameter(2, warehouse)
        .setParameter(3, quantity)
        .setParameter(4, Timestamp.from(asOf))
        .executeUpdate();
    // the driver counts found rows, so an older figure (nothing written) answers like a new one:
    // the stored time decides whether this figure is the one that stands
    Object stored =
        em.createNativeQuery("SELECT as_of FROM stock_level WHERE sku = ? AND warehouse_code = ?")
            .setParameter(1, sku)
            .setParameter(2, warehouse)
            .getSingleResult();
    Instant standing = instant(stored);
    return !asOf.truncatedTo(ChronoUnit.MICROS).isBefore(standing);
  }

  /** The total on hand of {@code sku} over all warehouses. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long total(String sku) {
    Object sum =
        em.createNativeQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_level WHERE sku = ?")
            .setParameter(1, sku)
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof LocalDateTime t) {
      return Timestamp.valueOf(t).toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("a DATETIME read as " + value.getClass().getName());
  }
}
