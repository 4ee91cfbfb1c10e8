package org.channelport.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.mail.internet.AddressException;
import java.io.StringReader;
import java.util.List;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.outbox.OutboxHandler;
import org.channelport.platform.outbox.OutboxMessage;
import org.channelport.platform.outbox.RejectedMessage;

/**
 * Sends the weekly digests of outbox topic {@value Digests#TOPIC}: an unreachable mail server is
 * tried again (the outbox's retries), a payload that is not a mail or a bad address is parked.
 */
@ApplicationScoped
public class DigestMailHandler implements OutboxHandler {
  @Inject Mailer mailer;

  @Override
  public String topic() {
    return Digests.TOPIC;
  }

  @Override
  public void deliver(OutboxMessage message) throws Exception {
    JsonObject mail;
    try (JsonReader reader = Json.createReader(new StringReader(message.payload()))) {
      mail = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new RejectedMessage("the payload is not a mail", null, e);
    }
    try {
      List<String> to =
          mail.getJsonArray("to").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      mailer.send(to, mail.getString("subject"), mail.getString("body"));
    } catch (NullPointerException | ClassCastException e) {
      throw new RejectedMessage("the payload is not a mail", null, e);
    } catch (Mailer.MailException e) {
      if (e.getCause() instanceof AddressException) {
        throw new RejectedMessage(e.getMessage(), null, e);
      }
      throw e;
    }
  }
}
