package org.channelport.erp.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.channelport.erp.ErpAdapter;
import org.channelport.erp.ErpAdapter.ErpOrderView;
import org.channelport.erp.ErpException;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.channelport.order.OrderMessages;
import org.channelport.shared.InvalidInputException;

/**
 * The JSON the protocol adapter sends and reads (JSON-P, written field by field so the wire format
 * is what the README documents, whatever the Java records become). Every field is present; an empty
 * one is null. Dates are ISO (2027-01-15), amounts JSON numbers.
 */
final class OutboundJson {
  private OutboundJson() {}

  /** {@code POST <endpoint>/orders}: order.placed, order.changed, order.cancelled. */
  static String order(String messageId, OrderMessage m) {
    // the order capability's own JSON of the message, with the event id first
    JsonObject message;
    try (JsonReader reader = Json.createReader(new StringReader(OrderMessages.json(m)))) {
      message = reader.readObject();
    }
    JsonObjectBuilder o = Json.createObjectBuilder().add("eventId", messageId);
    message.forEach(o::add);
    return o.build().toString();
  }

  /** {@code POST <endpoint>/partners}: make the partner known (create or update by code). */
  /** An MDF payment: {@code type} mdf.payment, the claim, partner, amount, method and GL code. */
  static String payment(String messageId, MdfPaymentMessage p) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("eventId", messageId)
            .add("type", ProtocolAdapter.PAYMENT_TYPE)
            .add("claimId", p.claimId());
    text(o, "claimNumber", p.claimNumber());
    o.add("partnerId", p.partnerId());
    text(o, "partnerCode", p.partnerCode());
    text(o, "partnerName", p.partnerName());
    o.add("amount", p.amount());
    text(o, "currency", p.currency());
    text(o, "method", p.method());
    text(o, "glCode", p.glCode());
    text(o, "programName", p.programName());
    text(o, "activity", p.activity());
    return o.build().toString();
  }

  static String partner(String messageId, ErpAdapter.PartnerMessage p) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("eventId", messageId)
            .add("type", ProtocolAdapter.PARTNER_TYPE);
    o.add("partnerId", p.partnerId());
    text(o, "code", p.code());
    text(o, "name", p.name());
    text(o, "country", p.country());
    text(o, "street", p.street());
    text(o, "postcode", p.postcode());
    text(o, "city", p.city());
    text(o, "email", p.email());
    return o.build().toString();
  }

  /**
   * The order response a 2xx body carries at once (an object with {@code outcome}), else null: the
   * answer comes later through /api/v1/integration/order-responses. {@code eventId}, {@code at} and
   * {@code orderNumber} may be left out (then: the message id, {@code now}, the message's order).
   *
   * @throws InvalidInputException when it has {@code outcome} but is not a valid order response
   */
  static OrderErpUpdates.OrderResponse immediateResponse(
      String messageId, String orderNumber, String body, Instant now) {
    JsonObject json = object(body);
    if (json == null || !json.containsKey("outcome")) {
      return null;
    }
    List<InboundMessages.LineIn> lines = null;
    if (json.get("lines") instanceof JsonArray array) {
      lines = new ArrayList<>();
      for (JsonValue v : array) {
        if (v instanceof JsonObject l) {
          lines.add(
              new InboundMessages.LineIn(
                  l.get("lineNo") instanceof JsonNumber n ? n.intValue() : null,
                  text(l, "sku"),
                  text(l, "status"),
                  date(text(l, "promisedDate")),
                  l.get("backordered") instanceof JsonNumber n ? n.longValue() : null,
                  text(l, "reason")));
        } else {
          lines.add(null);
        }
      }
    }
    String eventId = text(json, "eventId");
    String at = text(json, "at");
    String number = text(json, "orderNumber");
    return new InboundMessages.OrderResponseIn(
            eventId != null ? eventId : messageId,
            at != null ? instant(at) : now,
            number != null ? number : orderNumber,
            text(json, "erpNumber"),
            text(json, "outcome"),
            text(json, "reason"),
            lines)
        .toUpdate();
  }

  /** {@code GET <endpoint>/orders?references=…}: {@code [{orderNumber, erpNumber, status}]}. */
  static List<ErpOrderView> orderViews(String body) throws ErpException {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonArray array = reader.readArray();
      List<ErpOrderView> views = new ArrayList<>();
      for (JsonValue value : array) {
        JsonObject o = value.asJsonObject();
        String number = text(o, "orderNumber");
        if (number == null) {
          throw new IllegalArgumentException("orderNumber missing");
        }
        views.add(new ErpOrderView(number, text(o, "erpNumber"), text(o, "status")));
      }
      return views;
    } catch (RuntimeException e) {
      throw ErpException.rejected(
          "orders by reference: the answer is not a list of {orderNumber, erpNumber, status}",
          Classification.shorten(body));
    }
  }

  private static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue() instanceof JsonObject o ? o : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    return v instanceof JsonNumber n ? n.toString() : null;
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid("promisedDate");
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid("at");
    }
  }

  private static InvalidInputException invalid(String field) {
    return new InvalidInputException(
        List.of(new org.channelport.shared.FieldError(field, "error.json.dateTime")));
  }

  private static void text(JsonObjectBuilder o, String name, String value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }

  private static void number(JsonObjectBuilder o, String name, BigDecimal value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }
}
