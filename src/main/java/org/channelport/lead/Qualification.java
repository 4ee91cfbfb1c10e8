package org.channelport.lead;

import org.channelport.shared.Checks;

/** BANT: budget, authority, need, timeline — what the partner learnt when qualifying a lead. */
public record Qualification(String budget, String authority, String need, String timeline) {
  public Qualification {
    budget = Checks.clean(budget);
    authority = Checks.clean(authority);
    need = Checks.clean(need);
    timeline = Checks.clean(timeline);
  }

  /** Every part is required to call a lead qualified. */
  public Qualification validated() {
    new Checks()
        .text("budget", budget, true, 200)
        .text("authority", authority, true, 200)
        .multiLineText("need", need, true, 500)
        .text("timeline", timeline, true, 200)
        .throwIfAny();
    return this;
  }
}
