package org.channelport.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.channelport.shared.CategoryCodes;

/** The catalog's category codes, read from the catalog each time (categories can be added). */
@ApplicationScoped
public class CatalogCategoryCodes implements CategoryCodes {
  @PersistenceContext EntityManager em;

  @Override
  public boolean exists(String code) {
    if (code == null || code.isBlank() || code.length() > 64) {
      return false;
    }
    return !em.createQuery("SELECT c.id FROM Category c WHERE c.code = :code", Long.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<String> all() {
    return em.createQuery("SELECT c.code FROM Category c ORDER BY c.code", String.class)
        .getResultList();
  }
}
