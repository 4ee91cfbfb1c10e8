package org.channelport.platform.outbox;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.platform.Clock;

/**
 * Outside the container (the order benchmark): the outbox writing through a plain entity manager.
 */
public final class OutboxWiring {
  private OutboxWiring() {}

  public static Outbox outbox(EntityManager em, Clock clock, DataSource dataSource) {
    Outbox outbox = new Outbox();
    outbox.em = em;
    outbox.clock = clock;
    outbox.dataSource = dataSource;
    return outbox;
  }
}
