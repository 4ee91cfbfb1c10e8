package org.channelport.mdf.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.MdfAllocations;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfRequests;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.PageRequest;

/**
 * The home page's MDF counts: for channel managers the requests and claims waiting for a decision
 * (linking to the review queue); for partner users the funds still available (per currency) and the
 * allocations that expire within {@value #EXPIRING_DAYS} days (linking to their MDF page).
 */
@Named
@RequestScoped
public class MdfHomeBean {
  /** How many days before its end an allocation counts as expiring. */
  static final int EXPIRING_DAYS = 30;

  @Inject MdfRequests requests;
  @Inject MdfClaims claims;
  @Inject MdfAllocations allocations;
  @Inject CurrentCaller currentCaller;

  private Long requestsToReview;
  private Long claimsToReview;
  private List<AllocationView> mine;

  private static final PageRequest AWAITING =
      new PageRequest(0, 1, null, true, Map.of("awaiting", "true"));

  public long getRequestsToReview() {
    if (requestsToReview == null) {
      requestsToReview = requests.list(AWAITING).total();
    }
    return requestsToReview;
  }

  public long getClaimsToReview() {
    if (claimsToReview == null) {
      claimsToReview = claims.list(AWAITING).total();
    }
    return claimsToReview;
  }

  private List<AllocationView> mine() {
    if (mine == null) {
      mine = allocations.list(null, null);
    }
    return mine;
  }

  /** What the partner may still request, per currency ("8,500.00 EUR"). */
  public List<String> getAvailable() {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (AllocationView a : mine()) {
      if (a.daysToExpiry() >= 0) {
        sums.merge(a.currency(), a.available(), BigDecimal::add);
      }
    }
    return sums.entrySet().stream()
        .map(e -> MdfPages.money(e.getValue(), e.getKey(), MdfPages.locale()))
        .toList();
  }

  /** Allocations with money left that expire within {@value #EXPIRING_DAYS} days. */
  public long getExpiring() {
    return mine().stream()
        .filter(
            a ->
                a.daysToExpiry() >= 0
                    && a.daysToExpiry() <= EXPIRING_DAYS
                    && a.available().signum() > 0)
        .count();
  }

  public boolean isChannel() {
    return currentCaller.get().isChannelManager();
  }
}
