package org.channelport.security;

import jakarta.persistence.EntityManager;

/** Outside the container (the benchmark): access rules for one fixed caller. */
public final class FixedCaller {
  private FixedCaller() {}

  public static AccessRules accessRules(EntityManager em, Caller caller) {
    CurrentCaller current = new CurrentCaller();
    current.authenticatedByToken(caller);
    AccessRules rules = new AccessRules();
    rules.em = em;
    rules.currentCaller = current;
    return rules;
  }
}
