package org.channelport.showroom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a showroom shows, as stored: the categories its partner chose (none: all) and the products
 * it features. Runs in the caller's persistence context and transaction (it is no bean of its own,
 * so the public side reads it without a transaction, as before).
 */
final class ShowroomSelection {
  /** Submitted SKUs resolved per statement. */
  static final int SKUS_PER_QUERY = 500;

  private ShowroomSelection() {}

  static List<Long> shownCategories(EntityManager em, long partnerId) {
    return em
        .createNativeQuery("SELECT category_id FROM showroom_category WHERE partner_id = ?")
        .setParameter(1, partnerId)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  static java.util.Set<Long> featuredIds(EntityManager em, long partnerId) {
    List<?> rows =
        em.createNativeQuery("SELECT product_id FROM showroom_featured WHERE partner_id = ?")
            .setParameter(1, partnerId)
            .getResultList();
    java.util.Set<Long> ids = new java.util.HashSet<>();
    rows.forEach(o -> ids.add(((Number) o).longValue()));
    return ids;
  }

  static List<String> featuredSkus(EntityManager em, long partnerId) {
    return em
        .createNativeQuery(
            "SELECT p.sku FROM showroom_featured f JOIN product p ON p.id = f.product_id"
                + " WHERE f.partner_id = ? ORDER BY p.name")
        .setParameter(1, partnerId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /**
   * The product id of each submitted SKU that names a product, keyed by the SKU as submitted. SKUs
   * are compared as the catalog compares them (the product table's collation: case does not
   * matter), one {@code sku = ?} per SKU but one statement per {@value #SKUS_PER_QUERY} SKUs.
   */
  static Map<String, Long> productIds(EntityManager em, List<String> skus) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(skus));
    Map<String, Long> ids = new HashMap<>(distinct.size() * 2);
    for (int from = 0; from < distinct.size(); from += SKUS_PER_QUERY) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + SKUS_PER_QUERY));
      StringBuilder sql = new StringBuilder();
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : " UNION ALL ")
            .append("SELECT ")
            .append(i)
            .append(", id FROM product WHERE sku = ?");
      }
      Query query = em.createNativeQuery(sql.toString());
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 1, chunk.get(i));
      }
      for (Object row : query.getResultList()) {
        Object[] columns = (Object[]) row;
        ids.putIfAbsent(
            chunk.get(((Number) columns[0]).intValue()), ((Number) columns[1]).longValue());
      }
    }
    return ids;
  }

  /** Replaces the partner's chosen categories and featured products. */
  static void replace(
      EntityManager em, long partnerId, List<Long> categories, List<Long> featured) {
    em.createNativeQuery("DELETE FROM showroom_category WHERE partner_id = ?")
        .setParameter(1, partnerId)
        .executeUpdate();
    for (Long id : categories) {
      em.createNativeQuery("INSERT INTO showroom_category (partner_id, category_id) VALUES (?, ?)")
          .setParameter(1, partnerId)
          .setParameter(2, id)
          .executeUpdate();
    }
    em.createNativeQuery("DELETE FROM showroom_featured WHERE partner_id = ?")
        .setParameter(1, partnerId)
        .executeUpdate();
    for (Long id : featured) {
      em.createNativeQuery("INSERT INTO showroom_featured (partner_id, product_id) VALUES (?, ?)")
          .setParameter(1, partnerId)
          .setParameter(2, id)
          .executeUpdate();
    }
  }
}
