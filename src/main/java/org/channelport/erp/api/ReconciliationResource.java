package org.channelport.erp.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.channelport.erp.ConnectorState;
import org.channelport.erp.Reconciler;
import org.channelport.erp.ReconciliationDiff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/integration/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration")
public class ReconciliationResource {
  @Inject Reconciler reconciler;

  public record RunJson(
      Instant runAt,
      String adapter,
      Instant since,
      int checked,
      String error,
      List<ReconciliationDiff.Difference> differences) {}

  @GET
  @Operation(
      summary = "The last reconciliation with the ERP",
      description =
          "The portal's recent orders compared with the ERP's view: differences of kind"
              + " missing_in_erp, missing_in_portal, status_mismatch (orderNumber, portalStatus,"
              + " erpStatus, erpNumber). Orders still waiting in the outbox are no difference."
              + " null fields before the first run.")
  @APIResponse(responseCode = "200", description = "The last run")
  @APIResponse(responseCode = "403", description = "Not a channel admin")
  public RunJson latest() {
    ConnectorState.Run run = reconciler.latest();
    if (run == null) {
      return new RunJson(null, null, null, 0, null, List.of());
    }
    return new RunJson(
        run.runAt(), run.adapter(), run.since(), run.checked(), run.error(), run.differences());
  }
}
