package org.channelport.deal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.customer.CustomerKeys;

/**
 * When two records are about the same opportunity: the same end customer (same normalised company
 * name, same company e-mail domain — public mail providers do not count — or the same address) and
 * at least one product category in common.
 */
public final class DealConflicts {
  private DealConflicts() {}

  /** How an end customer is recognised: company key, e-mail address, company e-mail domain. */
  public record Party(String companyKey, String email, String emailDomain) {
    public static Party of(String company, String email) {
      return new Party(
          CustomerKeys.companyKey(company),
          CustomerKeys.email(email),
          CustomerKeys.emailDomain(email));
    }
  }

  public static boolean sameCustomer(Party a, Party b) {
    return equalAndPresent(a.companyKey(), b.companyKey())
        || equalAndPresent(a.email(), b.email())
        || equalAndPresent(a.emailDomain(), b.emailDomain());
  }

  public static boolean shareCategory(Collection<String> a, Collection<String> b) {
    return a.stream().filter(Objects::nonNull).anyMatch(b::contains);
  }

  public static boolean sameOpportunity(
      Party a, Collection<String> categoriesA, Party b, Collection<String> categoriesB) {
    return sameCustomer(a, b) && shareCategory(categoriesA, categoriesB);
  }

  /** Categories as stored: lower-case, comma-separated, without blanks or repeats. */
  public static Set<String> categories(String stored) {
    if (stored == null || stored.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(stored.split(","))
        .map(c -> c.strip().toLowerCase(Locale.ROOT))
        .filter(c -> !c.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static boolean equalAndPresent(String a, String b) {
    return a != null && !a.isEmpty() && a.equals(b);
  }
}
