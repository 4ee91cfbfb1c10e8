package org.channelport.order;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OrderMessage} as the JSON text of the outbox (and back): field names as the record's
 * components, nulls written as null, dates ISO, amounts as JSON numbers.
 */
public final class OrderMessages {
  private OrderMessages() {}

  public static String json(OrderMessage m) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    text(o, "type", m.type());
    o.add("orderId", m.orderId());
    text(o, "number", m.number());
    o.add("partnerId", m.partnerId());
    text(o, "partnerCode", m.partnerCode());
    text(o, "partnerName", m.partnerName());
    text(o, "kind", m.kind());
    if (m.customer() == null) {
      o.addNull("customer");
    } else {
      JsonObjectBuilder c = Json.createObjectBuilder().add("customerId", m.customer().customerId());
      text(c, "company", m.customer().company());
      text(c, "email", m.customer().email());
      text(c, "country", m.customer().country());
      o.add("customer", c);
    }
    text(o, "poNumber", m.poNumber());
    if (m.shipTo() == null) {
      o.addNull("shipTo");
    } else {
      JsonObjectBuilder a = Json.createObjectBuilder();
      text(a, "name", m.shipTo().name());
      text(a, "street", m.shipTo().street());
      text(a, "postcode", m.shipTo().postcode());
      text(a, "city", m.shipTo().city());
      text(a, "country", m.shipTo().country());
      o.add("shipTo", a);
    }
    text(
        o,
        "requestedDelivery",
        m.requestedDelivery() == null ? null : m.requestedDelivery().toString());
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (OrderMessage.Line l : m.lines()) {
      JsonObjectBuilder line = Json.createObjectBuilder().add("lineNo", l.lineNo());
      text(line, "sku", l.sku());
      text(line, "productName", l.productName());
      line.add("quantity", l.quantity());
      number(line, "unitPrice", l.unitPrice());
      text(line, "warehouse", l.warehouse());
      lines.add(line);
    }
    o.add("lines", lines);
    text(o, "currency", m.currency());
    number(o, "total", m.total());
    text(o, "note", m.note());
    if (m.changeId() == null) {
      o.addNull("changeId");
    } else {
      o.add("changeId", m.changeId());
    }
    text(o, "reason", m.reason());
    text(o, "returnOf", m.returnOf());
    text(o, "returnOfErpNumber", m.returnOfErpNumber());
    return o.build().toString();
  }

  /** Reads a message written by {@link #json} (the ERP adapters' side). */
  public static OrderMessage read(String text) {
    JsonObject o;
    try (var reader = Json.createReader(new StringReader(text))) {
      o = reader.readObject();
    }
    OrderMessage.Party customer = null;
    if (o.get("customer") instanceof JsonObject c) {
      customer =
          new OrderMessage.Party(
              c.getJsonNumber("customerId").longValue(),
              str(c, "company"),
              str(c, "email"),
              str(c, "country"));
    }
    OrderMessage.Address shipTo = null;
    if (o.get("shipTo") instanceof JsonObject a) {
      shipTo =
          new OrderMessage.Address(
              str(a, "name"),
              str(a, "street"),
              str(a, "postcode"),
              str(a, "city"),
              str(a, "country"));
    }
    List<OrderMessage.Line> lines = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("lines")) {
      JsonObject l = v.asJsonObject();
      lines.add(
          new OrderMessage.Line(
              l.getInt("lineNo"),
              str(l, "sku"),
              str(l, "productName"),
              l.getJsonNumber("quantity").longValue(),
              dec(l, "unitPrice"),
              str(l, "warehouse")));
    }
    String requested = str(o, "requestedDelivery");
    return new OrderMessage(
        str(o, "type"),
        o.getJsonNumber("orderId").longValue(),
        str(o, "number"),
        o.getJsonNumber("partnerId").longValue(),
        str(o, "partnerCode"),
        str(o, "partnerName"),
        str(o, "kind"),
        customer,
        str(o, "poNumber"),
        shipTo,
        requested == null ? null : LocalDate.parse(requested),
        lines,
        str(o, "currency"),
        dec(o, "total"),
        str(o, "note"),
        o.isNull("changeId") ? null : o.getJsonNumber("changeId").longValue(),
        str(o, "reason"),
        str(o, "returnOf"),
        str(o, "returnOfErpNumber"));
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

  private static String str(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name) ? null : o.getString(name);
  }

  private static BigDecimal dec(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name) ? null : o.getJsonNumber(name).bigDecimalValue();
  }
}
