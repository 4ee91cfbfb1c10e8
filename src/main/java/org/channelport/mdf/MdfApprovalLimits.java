package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** The channel managers' approval limits per currency; none means zero (every approval waits). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MdfApprovalLimits {
  EntityManager em;

  /** For the container's proxies. */
  protected MdfApprovalLimits() {}

  @Inject
  public MdfApprovalLimits(EntityManager em) {
    this.em = em;
  }

  /** The largest amount {@code username} approves alone in {@code currency}. */
  public BigDecimal limit(String username, String currency) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT amount FROM mdf_approval_limit WHERE username = ? AND currency = ?")
            .setParameter(1, username)
            .setParameter(2, currency)
            .getResultList();
    return rows.isEmpty() ? BigDecimal.ZERO : MdfLedger.decimal(rows.get(0));
  }
}
