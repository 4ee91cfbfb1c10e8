package org.channelport.mdf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.channelport.mdf.EntryView;
import org.channelport.mdf.MdfLedger;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mdf/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MDF")
public class MdfLedgerResource {
  static final ListParams PARAMS =
      ListParams.paged(MdfLedger.SORT_FIELDS, "entryNo", false)
          .text("account", 40)
          .id("programId")
          .id("partnerId")
          .id("requestId")
          .id("claimId")
          .text("reason", 40)
          .build();

  @Inject MdfLedger ledger;

  @GET
  @Operation(
      summary = "The journal's entries in the caller's scope, newest first (paged)",
      description =
          "Query account (an account id or a kind: budget, allocation, reserved, payable, paid,"
              + " forfeited, funding), programId, partnerId, requestId, claimId, reason, offset,"
              + " limit; X-Total-Count holds the number of all matching entries.")
  public Response list(@Context UriInfo uri) {
    Page<EntryView> page = ledger.entries(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(MdfJson.EntryJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @POST
  @Path("/{entryId}/reverse")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Correct an entry by a reversing entry (channel managers), saying why",
      description = "Body {reason}; an entry is reversed at most once, a reversal never.")
  @APIResponse(responseCode = "201", description = "The reversing entry")
  @APIResponse(responseCode = "409", description = "Reversed already, or the money is gone")
  public Response reverse(@PathParam("entryId") long entryId, MdfJson.ReasonBody body) {
    MdfJson.ReasonBody b = ApiRequests.body(body);
    return Response.status(201)
        .entity(MdfJson.EntryJson.of(ledger.reverse(entryId, b.reason())))
        .build();
  }
}
