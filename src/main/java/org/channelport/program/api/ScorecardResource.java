package org.channelport.program.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.channelport.program.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partners/{id}/scorecard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner program", description = "Tier requirements, scorecards, tier changes")
public class ScorecardResource {
  @Inject ProgramService program;

  @GET
  @Operation(
      summary = "A partner's scorecard of today",
      description =
          "The requirements of the next tier (the current tier's at platinum), each with the"
              + " 12-month actual figure, the threshold, met, and percent (actual / threshold x"
              + " 100, at most 100, one decimal); forecastDate is the first day every requirement"
              + " is met at the current 12-month rate (today when all are met; null when one that"
              + " is not met cannot grow by rate: certified employees, service SLA, or a metric"
              + " with nothing in 12 months). Also missing, qualifiesForPromotion, dueForDemotion"
              + " (a current-tier requirement not met), percentComplete and currentRequirements."
              + " Partner users: their own partner; channel managers: their portfolio's.")
  @APIResponse(responseCode = "200", description = "The scorecard")
  @APIResponse(responseCode = "404", description = "No such partner in the caller's scope")
  public ProgramJson.ScorecardJson get(@PathParam("id") long id) {
    return ProgramJson.ScorecardJson.of(program.scorecard(id));
  }
}
