package org.channelport.order;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.channelport.shared.Money;

/** A pending change's payload: the order's lines, delivery date and note as they are to be. */
final class OrderChanges {
  private OrderChanges() {}

  record Proposed(List<PricedLine> lines, LocalDate requestedDelivery, String note) {}

  static String json(List<PricedLine> lines, LocalDate requested, String note) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (PricedLine l : lines) {
      JsonObjectBuilder line =
          Json.createObjectBuilder()
              .add("sku", l.sku())
              .add("productName", l.productName())
              .add("quantity", l.quantity())
              .add("unitPrice", l.unitPrice().amount())
              .add("currency", l.unitPrice().currency())
              .add("backordered", l.backordered())
              .add("waitlisted", l.waitlisted());
      if (l.warehouse() == null) {
        line.addNull("warehouse");
      } else {
        line.add("warehouse", l.warehouse());
      }
      array.add(line);
    }
    JsonObjectBuilder o = Json.createObjectBuilder().add("lines", array);
    if (requested == null) {
      o.addNull("requestedDelivery");
    } else {
      o.add("requestedDelivery", requested.toString());
    }
    if (note == null) {
      o.addNull("note");
    } else {
      o.add("note", note);
    }
    return o.build().toString();
  }

  static Proposed read(String payload) {
    JsonObject o;
    try (var reader = Json.createReader(new StringReader(payload))) {
      o = reader.readObject();
    }
    List<PricedLine> lines = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("lines")) {
      JsonObject l = v.asJsonObject();
      lines.add(
          new PricedLine(
              l.getString("sku"),
              l.getString("productName"),
              l.getJsonNumber("quantity").longValue(),
              Money.of(l.getJsonNumber("unitPrice").bigDecimalValue(), l.getString("currency")),
              l.isNull("warehouse") ? null : l.getString("warehouse"),
              l.getJsonNumber("backordered").longValue(),
              l.getBoolean("waitlisted")));
    }
    return new Proposed(
        lines,
        o.isNull("requestedDelivery") ? null : LocalDate.parse(o.getString("requestedDelivery")),
        o.isNull("note") ? null : o.getString("note"));
  }
}
