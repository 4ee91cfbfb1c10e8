package org.channelport.support;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the timeline ({@link IssueEvent#KINDS}); internal ones reach the service only. */
public record EventView(
    long id, Instant at, String actor, String kind, String detail, boolean internal)
    implements Serializable {
  static EventView of(IssueEvent e) {
    return new EventView(
        e.getId(), e.getAt(), e.getActor(), e.getKind(), e.getDetail(), e.isInternal());
  }
}
