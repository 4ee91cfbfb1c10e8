package org.channelport.erp.tryton;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.devstack.TestStack;
import org.channelport.devstack.TrytonServer;
import org.channelport.erp.ErpException;

/**
 * What the brand owner's warehouse does in Tryton, for tests: ships a sale (the tracking number in
 * the shipment's reference, a carrier set so packing asks nothing), enters an offline sale. Works
 * as Tryton's admin, as a warehouse clerk would (the portal's user only sells).
 *
 * <pre>
 *   TrytonWarehouse.ofTestStack().ship("CP-2026-000123", "ups", "1Z999AA10123456784");
 * </pre>
 */
public final class TrytonWarehouse {

  private final TrytonRpc rpc;

  public TrytonWarehouse(TrytonRpc rpc) {
    this.rpc = rpc;
  }

  /** As admin, on the Tryton the integration tests start (or {@code -Dtryton.it.url}). */
  public static TrytonWarehouse ofTestStack() {
    return new TrytonWarehouse(
        new TrytonRpc(
            testUrl(),
            TrytonServer.DATABASE,
            "admin",
            TrytonServer.ADMIN_PASSWORD,
            Duration.ofSeconds(30)));
  }

  /** The portal's own client (user channelport) of the test stack's Tryton. */
  public static TrytonRpc portalClientOfTestStack() {
    return new TrytonRpc(
        testUrl(),
        TrytonServer.DATABASE,
        TrytonServer.USER,
        TrytonServer.PASSWORD,
        Duration.ofSeconds(30));
  }

  static String testUrl() {
    return System.getProperty("tryton.it.url", TestStack.trytonUrl());
  }

  public TrytonRpc rpc() {
    return rpc;
  }

  /** A sale as tests read it: its number, state, origin (e.g. sale.sale,12), amount and lines. */
  public record Sale(
      long id,
      String number,
      String state,
      String origin,
      BigDecimal untaxedAmount,
      List<Line> lines) {}

  /** A sale line: the product's code and the quantity (negative on a return sale). */
  public record Line(String sku, BigDecimal quantity) {}

  /** The sales whose reference is {@code reference} (a portal order's number), by id. */
  public List<Sale> sales(String reference) throws ErpException {
    List<Sale> found = new ArrayList<>();
    for (Map<String, Object> sale :
        TrytonRecords.rows(
            rpc.model(
                "sale.sale",
                "search_read",
                List.of(List.of("reference", "=", reference)),
                0,
                null,
                List.of(List.of("id", "ASC")),
                List.of("number", "state", "origin", "untaxed_amount", "lines")))) {
      List<Line> lines = new ArrayList<>();
      for (Map<String, Object> line :
          TrytonRecords.rows(
              rpc.model(
                  "sale.line",
                  "read",
                  TrytonRecords.idList(sale, "lines"),
                  List.of("product.code", "quantity")))) {
        lines.add(
            new Line(
                TrytonRecords.text(line, "product.code"), TrytonRecords.decimal(line, "quantity")));
      }
      found.add(
          new Sale(
              TrytonRecords.id(sale),
              TrytonRecords.text(sale, "number"),
              TrytonRecords.text(sale, "state"),
              TrytonRecords.text(sale, "origin"),
              TrytonRecords.decimal(sale, "untaxed_amount"),
              lines));
    }
    return found;
  }

  /**
   * Ships every open shipment of the sale whose reference is {@code orderNumber}: carrier and
   * tracking number set, stock assigned (forced when short: the test's goods "arrive"), picked,
   * packed, done.
   *
   * @return the shipments' numbers
   */
  public List<String> ship(String orderNumber, String carrierCode, String trackingNumber)
      throws ErpException {
    List<Map<String, Object>> sales =
        TrytonRecords.rows(
            rpc.model(
                "sale.sale",
                "search_read",
                List.of(List.of("reference", "=", orderNumber)),
                0,
                1,
                null,
                List.of("number", "state", "shipments")));
    if (sales.isEmpty()) {
      throw new IllegalStateException("No Tryton sale has reference " + orderNumber);
    }
    List<Long> shipmentIds = TrytonRecords.idList(sales.get(0), "shipments");
    if (shipmentIds.isEmpty()) {
      throw new IllegalStateException(
          "Sale "
              + TrytonRecords.text(sales.get(0), "number")
              + " ("
              + TrytonRecords.text(sales.get(0), "state")
              + ") has no shipment to ship");
    }
    Long carrier = carrierId(carrierCode);
    List<String> shipped = new ArrayList<>();
    for (Map<String, Object> shipment :
        TrytonRecords.rows(
            rpc.model("stock.shipment.out", "read", shipmentIds, List.of("number", "state")))) {
      String state = TrytonRecords.text(shipment, "state");
      if (state.equals("done") || state.equals("cancelled")) {
        continue;
      }
      List<Long> id = List.of(TrytonRecords.id(shipment));
      Map<String, Object> values = new HashMap<>();
      values.put("reference", trackingNumber);
      values.put("carrier", carrier);
      rpc.model("stock.shipment.out", "write", id, values);
      if (state.equals("draft")) {
        rpc.model("stock.shipment.out", "wait", id);
        state = "waiting";
      }
      if (state.equals("waiting")
          && !Boolean.TRUE.equals(rpc.model("stock.shipment.out", "assign_try", id))) {
        rpc.model("stock.shipment.out", "assign_force", id);
      }
      if (state.equals("waiting") || state.equals("assigned")) {
        rpc.model("stock.shipment.out", "pick", id);
        state = "picked";
      }
      if (state.equals("picked")) {
        rpc.model("stock.shipment.out", "pack", id);
      }
      rpc.model("stock.shipment.out", "done", id);
      shipped.add(TrytonRecords.text(shipment, "number"));
    }
    return shipped;
  }

