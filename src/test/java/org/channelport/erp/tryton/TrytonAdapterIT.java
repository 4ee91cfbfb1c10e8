package org.channelport.erp.tryton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.devstack.TrytonServer;
import org.channelport.erp.ErpAdapter;
import org.channelport.erp.ErpException;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.junit.jupiter.api.Test;

/**
 * The Tryton adapter against the real Tryton the integration tests start (port 18000, fresh demo
 * database; see IntegrationInfrastructure). No portal: the adapter is called as the relay and the
 * poller would, with a recording {@link OrderErpUpdates}.
 */
class TrytonAdapterIT {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final TrytonAdapter adapter =
      new TrytonAdapter(TrytonWarehouse.portalClientOfTestStack());
  private final TrytonWarehouse warehouse = TrytonWarehouse.ofTestStack();

  @Test
  void placingTheSameOrderTwiceMakesOneSale() throws Exception {
    OrderMessage placed =
        order(
            OrderMessage.PLACED,
            "NW-10001",
            "Northwind Systems",
            line(1, "NET-SW24", 2, "700.00", "main"));

    OrderErpUpdates.OrderResponse first = adapter.deliver(messageId(), placed);
    OrderErpUpdates.OrderResponse retry = adapter.deliver(messageId(), placed);

    assertEquals("accepted", first.outcome(), first.reason());
    assertNotNull(first.erpNumber());
    assertEquals(first.erpNumber(), retry.erpNumber(), "the retry found the same sale");
    assertEquals(1, salesWithReference(placed.number()), "one sale in Tryton");
    OrderErpUpdates.LineAnswer line = first.lines().get(0);
    assertEquals(1, line.lineNo());
    assertEquals("NET-SW24", line.sku());
    assertNotNull(line.promisedDate(), "Tryton's shipping date");
    assertEquals(0, line.backordered());
    List<ErpAdapter.ErpOrderView> views =
        adapter.ordersByReference(List.of(placed.number(), "CP-NONE"));
    assertEquals(
        List.of(new ErpAdapter.ErpOrderView(placed.number(), first.erpNumber(), "released")),
        views);
    Map<String, Object> sale = saleOf(placed.number());
    assertEquals("processing", TrytonRecords.text(sale, "state"));
    assertEquals("main", TrytonRecords.text(sale, "warehouse.code"));
    assertEquals(
        new BigDecimal("1400.00"),
        TrytonRecords.decimal(sale, "untaxed_amount"),
        "the message's prices");
    RecordingErpUpdates polled = new RecordingErpUpdates();
    adapter.poll(null, polled);
    assertTrue(
        polled.statuses.stream()
            .anyMatch(
                s -> s.orderNumber().equals(placed.number()) && s.status().equals("released")),
        "a processing sale is released: " + polled.statuses);
    assertTrue(
        polled.offlineOrders.stream().noneMatch(o -> o.erpNumber().equals(first.erpNumber())),
        "a portal order is no offline order");
  }

  @Test
  void aProductTrytonDoesNotKnowIsCreatedOnceBySku() throws Exception {
    String sku = "IT-NEW-" + UUID.randomUUID().toString().substring(0, 8);
    OrderErpUpdates.OrderResponse first =
        adapter.deliver(
            messageId(),
            order(
                OrderMessage.PLACED,
                "NW-10001",
                "Northwind Systems",
                line(1, sku, 3, "12.50", "east")));
    OrderErpUpdates.OrderResponse second =
        adapter.deliver(
            messageId(),
            order(
                OrderMessage.PLACED,
                "NW-10001",
                "Northwind Systems",
                line(1, sku, 1, "12.50", "east")));

    assertEquals("accepted", first.outcome());
    assertEquals("accepted", second.outcome());
    List<Long> products =
        TrytonRecords.ids(
            warehouse
                .rpc()
                .model("product.product", "search", List.of(List.of("template.code", "=", sku))));
    assertEquals(1, products.size(), "one product for the SKU");
    assertEquals(3, first.lines().get(0).backordered(), "no stock of a new product in east");
  }

