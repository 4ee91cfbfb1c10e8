package org.channelport.analytics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.channelport.analytics.DigestSubscriptions;
import org.channelport.platform.ApiRequests;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/digest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller")
public class DigestResource {
  @Inject DigestSubscriptions subscriptions;

  /** The body of PUT: subscribed (required), locale (en or pl, optional). */
  public record DigestInput(Boolean subscribed, String locale) {}

  public record DigestJson(boolean subscribed, String email, String locale) {
    static DigestJson of(DigestSubscriptions.Status s) {
      return new DigestJson(s.subscribed(), s.email(), s.locale());
    }
  }

  @GET
  @Operation(summary = "The caller's weekly e-mail digest: subscribed or not, to which address")
  public DigestJson get() {
    return DigestJson.of(subscriptions.status());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Subscribe to or unsubscribe from the weekly e-mail digest (the caller only)",
      description =
          "{\"subscribed\": true|false, \"locale\": \"en\"|\"pl\"}. The digest goes to the address"
              + " Keycloak gave at the caller's last sign-in (partner users: else the partner"
              + " directory's) every Monday from 07:00 UTC: the caller's figures of the week before"
              + " and their open work.")
  @APIResponse(responseCode = "200", description = "The subscription as it is now")
  @APIResponse(
      responseCode = "400",
      description = "subscribed missing, a bad locale, or no address known of the caller")
  public DigestJson put(DigestInput input) {
    ApiRequests.body(input);
    if (input.subscribed() == null) {
      throw new InvalidInputException(List.of(new FieldError("subscribed", "error.required")));
    }
    return DigestJson.of(subscriptions.set(input.subscribed(), input.locale()));
  }
}
