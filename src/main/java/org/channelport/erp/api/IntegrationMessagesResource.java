package org.channelport.erp.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.channelport.erp.IntegrationAdmin;
import org.channelport.platform.outbox.OutboxState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/integration/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration")
public class IntegrationMessagesResource {
  @Inject IntegrationAdmin admin;

  public record MessageJson(
      String messageId,
      String topic,
      String key,
      String status,
      int attempts,
      String lastError,
      String lastAnswer,
      Instant createdAt,
      Instant nextAttemptAt) {
    static MessageJson of(OutboxState.Message m) {
      return new MessageJson(
          m.messageId(),
          m.topic(),
          m.key(),
          m.status().toLowerCase(java.util.Locale.ROOT),
          m.attempts(),
          m.lastError(),
          m.lastAnswer(),
          m.createdAt(),
          m.nextAttemptAt());
    }
  }

  @POST
  @Path("/{messageId}/replay")
  @Operation(
      summary = "Send a parked or failed ERP message again",
      description =
          "Back to pending and due now; its attempts are kept and its retry window starts anew."
              + " The later messages of its order follow it.")
  @APIResponse(responseCode = "200", description = "The message, pending again")
  @APIResponse(responseCode = "403", description = "Not a channel admin")
  @APIResponse(responseCode = "404", description = "No such ERP message")
  @APIResponse(responseCode = "409", description = "Already delivered")
  public MessageJson replay(@PathParam("messageId") String messageId) {
    return MessageJson.of(admin.replay(messageId));
  }
}
