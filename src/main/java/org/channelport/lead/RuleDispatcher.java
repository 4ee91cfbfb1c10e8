package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;

/** Dispatch by rules: the ladder of strict filters, score and fair pick. */
@ApplicationScoped
public class RuleDispatcher {
  /** Dispatches one lead of the pool by the rules; returns the lead as it is afterwards. */
  public Lead dispatch(Long leadId, Long version) {
    throw new UnsupportedOperationException("rule dispatch is being built");
  }
}
