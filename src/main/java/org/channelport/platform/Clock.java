package org.channelport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The portal's notion of now, in UTC, at the precision the database stores. */
@ApplicationScoped
public class Clock {
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
