package org.channelport.erp.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.channelport.erp.IntegrationSettings;
import org.channelport.platform.ApiRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/integration/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration", description = "The ERP connector, for channel admins")
public class IntegrationSettingsResource {
  @Inject IntegrationSettings settings;

  /** The settings as the API shows them. */
  public record SettingsJson(
      String adapter,
      String protocolEndpoint,
      int pacePerSecond,
      long version,
      Instant updatedAt,
      String updatedBy) {
    static SettingsJson of(IntegrationSettings.Settings s) {
      return new SettingsJson(
          s.adapter(),
          s.protocolEndpoint(),
          s.pacePerSecond(),
          s.version(),
          s.updatedAt(),
          s.updatedBy());
    }
  }

  @GET
  @Operation(
      summary = "The ERP connector's settings",
      description =
          "adapter (tryton, protocol, none), protocolEndpoint (the protocol adapter's outbound"
              + " URL), pacePerSecond (at most this many messages a second to the ERP; 0:"
              + " unpaced), version. Every node reads them at each relay round.")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "403", description = "Not a channel admin")
  public SettingsJson get() {
    return SettingsJson.of(settings.forAdmin());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the ERP connector's settings",
      description =
          "Fields left out keep their value; an empty protocolEndpoint returns to the configured"
              + " default. Send the version you read to be told (409) of a change meanwhile.")
  @APIResponse(responseCode = "200", description = "The changed settings")
  @APIResponse(responseCode = "400", description = "Invalid input, naming the field")
  @APIResponse(responseCode = "403", description = "Not a channel admin")
  @APIResponse(responseCode = "409", description = "Stale version")
  public SettingsJson put(IntegrationSettings.SettingsInput input) {
    return SettingsJson.of(settings.update(ApiRequests.body(input)));
  }
}
