package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Dispatch by rules: the ladder of strict filters, score and fair pick. */
@ApplicationScoped
public class RuleDispatcher {
  /** What a run did: how many leads it looked at, dispatched, left tagged, and to whom. */
  public record DispatchRun(
      int considered, int dispatched, int noPartner, int skipped, Map<Long, Integer> perPartner) {}

  /** Dispatches one lead of the pool by the rules; returns the lead as it is afterwards. */
  public Lead dispatch(Long leadId, Long version) {
    throw new UnsupportedOperationException("rule dispatch is being built");
  }

  /** Dispatches the given leads of the pool by the rules (leads no longer in the pool: skipped). */
  public DispatchRun dispatchSelection(List<Long> leadIds) {
    throw new UnsupportedOperationException("rule dispatch is being built");
  }

  /** The ids of all new leads of the pool the caller may dispatch, oldest first. */
  public List<Long> newLeadIds() {
    throw new UnsupportedOperationException("rule dispatch is being built");
  }
}
