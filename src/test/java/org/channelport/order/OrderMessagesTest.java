package org.channelport.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes to the ERP through the outbox reads back as it was written. */
class OrderMessagesTest {
  @Test
  void aPlacedOrderRoundTripsThroughItsJson() {
    OrderMessage m =
        new OrderMessage(
            OrderMessage.PLACED,
            1001,
            "CP-2026-001001",
            1,
            "NW-10001",
            "Northwind Systems",
            "on_behalf",
            new OrderMessage.Party(12, "Contoso", "buyer@contoso.example", "DE"),
            "PO-77",
            new OrderMessage.Address("Contoso", "Main 1", "80331", "Munich", "DE"),
            LocalDate.of(2027, 1, 15),
            List.of(
                new OrderMessage.Line(1, "NET-SW24", "Switch", 5, new BigDecimal("809.10"), "main"),
                new OrderMessage.Line(2, "NET-AP6", "AP \"6\"", 1, new BigDecimal("296.10"), null)),
            "EUR",
            new BigDecimal("4341.60"),
            "ring first",
            null,
            null);
    String json = OrderMessages.json(m);
    assertEquals(m, OrderMessages.read(json));
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    assertTrue(o.isNull("changeId"), "every field is there, empty ones as null");
    assertEquals(
        "809.10", o.getJsonArray("lines").getJsonObject(0).getJsonNumber("unitPrice").toString());
  }

  @Test
  void aReturnNamesTheOriginalByItsNumberAndItsErpNumber() {
    OrderMessage m =
        new OrderMessage(
            OrderMessage.RETURN_REQUESTED,
            1002,
            "CP-2026-001002",
            1,
            "NW-10001",
            "Northwind Systems",
            "return",
            null,
            null,
            null,
            null,
            List.of(
                new OrderMessage.Line(2, "NET-SW24", "Switch", 1, new BigDecimal("809.10"), null)),
            "EUR",
            new BigDecimal("809.10"),
            null,
            null,
            "link LED off",
            "CP-2026-000101",
            "SO-5101");
    assertTrue(m.isReturn());
    String json = OrderMessages.json(m);
    assertEquals(m, OrderMessages.read(json));
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    assertEquals("CP-2026-000101", o.getString("returnOf"));
    assertEquals("SO-5101", o.getString("returnOfErpNumber"));
    OrderMessage older =
        OrderMessages.read(
            json.replace(",\"returnOf\":\"CP-2026-000101\"", "")
                .replace(",\"returnOfErpNumber\":\"SO-5101\"", ""));
    assertEquals(null, older.returnOf(), "a message written before returns reads as no return");
    assertTrue(!older.isReturn());
  }

  @Test
  void aPendingChangeKeepsItsLinesDateAndNote() {
    List<PricedLine> lines = List.of(OrderTestData.line("NET-SW24", 3, "809.10"));
    String json = OrderChanges.json(lines, LocalDate.of(2027, 2, 1), null);
    OrderChanges.Proposed p = OrderChanges.read(json);
    assertEquals(lines, p.lines());
    assertEquals(LocalDate.of(2027, 2, 1), p.requestedDelivery());
    assertEquals(null, p.note());
  }
}
