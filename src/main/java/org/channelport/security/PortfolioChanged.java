package org.channelport.security;

/**
 * Fired (synchronously, in the same transaction, after the flush) when a partner enters or leaves a
 * channel manager's portfolio, so the audit log records the change with the change itself.
 */
public record PortfolioChanged(
    Long assignmentId, String managerUsername, Long partnerId, boolean assigned) {

  static PortfolioChanged assigned(PortfolioAssignment a) {
    return new PortfolioChanged(a.getId(), a.getManagerUsername(), a.getPartnerId(), true);
  }

  static PortfolioChanged unassigned(PortfolioAssignment a) {
    return new PortfolioChanged(a.getId(), a.getManagerUsername(), a.getPartnerId(), false);
  }
}