  @Test
  void aLineBeyondTheStockIsBackordered() throws Exception {
    OrderErpUpdates.OrderResponse response =
        adapter.deliver(
            messageId(),
            order(
                OrderMessage.PLACED,
                "DS-30003",
                "Danube Solutions",
                line(1, "STO-NAS12", 9, "4290.00", "main"),
                line(2, "SRV-INST", 2, "950.00", "main")));
    assertEquals("accepted", response.outcome(), response.reason());
    // main holds 5 NAS 12 bay (fewer if another test ordered some)
    OrderErpUpdates.LineAnswer nas = response.lines().get(0);
    assertTrue(
        nas.backordered() >= 4 && nas.backordered() <= 9, "backordered " + nas.backordered());
    assertEquals(0, response.lines().get(1).backordered(), "a service waits for no stock");
  }

  @Test
  void balticTechOverItsLimitGoesOnCreditHoldAndCanStillBeChangedAndCancelled() throws Exception {
    OrderMessage placed =
        order(
            OrderMessage.PLACED,
            "BT-20002",
            "Baltic Tech",
            line(1, "STO-NAS4", 2, "640.00", "main"));

    OrderErpUpdates.OrderResponse held = adapter.deliver(messageId(), placed);
    assertEquals("credit_hold", held.outcome());
    assertTrue(held.reason().contains("credit limit"), held.reason());
    assertNotNull(held.erpNumber(), "the quotation's number");
    assertEquals("quotation", TrytonRecords.text(saleOf(placed.number()), "state"));
    OrderErpUpdates.OrderResponse again = adapter.deliver(messageId(), placed);
    assertEquals("credit_hold", again.outcome(), "a retry finds the held sale and is held again");
    assertEquals(1, salesWithReference(placed.number()));

    OrderMessage changed =
        withChange(
            placed,
            77L,
            line(1, "STO-NAS4", 1, "640.00", "main"),
            line(2, "STO-SSD4T", 4, "650.00", "main"));
    OrderErpUpdates.ChangeResponse change = adapter.deliverChange(messageId(), changed);
    assertEquals(
        new OrderErpUpdates.ChangeResponse(placed.number(), 77L, true, null, change.at()), change);
    Map<String, Object> sale = saleOf(placed.number());
    assertEquals("quotation", TrytonRecords.text(sale, "state"));
    assertEquals(
        new BigDecimal("3240.00"),
        TrytonRecords.decimal(sale, "untaxed_amount"),
        "1 x 640 + 4 x 650");

    assertNull(adapter.deliver(messageId(), cancel(placed)));
    assertEquals("cancelled", TrytonRecords.text(saleOf(placed.number()), "state"));
    assertNull(adapter.deliver(messageId(), cancel(placed)), "cancelling twice is fine");
    assertEquals("cancelled", adapter.ordersByReference(List.of(placed.number())).get(0).status());
  }

  @Test
  void aProcessedSaleRefusesChangesAndCancels() throws Exception {
    OrderMessage placed =
        order(
            OrderMessage.PLACED,
            "NW-10001",
            "Northwind Systems",
            line(1, "NET-AP6", 5, "329.00", "main"));
    assertEquals("accepted", adapter.deliver(messageId(), placed).outcome());

    OrderErpUpdates.ChangeResponse change =
        adapter.deliverChange(
            messageId(), withChange(placed, 5L, line(1, "NET-AP6", 6, "329.00", "main")));
    assertFalse(change.applied());
    assertTrue(change.reason().contains("already processed in the ERP"), change.reason());
    assertEquals(
        new BigDecimal("1645.00"),
        TrytonRecords.decimal(saleOf(placed.number()), "untaxed_amount"),
        "unchanged");

    ErpException refused =
        assertThrows(ErpException.class, () -> adapter.deliver(messageId(), cancel(placed)));
    assertEquals(ErpException.Kind.REJECTED, refused.kind());
    assertTrue(refused.getMessage().contains("already processed"), refused.getMessage());
  }

