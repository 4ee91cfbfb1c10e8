package org.channelport.erp.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.channelport.erp.IntegrationAdmin;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/integration/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration")
public class IntegrationClockResource {
  @Inject IntegrationAdmin admin;
  @Inject Clock clock;

  public record AdvanceInput(Long advanceSeconds) {}

  public record ClockJson(long offsetSeconds, Instant now) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move the portal's clock (tests only)",
      description =
          "Only when the portal runs with channelport.clock.adjustable=true (else 404): moves the"
              + " clock of every node by advanceSeconds (negative: back, never behind the system"
              + " clock). Due dates (outbox retries, lead deadlines, alert thresholds) follow it.")
  @APIResponse(responseCode = "200", description = "The new offset and time")
  @APIResponse(responseCode = "403", description = "Not a channel admin")
  @APIResponse(responseCode = "404", description = "The clock is not adjustable")
  public ClockJson advance(AdvanceInput input) {
    Duration offset = admin.advanceClock(ApiRequests.body(input).advanceSeconds());
    return new ClockJson(offset.toSeconds(), clock.now());
  }
}
