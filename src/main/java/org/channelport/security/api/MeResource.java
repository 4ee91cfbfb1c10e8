package org.channelport.security.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;
import org.channelport.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller")
public class MeResource {
  @Inject CurrentCaller currentCaller;

  /** The caller as the access rules see them. */
  public record Me(String username, List<String> roles, Long partnerId) {}

  @GET
  @Operation(
      summary = "Who the token belongs to: username, roles, partner (null for channel managers)")
  public Me me() {
    Caller caller = currentCaller.get();
    return new Me(
        caller.username(),
        caller.roles().stream().map(Role::roleName).sorted().toList(),
        caller.partnerId());
  }
}
