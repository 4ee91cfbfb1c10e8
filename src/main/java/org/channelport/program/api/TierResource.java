package org.channelport.program.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.channelport.platform.ApiRequests;
import org.channelport.program.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partners/{id}/tier")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner program", description = "Tier requirements, scorecards, tier changes")
public class TierResource {
  @Inject ProgramService program;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirm a tier change (channel managers of the partner's portfolio)",
      description =
          "Body {tier, reason, version} (version: the partner's, as GET /partners/{id} or the"
              + " candidates list show it). The change is audited with its reason, the partner's"
              + " managers are told by mail, and today's scorecard is computed for the new tier,"
              + " which is the answer.")
  @APIResponse(responseCode = "200", description = "The partner's new scorecard")
  @APIResponse(responseCode = "400", description = "A bad tier, no reason or no version (named)")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "404", description = "No such partner in the caller's scope")
  @APIResponse(responseCode = "409", description = "Stale version, or the partner has that tier")
  public ProgramJson.ScorecardJson change(
      @PathParam("id") long id, ProgramJson.TierChangeBody body) {
    ProgramJson.TierChangeBody b = ApiRequests.body(body);
    return ProgramJson.ScorecardJson.of(program.changeTier(id, b.tier(), b.reason(), b.version()));
  }
}
