package org.channelport.program.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.channelport.program.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/program")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner program", description = "Tier requirements, scorecards, tier changes")
public class ProgramResource {
  @Inject ProgramService program;

  @GET
  @Path("/candidates")
  @Operation(
      summary = "The portfolio's candidates for a tier change (channel managers)",
      description =
          "The caller's partners whose scorecard of today qualifies them for promotion (every"
              + " next-tier requirement met) or finds them due for demotion (a current-tier"
              + " requirement not met), by name.")
  @APIResponse(responseCode = "200", description = "The candidates")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  public List<ProgramJson.CandidateJson> candidates() {
    return program.candidates().stream().map(ProgramJson.CandidateJson::of).toList();
  }

  @GET
  @Path("/benefits")
  @Operation(
      summary = "What each tier gives",
      description =
          "Per tier: the price lists' discount, the MDF percentage, the weight in rule dispatch"
              + " and the hours a partner has to accept a dispatched lead.")
  @APIResponse(responseCode = "200", description = "Lowest tier first")
  public List<ProgramJson.BenefitsJson> benefits() {
    return program.benefits().values().stream().map(ProgramJson.BenefitsJson::of).toList();
  }
}