  /**
   * Enters a sale in Tryton itself (an offline order: no portal reference), quoted and confirmed.
   *
   * @return the sale's number
   */
  public String enterOfflineSale(String partyCode, String sku, long quantity, BigDecimal price)
      throws ErpException {
    Map<String, Object> party =
        TrytonRecords.rows(
                rpc.model(
                    "party.party",
                    "search_read",
                    List.of(List.of("code", "=", partyCode)),
                    0,
                    1,
                    null,
                    List.of("addresses")))
            .get(0);
    Map<String, Object> product =
        TrytonRecords.rows(
                rpc.model(
                    "product.product",
                    "search_read",
                    List.of(List.of("template.code", "=", sku)),
                    0,
                    1,
                    null,
                    List.of("default_uom")))
            .get(0);
    long warehouse =
        TrytonRecords.ids(
                rpc.model(
                    "stock.location",
                    "search",
                    List.of(List.of("code", "=", "main"), List.of("type", "=", "warehouse"))))
            .get(0);
    long address = TrytonRecords.idList(party, "addresses").get(0);
    Map<String, Object> line =
        Map.of(
            "type",
            "line",
            "product",
            TrytonRecords.id(product),
            "unit",
            TrytonRecords.number(product, "default_uom"),
            "quantity",
            (double) quantity,
            "unit_price",
            price,
            "description",
            sku);
    long sale =
        TrytonRecords.ids(
                rpc.model(
                    "sale.sale",
                    "create",
                    List.of(
                        Map.of(
                            "party",
                            TrytonRecords.id(party),
                            "invoice_address",
                            address,
                            "shipment_address",
                            address,
                            "warehouse",
                            warehouse,
                            "description",
                            "Phone order",
                            "lines",
                            List.of(List.of("create", List.of(line)))))))
            .get(0);
    rpc.model("sale.sale", "quote", List.of(sale));
    rpc.model("sale.sale", "confirm", List.of(sale));
    return TrytonRecords.text(
        TrytonRecords.rows(rpc.model("sale.sale", "read", List.of(sale), List.of("number"))).get(0),
        "number");
  }

  private Long carrierId(String code) throws ErpException {
    if (code == null) {
      return null;
    }
    List<Long> ids =
        TrytonRecords.ids(
            rpc.model("carrier", "search", List.of(List.of("party.code", "=", code))));
    if (ids.isEmpty()) {
      throw new IllegalStateException("Tryton has no carrier " + code);
    }
    return ids.get(0);
  }

  /** An invoice as tests read it. */
  public record Invoice(
      long id,
      String number,
      String type,
      String state,
      String partyCode,
      BigDecimal total,
      String accountCode,
      String description) {}

  /** The invoices (not cancelled) whose reference is {@code reference} (an MDF claim's number). */
  public List<Invoice> invoices(String reference) throws ErpException {
    List<Invoice> found = new ArrayList<>();
    for (Map<String, Object> invoice :
        TrytonRecords.rows(
            rpc.model(
                "account.invoice",
                "search_read",
                List.of(List.of("reference", "=", reference), List.of("state", "!=", "cancelled")),
                0,
                null,
                List.of(List.of("id", "ASC")),
                List.of(
                    "number",
                    "type",
                    "state",
                    "party.code",
                    "total_amount",
                    "description",
                    "lines")))) {
      List<Map<String, Object>> lines =
          TrytonRecords.rows(
              rpc.model(
                  "account.invoice.line",
                  "read",
                  TrytonRecords.idList(invoice, "lines"),
                  List.of("account.code")));
      found.add(
          new Invoice(
              TrytonRecords.id(invoice),
              TrytonRecords.text(invoice, "number"),
              TrytonRecords.text(invoice, "type"),
              TrytonRecords.text(invoice, "state"),
              TrytonRecords.text(invoice, "party.code"),
              TrytonRecords.decimal(invoice, "total_amount"),
              lines.isEmpty() ? null : TrytonRecords.text(lines.get(0), "account.code"),
              TrytonRecords.text(invoice, "description")));
    }
    return found;
  }

  /**
   * Tryton's accountant pays a posted invoice in full with the "Bank transfer" payment method (the
   * invoice's Pay wizard): the invoice becomes paid.
   */
  public void pay(long invoiceId, BigDecimal amount) throws ErpException {
    long method =
        TrytonRecords.ids(
                rpc.model(
                    "account.invoice.payment.method",
                    "search",
                    List.of(List.of("name", "=", "Bank transfer"))))
            .get(0);
    JsonObject context =
        Json.createObjectBuilder(rpc.context())
            .add("active_id", invoiceId)
            .add("active_ids", Json.createArrayBuilder().add(invoiceId))
            .add("active_model", "account.invoice")
            .build();
    List<?> session = (List<?>) rpc.call("wizard.account.invoice.pay.create", rpc.context());
    Object id = session.get(0);
    rpc.call("wizard.account.invoice.pay.execute", id, Map.of(), "start", context);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> start = new java.util.LinkedHashMap<>();
    start.put("amount", amount);
    start.put("currency", currencyOf(invoiceId));
    start.put("description", "MDF");
    start.put("payment_method", method);
    start.put("date", today);
    rpc.call("wizard.account.invoice.pay.execute", id, Map.of("start", start), "choice", context);
    rpc.call("wizard.account.invoice.pay.delete", id, context);
  }

  private long currencyOf(long invoiceId) throws ErpException {
    return TrytonRecords.number(
        TrytonRecords.rows(
                rpc.model("account.invoice", "read", List.of(invoiceId), List.of("currency")))
            .get(0),
        "currency");
  }
}
