package org.channelport.erp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import org.channelport.order.OrderMessage;

/** The JSON of the ERP topics' outbox payloads (JSON-B, ISO dates, decimals as numbers). */
final class ErpJson {
  private static final Jsonb JSONB = JsonbBuilder.create();

  private ErpJson() {}

  static String write(Object value) {
    return JSONB.toJson(value);
  }

  /** The payload as an order message; null when it cannot be read (the message is parked). */
  static OrderMessage order(String payload) {
    return read(payload, OrderMessage.class);
  }

  static ErpAdapter.PartnerMessage partner(String payload) {
    return read(payload, ErpAdapter.PartnerMessage.class);
  }

  private static <T> T read(String payload, Class<T> type) {
    try {
      return JSONB.fromJson(payload, type);
    } catch (JsonbException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A text field of the payload (e.g. its type), or {@code fallback}. */
  static String field(String payload, String name, String fallback) {
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject o && o.get(name) instanceof jakarta.json.JsonString s) {
        return s.getString();
      }
    } catch (RuntimeException e) {
      // not JSON: the fallback
    }
    return fallback;
  }
}
