package org.channelport.erp;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.order.OrderMessage;

/**
 * The JSON of the ERP topics' payloads, read and written with JSON-P: the records' component names
 * as keys, dates as ISO text ({@code 2027-01-15}), amounts as JSON numbers (or numeric text) — the
 * shape JSON-B gives these records. Reading is lenient about missing fields; a payload that is not
 * such an object reads as null (the relay then parks it).
 */
final class ErpJson {
  private ErpJson() {}

  static String write(ErpAdapter.PartnerMessage p) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("partnerId", p.partnerId());
    put(b, "code", p.code());
    put(b, "name", p.name());
    put(b, "country", p.country());
    put(b, "street", p.street());
    put(b, "postcode", p.postcode());
    put(b, "city", p.city());
    put(b, "email", p.email());
    return b.build().toString();
  }

  static ErpAdapter.PartnerMessage partner(String payload) {
    JsonObject o = object(payload);
    if (o == null) {
      return null;
    }
    try {
      return new ErpAdapter.PartnerMessage(
          number(o, "partnerId", 0L),
          text(o, "code"),
          text(o, "name"),
          text(o, "country"),
          text(o, "street"),
          text(o, "postcode"),
          text(o, "city"),
          text(o, "email"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The payload as an order message; null when it cannot be read. */
  static MdfPaymentMessage payment(String payload) {
    JsonObject o = object(payload);
    if (o == null) {
      return null;
    }
    try {
      return new MdfPaymentMessage(
          number(o, "claimId", 0L),
          text(o, "claimNumber"),
          number(o, "partnerId", 0L),
          text(o, "partnerCode"),
          text(o, "partnerName"),
          decimal(o, "amount"),
          text(o, "currency"),
          text(o, "method"),
          text(o, "glCode"),
          text(o, "programName"),
          text(o, "activity"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  static OrderMessage order(String payload) {
    JsonObject o = object(payload);
    if (o == null) {
      return null;
    }
    try {
      List<OrderMessage.Line> lines = new ArrayList<>();
      if (o.get("lines") instanceof JsonArray array) {
        for (JsonValue v : array) {
          JsonObject l = v.asJsonObject();
          lines.add(
              new OrderMessage.Line(
                  (int) number(l, "lineNo", 0L),
                  text(l, "sku"),
                  text(l, "productName"),
                  number(l, "quantity", 0L),
                  decimal(l, "unitPrice"),
                  text(l, "warehouse")));
        }
      }
      OrderMessage.Party customer = null;
      if (o.get("customer") instanceof JsonObject c) {
        customer =
            new OrderMessage.Party(
                number(c, "customerId", 0L),
                text(c, "company"),
                text(c, "email"),
                text(c, "country"));
      }
      OrderMessage.Address shipTo = null;
      if (o.get("shipTo") instanceof JsonObject a) {
        shipTo =
            new OrderMessage.Address(
                text(a, "name"),
                text(a, "street"),
                text(a, "postcode"),
                text(a, "city"),
                text(a, "country"));
      }
      String delivery = text(o, "requestedDelivery");
      return new OrderMessage(
          text(o, "type"),
          number(o, "orderId", 0L),
          text(o, "number"),
          number(o, "partnerId", 0L),
          text(o, "partnerCode"),
          text(o, "partnerName"),
          text(o, "kind"),
          customer,
          text(o, "poNumber"),
          shipTo,
          delivery == null ? null : LocalDate.parse(delivery),
          List.copyOf(lines),
          text(o, "currency"),
          decimal(o, "total"),
          text(o, "note"),
          o.containsKey("changeId") && !o.isNull("changeId") ? number(o, "changeId", 0L) : null,
          text(o, "reason"),
          text(o, "returnOf"),
          text(o, "returnOfErpNumber"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A text field of the payload (e.g. its type), or {@code fallback}. */
  static String field(String payload, String name, String fallback) {
    JsonObject o = object(payload);
    String value = o == null ? null : text(o, name);
    return value == null ? fallback : value;
  }

  private static JsonObject object(String payload) {
    if (payload == null) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o ? o : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  private static long number(JsonObject o, String name, long absent) {
    JsonValue v = o.get(name);
    if (v instanceof JsonNumber n) {
      return n.longValueExact();
    }
    if (v instanceof JsonString s) {
      return Long.parseLong(s.getString().strip());
    }
    return absent;
  }

  private static BigDecimal decimal(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (v instanceof JsonString s) {
      return new BigDecimal(s.getString().strip());
    }
    return null;
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }
}
