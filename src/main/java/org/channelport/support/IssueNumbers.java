package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/**
 * The readable issue number, {@code SI-<year>-<number of the year, at least 5 digits>}, e.g.
 * SI-2026-00042. The number comes from one row per year of {@code issue_number_seq}, taken with a
 * single atomic upsert in the issue's transaction: two portal nodes never get the same number, and
 * the row lock is held only until the issue is written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IssueNumbers {
  public static final Pattern FORMAT = Pattern.compile("SI-[0-9]{4}-[0-9]{5,}");

  EntityManager em;

  /** For the container's proxies. */
  protected IssueNumbers() {}

  @Inject
  public IssueNumbers(EntityManager em) {
    this.em = em;
  }

  /** The next number of {@code year}. */
  public String next(int year) {
    em.createNativeQuery(
            "INSERT INTO issue_number_seq (year, next_val) VALUES (?, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE next_val = LAST_INSERT_ID(next_val + 1)")
        .setParameter(1, year)
        .executeUpdate();
    long n =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    return format(year, n);
  }

  public static String format(int year, long n) {
    if (n <= 0 || year < 1000 || year > 9999) {
      throw new IllegalArgumentException("no issue number " + year + "/" + n);
    }
    return String.format("SI-%04d-%05d", year, n);
  }
}
