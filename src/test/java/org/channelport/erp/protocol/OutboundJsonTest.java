package org.channelport.erp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.erp.ErpAdapter.ErpOrderView;
import org.channelport.erp.ErpException;
import org.channelport.order.OrderErpUpdates;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class OutboundJsonTest {
  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aPlacedOrderIsTheOrderMessageWithItsEventIdFirst() {
    String json = OutboundJson.order("m-1", Samples.placed("CP-2026-000123"));
    assertTrue(json.startsWith("{\"eventId\":\"m-1\",\"type\":\"order.placed\""), json);
    JsonObject o = parse(json);
    assertEquals("CP-2026-000123", o.getString("number"));
    assertEquals("NW-10001", o.getString("partnerCode"));
    assertEquals("2027-01-15", o.getString("requestedDelivery"));
    assertEquals(12, o.getJsonObject("customer").getInt("customerId"));
    assertEquals("80331", o.getJsonObject("shipTo").getString("postcode"));
    assertEquals(2, o.getJsonArray("lines").size());
    JsonObject line = o.getJsonArray("lines").getJsonObject(0);
    assertEquals(1, line.getInt("lineNo"));
    assertEquals(5, line.getInt("quantity"));
    assertEquals(new BigDecimal("700.00"), line.getJsonNumber("unitPrice").bigDecimalValue());
    assertTrue(o.getJsonArray("lines").getJsonObject(1).isNull("warehouse"));
    assertEquals(new BigDecimal("4499.50"), o.getJsonNumber("total").bigDecimalValue());
    assertTrue(o.isNull("changeId"), "every field is there, empty ones null");
    assertTrue(o.isNull("reason"));
  }

  @Test
  void aChangeCarriesItsPendingChangeId() {
    JsonObject o = parse(OutboundJson.order("m-2", Samples.changed("CP-2026-000123", 44)));
    assertEquals("order.changed", o.getString("type"));
    assertEquals(44, o.getInt("changeId"));
    assertEquals(1, o.getJsonArray("lines").size(), "the whole order as it is after the change");
  }

  @Test
  void aPartnerIsSentWithItsCodeAndTheUpsertType() {
    JsonObject o = parse(OutboundJson.partner("m-3", Samples.partner()));
    assertEquals("m-3", o.getString("eventId"));
    assertEquals("partner.upsert", o.getString("type"));
    assertEquals("NW-10001", o.getString("code"));
    assertEquals("80802", o.getString("postcode"));
  }

  @Test
  void anEmptyOrPlainAnswerMeansTheResponseComesLater() {
    assertNull(OutboundJson.immediateResponse("m-1", "CP-1", "", NOW));
    assertNull(OutboundJson.immediateResponse("m-1", "CP-1", "{}", NOW));
    assertNull(OutboundJson.immediateResponse("m-1", "CP-1", "{\"received\":true}", NOW));
    assertNull(OutboundJson.immediateResponse("m-1", "CP-1", "OK", NOW));
  }

  @Test
  void anAnswerWithAnOutcomeIsTheOrderResponseAtOnce() {
    OrderErpUpdates.OrderResponse r =
        OutboundJson.immediateResponse(
            "m-1",
            "CP-1",
            "{\"erpNumber\":\"SO-9\",\"outcome\":\"accepted\",\"lines\":[{\"lineNo\":1,"
                + "\"status\":\"changed\",\"promisedDate\":\"2027-02-01\",\"backordered\":2}]}",
            NOW);
    assertEquals("CP-1", r.orderNumber());
    assertEquals("SO-9", r.erpNumber());
    assertEquals("accepted", r.outcome());
    assertEquals(NOW, r.at());
    assertEquals(
        List.of(new OrderErpUpdates.LineAnswer(1, null, LocalDate.of(2027, 2, 1), 2, null)),
        r.lines());
  }

  @Test
  void anOutcomeThatIsNotOneOfTheThreeIsNamed() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                OutboundJson.immediateResponse(
                    "m-1", "CP-1", "{\"erpNumber\":\"SO-9\",\"outcome\":\"maybe\"}", NOW));
    assertEquals("outcome", e.field());
  }

  @Test
  void ordersByReferenceReadsTheMiddlewaresList() throws ErpException {
    assertEquals(
        List.of(
            new ErpOrderView("CP-1", "SO-1", "confirmed"), new ErpOrderView("CP-2", null, null)),
        OutboundJson.orderViews(
            "[{\"orderNumber\":\"CP-1\",\"erpNumber\":\"SO-1\",\"status\":\"confirmed\"},"
                + "{\"orderNumber\":\"CP-2\"}]"));
    ErpException e =
        assertThrows(ErpException.class, () -> OutboundJson.orderViews("{\"orders\":[]}"));
    assertEquals(ErpException.Kind.REJECTED, e.kind());
  }
}
