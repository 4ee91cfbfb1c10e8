package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The MDF numbers: request numbers {@code MDR-<year>-<6 digits>} and claim numbers {@code
 * MDF-<year>-<6 digits>} (the ERP's reference). Each from one row of {@code mdf_number_seq}, taken
 * with one atomic upsert in the caller's transaction, so two nodes never give the same number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MdfNumbers {
  EntityManager em;

  /** For the container's proxies. */
  protected MdfNumbers() {}

  @Inject
  public MdfNumbers(EntityManager em) {
    this.em = em;
  }

  public String nextRequest(int year) {
    return format("MDR", year, next("request-" + year));
  }

  public String nextClaim(int year) {
    return format("MDF", year, next("claim-" + year));
  }

  private long next(String name) {
    em.createNativeQuery(
            "INSERT INTO mdf_number_seq (name, next_val) VALUES (?, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE next_val = LAST_INSERT_ID(next_val + 1)")
        .setParameter(1, name)
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  static String format(String prefix, int year, long n) {
    return String.format("%s-%04d-%06d", prefix, year, n);
  }
}
