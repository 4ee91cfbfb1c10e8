package org.channelport.security;

import jakarta.persistence.EntityManager;

/** Outside the container (the benchmark): access rules for one fixed caller. */
public final class FixedCaller {
  private FixedCaller() {}

  public static AccessRules accessRules(EntityManager em, Caller caller) {
    CurrentCaller current = new CurrentCaller();
    current.authenticatedByToken(caller);
    // no audit writer: the benchmark's caller reaches only records in its scope
    return new AccessRules(em, current, null);
  }

  /** The current caller holder for one fixed caller (e.g. the audit writer's actor). */
  public static CurrentCaller currentCaller(Caller caller) {
    CurrentCaller current = new CurrentCaller();
    current.authenticatedByToken(caller);
    return current;
  }
}