  @Test
  void aNewPartnerBecomesOneParty() throws Exception {
    String code = "IT-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    ErpAdapter.PartnerMessage partner =
        new ErpAdapter.PartnerMessage(
            900,
            code,
            "Carpathia IT",
            "RO",
            "Strada Lunga 1",
            "010011",
            "Bucharest",
            "it@carpathia.example");
    adapter.ensurePartner(messageId(), partner);
    adapter.ensurePartner(messageId(), partner);
    List<Map<String, Object>> parties =
        TrytonRecords.rows(
            warehouse
                .rpc()
                .model(
                    "party.party",
                    "search_read",
                    List.of(List.of("code", "=", code)),
                    0,
                    null,
                    null,
                    List.of("name", "addresses.city")));
    assertEquals(1, parties.size());
    assertEquals("Carpathia IT", TrytonRecords.text(parties.get(0), "name"));

    // an order of a partner Tryton does not know yet creates the party on the way
    String other = code + "-B";
    OrderErpUpdates.OrderResponse response =
        adapter.deliver(
            messageId(),
            order(
                OrderMessage.PLACED,
                other,
                "Carpathia Two",
                line(1, "NET-RTR1", 1, "649.00", "main")));
    assertEquals("accepted", response.outcome(), response.reason());
  }

  @Test
  void pollReportsTheFirstStateThenOnlyWhatChanged() throws Exception {
    RecordingErpUpdates everything = new RecordingErpUpdates();
    String cursor = adapter.poll(null, everything);
    assertNotNull(cursor);

    // the demo data: stock split between the warehouses, Baltic over its limit, the offline sale
    assertTrue(
        everything.stock.stream()
            .anyMatch(
                s ->
                    s.sku().equals("SEC-FW500")
                        && s.warehouse().equals("east")
                        && s.quantity() == 2),
        "SEC-FW500 in east: " + everything.stock);
    assertTrue(
        everything.stock.stream()
            .anyMatch(s -> s.sku().equals("SEC-FW500") && s.warehouse().equals("main")));
    assertTrue(
        everything.stock.stream().noneMatch(s -> s.sku().equals("SRV-INST")),
        "services have no stock");
    OrderErpUpdates.PartnerAccount baltic = account(everything, "BT-20002");
    assertEquals(new BigDecimal("10000.00"), baltic.creditLimit());
    assertTrue(
        baltic.openAmount().compareTo(baltic.creditLimit()) > 0, "open " + baltic.openAmount());
    assertTrue(baltic.onHold());
    assertEquals("EUR", baltic.currency());
    assertFalse(account(everything, "NW-10001").onHold());
    OrderErpUpdates.OfflineOrder offline =
        everything.offlineOrders.stream()
            .filter(
                o ->
                    o.partnerCode().equals("NW-10001")
                        && o.lines().stream()
                            .anyMatch(l -> l.sku().equals("NET-AP6") && l.quantity() == 10))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no offline sale: " + everything.offlineOrders));
    assertEquals("released", offline.status());
    assertEquals("EUR", offline.currency());
    assertTrue(
        everything.invoices.stream()
            .anyMatch(
                i ->
                    i.partnerCode().equals("BT-20002")
                        && i.amount().compareTo(new BigDecimal("12300.00")) == 0),
        "Baltic's open invoice: " + everything.invoices);

    // now the warehouse ships an order, and someone enters an offline sale in Tryton
    OrderMessage placed =
        order(
            OrderMessage.PLACED,
            "NW-10001",
            "Northwind Systems",
            line(1, "SEC-FW100", 3, "1190.00", "main"));
    assertEquals("accepted", adapter.deliver(messageId(), placed).outcome());
    String tracking = "1Z" + System.nanoTime();
    List<String> shipped = warehouse.ship(placed.number(), "ups", tracking);
    assertEquals(1, shipped.size());
    String offlineNumber =
        warehouse.enterOfflineSale("DS-30003", "NET-SW48", 1, new BigDecimal("2400.00"));

    RecordingErpUpdates changes = new RecordingErpUpdates();
    String next = adapter.poll(cursor, changes);
    assertTrue(next.compareTo(cursor) > 0, next + " after " + cursor);

    OrderErpUpdates.ShipmentData shipment =
        changes.shipments.stream()
            .filter(s -> s.orderNumber().equals(placed.number()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no shipment: " + changes.shipments));
    assertEquals(tracking, shipment.trackingNumber());
    assertEquals("ups", shipment.carrier());
    assertEquals("main", shipment.warehouse());
    assertEquals(shipped.get(0), shipment.shipmentRef());
    assertNotNull(shipment.shippedAt());
    assertEquals(List.of(new OrderErpUpdates.ShippedLine("SEC-FW100", 3)), shipment.lines());
    assertTrue(
        changes.statuses.stream().noneMatch(s -> s.orderNumber().equals(placed.number())),
        "no step back to released once shipped: " + changes.statuses);
    long fw100Before = stockOf(everything, "SEC-FW100", "main");
    assertEquals(
        fw100Before - 3, stockOf(changes, "SEC-FW100", "main"), "the shipped goods left main");
    assertTrue(
        changes.stock.stream().noneMatch(s -> s.sku().equals("STO-BKP-1Y")), "only moved products");
    assertTrue(
        changes.offlineOrders.stream()
            .anyMatch(
                o -> o.erpNumber().equals(offlineNumber) && o.partnerCode().equals("DS-30003")),
        "new offline sale: " + changes.offlineOrders);
    assertTrue(
        changes.offlineOrders.stream()
            .noneMatch(
                o ->
                    o.lines().stream()
                        .anyMatch(l -> l.sku().equals("NET-AP6") && l.quantity() == 10)),
        "the demo offline sale did not change");
    assertEquals(
        List.of(placed.number()),
        adapter.ordersByReference(List.of(placed.number())).stream()
            .map(ErpAdapter.ErpOrderView::orderNumber)
            .toList());
    assertEquals("shipped", adapter.ordersByReference(List.of(placed.number())).get(0).status());
  }

  @Test
  void aReturnIsOneReturnSaleWithTheOriginalAsOriginAndComesBackLikeAnOrder() throws Exception {
    OrderMessage placed =
        order(
            OrderMessage.PLACED,
            "NW-10001",
            "Northwind Systems",
            line(1, "NET-SW24", 3, "700.00", "main"),
            line(2, "NET-AP6", 2, "329.00", "main"));
    OrderErpUpdates.OrderResponse accepted = adapter.deliver(messageId(), placed);
    assertEquals("accepted", accepted.outcome(), accepted.reason());
    warehouse.ship(placed.number(), "ups", "1Z" + System.nanoTime());
    RecordingErpUpdates before = new RecordingErpUpdates();
    String cursor = adapter.poll(null, before);

    OrderMessage returned =
        returnOf(placed, accepted.erpNumber(), line(1, "NET-SW24", 1, "700.00", null));
    String id = messageId();
    OrderErpUpdates.OrderResponse answer = adapter.deliver(id, returned);
    OrderErpUpdates.OrderResponse retry = adapter.deliver(id, returned);

    assertEquals("accepted", answer.outcome(), answer.reason());
    assertNotNull(answer.erpNumber());
    assertEquals(answer.erpNumber(), retry.erpNumber(), "the retry found the same return sale");
    assertEquals(0, answer.lines().get(0).backordered(), "returned goods wait for no stock");
    assertEquals(1, answer.lines().get(0).lineNo(), "the original's line number");
    assertEquals(1, salesWithReference(returned.number()), "one return sale in Tryton");
    Map<String, Object> sale =
        TrytonRecords.rows(
                warehouse
                    .rpc()
                    .model(
                        "sale.sale",
                        "search_read",
                        List.of(List.of("reference", "=", returned.number())),
                        0,
                        null,
                        null,
                        List.of(
                            "state",
                            "origin",
                            "party.code",
                            "untaxed_amount",
                            "lines.quantity",
                            "lines.product.code",
                            "shipment_returns")))
            .get(0);
    long original =
        TrytonRecords.ids(
                warehouse
                    .rpc()
                    .model(
                        "sale.sale", "search", List.of(List.of("reference", "=", placed.number()))))
            .get(0);
    assertEquals(
        "sale.sale," + original, TrytonRecords.text(sale, "origin"), "references the original");
    assertEquals("NW-10001", TrytonRecords.text(sale, "party.code"));
    assertEquals("processing", TrytonRecords.text(sale, "state"));
    assertEquals(new BigDecimal("-700.00"), TrytonRecords.decimal(sale, "untaxed_amount"));
    assertEquals(1, TrytonRecords.idList(sale, "shipment_returns").size(), "a return shipment");

    RecordingErpUpdates polled = new RecordingErpUpdates();
    String next = adapter.poll(cursor, polled);
    assertTrue(next.compareTo(cursor) >= 0, next + " after " + cursor);
    assertTrue(
        polled.statuses.stream()
            .anyMatch(
                s -> s.orderNumber().equals(returned.number()) && s.status().equals("released")),
        "the return's state comes back as an order's: " + polled.statuses);
    assertTrue(
        polled.offlineOrders.stream().noneMatch(o -> o.erpNumber().equals(answer.erpNumber())),
        "a return is no offline order");
    assertEquals(
        List.of(new ErpAdapter.ErpOrderView(returned.number(), answer.erpNumber(), "released")),
        adapter.ordersByReference(List.of(returned.number())));
    assertEquals(
        "shipped",
        adapter.ordersByReference(List.of(placed.number())).get(0).status(),
        "the original is as it was");

    OrderMessage unknown =
        returnOf(
            order(
                OrderMessage.PLACED,
                "NW-10001",
                "Northwind Systems",
                line(1, "NET-SW24", 1, "1.00", "main")),
            "SO-NONE",
            line(1, "NET-SW24", 1, "1.00", null));
    ErpException refused =
        assertThrows(ErpException.class, () -> adapter.deliver(messageId(), unknown));
    assertEquals(ErpException.Kind.REJECTED, refused.kind(), "no original in Tryton: parked");
  }

  @Test
  void anUnreachableTrytonIsATransientFailure() {
    assertTrue(adapter.reachable());
    TrytonAdapter nowhere =
        new TrytonAdapter(
            new TrytonRpc(
                "http://127.0.0.1:1/",
                TrytonServer.DATABASE,
                "channelport",
                "x",
                Duration.ofSeconds(2)));
    assertFalse(nowhere.reachable());
    ErpException e =
        assertThrows(
            ErpException.class,
            () ->
                nowhere.deliver(
                    messageId(),
                    order(
                        OrderMessage.PLACED,
                        "NW-10001",
                        "Northwind Systems",
                        line(1, "NET-SW24", 1, "1.00", "main"))));
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
  }

  @Test
  void aWrongPasswordIsTransientNotARejection() {
    TrytonAdapter wrong =
        new TrytonAdapter(
            new TrytonRpc(
                TrytonWarehouse.testUrl(),
                TrytonServer.DATABASE,
                TrytonServer.USER,
                "wrong-pass",
                Duration.ofSeconds(10)));
    ErpException e =
        assertThrows(ErpException.class, () -> wrong.poll(null, new RecordingErpUpdates()));
    assertEquals(
        ErpException.Kind.TRANSIENT,
        e.kind(),
        "the messages wait until the configuration is fixed");
  }

  // ---- helpers ----

  private static OrderErpUpdates.PartnerAccount account(RecordingErpUpdates updates, String code) {
    return updates.accounts.stream()
        .filter(a -> a.partnerCode().equals(code))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no account of " + code + ": " + updates.accounts));
  }

  private static long stockOf(RecordingErpUpdates updates, String sku, String warehouse) {
    return updates.stock.stream()
        .filter(s -> s.sku().equals(sku) && s.warehouse().equals(warehouse))
        .reduce((a, b) -> b)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no stock of " + sku + " in " + warehouse + ": " + updates.stock))
        .quantity();
  }

  private long salesWithReference(String number) throws ErpException {
    return TrytonRecords.ids(
            warehouse
                .rpc()
                .model("sale.sale", "search", List.of(List.of("reference", "=", number))))
        .size();
  }

  private Map<String, Object> saleOf(String number) throws ErpException {
    return TrytonRecords.rows(
            warehouse
                .rpc()
                .model(
                    "sale.sale",
                    "search_read",
                    List.of(List.of("reference", "=", number)),
                    0,
                    null,
                    null,
                    List.of("state", "number", "untaxed_amount", "warehouse.code")))
        .get(0);
  }

  private static String messageId() {
    return UUID.randomUUID().toString();
  }

  private static OrderMessage.Line line(
      int lineNo, String sku, long quantity, String price, String warehouse) {
    return new OrderMessage.Line(
        lineNo, sku, sku + " (test)", quantity, new BigDecimal(price), warehouse);
  }

  private static OrderMessage order(
      String type, String partnerCode, String partnerName, OrderMessage.Line... lines) {
    String number =
        "CP-2026-9"
            + String.format("%05d", SEQUENCE.incrementAndGet())
            + "-"
            + (System.nanoTime() % 100000);
    BigDecimal total = BigDecimal.ZERO;
    for (OrderMessage.Line line : lines) {
      total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
    }
    return new OrderMessage(
        type,
        1,
        number,
        1,
        partnerCode,
        partnerName,
        "replenishment",
        null,
        "PO-IT",
        new OrderMessage.Address(partnerName, "Teststrasse 1", "80331", "Munich", "DE"),
        java.time.LocalDate.now().plusDays(10),
        List.of(lines),
        "EUR",
        total,
        "from the IT",
        null,
        null);
  }

  private static OrderMessage withChange(
      OrderMessage placed, long changeId, OrderMessage.Line... lines) {
    return new OrderMessage(
        OrderMessage.CHANGED,
        placed.orderId(),
        placed.number(),
        placed.partnerId(),
        placed.partnerCode(),
        placed.partnerName(),
        placed.kind(),
        placed.customer(),
        placed.poNumber(),
        placed.shipTo(),
        placed.requestedDelivery(),
        List.of(lines),
        placed.currency(),
        placed.total(),
        placed.note(),
        changeId,
        null);
  }

  private static OrderMessage returnOf(
      OrderMessage placed, String erpNumber, OrderMessage.Line... lines) {
    OrderMessage number = order(OrderMessage.PLACED, placed.partnerCode(), placed.partnerName());
    return new OrderMessage(
        OrderMessage.RETURN_REQUESTED,
        2,
        number.number(),
        placed.partnerId(),
        placed.partnerCode(),
        placed.partnerName(),
        "return",
        null,
        null,
        placed.shipTo(),
        null,
        List.of(lines),
        placed.currency(),
        null,
        null,
        null,
        "link LED stays off",
        placed.number(),
        erpNumber);
  }

  private static OrderMessage cancel(OrderMessage placed) {
    return new OrderMessage(
        OrderMessage.CANCELLED,
        placed.orderId(),
        placed.number(),
        placed.partnerId(),
        placed.partnerCode(),
        placed.partnerName(),
        placed.kind(),
        placed.customer(),
        placed.poNumber(),
        placed.shipTo(),
        placed.requestedDelivery(),
        placed.lines(),
        placed.currency(),
        placed.total(),
        placed.note(),
        null,
        "customer withdrew");
  }
}
