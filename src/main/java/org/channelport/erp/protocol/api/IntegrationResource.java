package org.channelport.erp.protocol.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.channelport.erp.protocol.Inbound;
import org.channelport.erp.protocol.InboundLog;
import org.channelport.erp.protocol.InboundMessages;
import org.channelport.erp.protocol.InboundMessages.ChangeResponseIn;
import org.channelport.erp.protocol.InboundMessages.ContractPriceIn;
import org.channelport.erp.protocol.InboundMessages.ContractPricesIn;
import org.channelport.erp.protocol.InboundMessages.Envelope;
import org.channelport.erp.protocol.InboundMessages.InvoiceIn;
import org.channelport.erp.protocol.InboundMessages.OfflineOrderIn;
import org.channelport.erp.protocol.InboundMessages.OrderResponseIn;
import org.channelport.erp.protocol.InboundMessages.PartnerAccountIn;
import org.channelport.erp.protocol.InboundMessages.ShipmentIn;
import org.channelport.erp.protocol.InboundMessages.StatusIn;
import org.channelport.erp.protocol.InboundMessages.StockIn;
import org.channelport.erp.protocol.Receipt;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.order.OrderErpUpdates;
import org.channelport.platform.ApiRequests;
import org.channelport.shared.Checks;
import org.channelport.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The inbound side of the Channelport ERP protocol: what the ERP (or its middleware) tells the
 * portal, with the service-account token of client channelport-erp (role erp-integration; anyone
 * else 403, see {@link ErpOnlyFilter}). Every body carries {@code eventId} and {@code at}; the
 * answer is 200 with {@code {"status": "applied" | "stale" | "unknown_order" | "unknown_partner" |
 * "not_applied" | "duplicate"}}, 400 naming the field for bad input (nothing applied, and the
 * eventId stays unused).
 */
@Path("/integration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ERP protocol (inbound)", description = "Calls of the ERP's service account")
public class IntegrationResource {
  /** Request attribute: the call was written to the inbound log already. */
  static final String LOGGED = IntegrationResource.class.getName() + ".logged";

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  @Inject Inbound inbound;
  @Inject InboundLog log;
  @Context HttpServletRequest request;

  @POST
  @Path("/order-responses")
  @Operation(
      summary = "The ERP's answer to a placed order: accepted, rejected or credit_hold, per line",
      description =
          "{eventId, at, orderNumber, erpNumber, outcome, reason, lines: [{lineNo, sku, status"
              + " (accepted|changed|rejected), promisedDate, backordered, reason}]}")
  @APIResponse(responseCode = "200", description = "applied, stale, unknown_order or duplicate")
  @APIResponse(responseCode = "400", description = "A field is missing or wrong (named)")
  public Map<String, Object> orderResponse(OrderResponseIn body) {
    return handle(
        "order-response",
        body,
        OrderResponseIn::orderNumber,
        true,
        b -> {
          OrderErpUpdates.OrderResponse update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().orderResponse(update), false);
        });
  }

  @POST
  @Path("/change-responses")
  @Operation(
      summary = "The ERP applied or refused a pending change of an order",
      description = "{eventId, at, orderNumber, changeId, applied, reason}")
  public Map<String, Object> changeResponse(ChangeResponseIn body) {
    return handle(
        "change-response",
        body,
        ChangeResponseIn::orderNumber,
        true,
        b -> {
          OrderErpUpdates.ChangeResponse update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().changeResponse(update), false);
        });
  }

  @POST
  @Path("/order-status")
  @Operation(
      summary = "An order was released, delivered or cancelled in the ERP",
      description = "{eventId, at, orderNumber, status, reason}")
  public Map<String, Object> orderStatus(StatusIn body) {
    return handle(
        "order-status",
        body,
        StatusIn::orderNumber,
        true,
        b -> {
          OrderErpUpdates.StatusChange update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().statusChanged(update), false);
        });
  }

  @POST
  @Path("/shipments")
  @Operation(
      summary = "A shipment of an order, new or updated (by shipmentRef)",
      description =
          "{eventId, at, orderNumber, shipmentRef, warehouse, carrier, method, trackingNumber,"
              + " shippedAt, estimatedDelivery, lines: [{sku, quantity}]}")
  public Map<String, Object> shipment(ShipmentIn body) {
    return handle(
        "shipment",
        body,
        ShipmentIn::orderNumber,
        true,
        b -> {
          OrderErpUpdates.ShipmentData update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().shipment(update), false);
        });
  }

  @POST
  @Path("/offline-orders")
  @Operation(
      summary = "An order the partner placed outside the portal (shown read-only)",
      description =
          "{eventId, at, erpNumber, partnerCode, orderDate, status, currency, lines: [{sku, name,"
              + " quantity, unitPrice}]}")
  public Map<String, Object> offlineOrder(OfflineOrderIn body) {
    return handle(
        "offline-order",
        body,
        OfflineOrderIn::erpNumber,
        true,
        b -> {
          OrderErpUpdates.OfflineOrder update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().offlineOrder(update), true);
        });
  }

  @POST
  @Path("/stock")
  @Operation(
      summary = "Stock per product and warehouse, many rows at once",
      description = "{eventId, at, levels: [{sku, warehouse, quantity, asOf}]}")
  public Map<String, Object> stock(StockIn body) {
    return handle(
        "stock",
        body,
        b -> "stock",
        true,
        b -> {
          List<OrderErpUpdates.StockData> levels = b.toUpdate();
          return () -> {
            int applied = inbound.orders().stock(levels);
            return Receipt.rows(applied, levels.size() - applied, List.of());
          };
        });
  }

  @POST
  @Path("/contract-prices")
  @Operation(
      summary = "A partner's contract prices as the ERP holds them",
      description =
          "{eventId, at, partnerCode, prices: [{sku, price, currency, validFrom, validTo}]}; a"
              + " price replaces the partner's contract prices of that SKU that it overlaps")
  public Map<String, Object> contractPrices(ContractPricesIn body) {
    return handle(
        "contract-prices",
        body,
        ContractPricesIn::partnerCode,
        false,
        b -> {
          List<ContractPriceIn> prices = b.checked();
          String partner = b.checkedPartnerCode();
          return () -> inbound.contractPrices(partner, b.at(), prices);
        });
  }

  @POST
  @Path("/partner-accounts")
  @Operation(
      summary = "A partner's account in the ERP: credit limit, open amount, on hold",
      description = "{eventId, at, partnerCode, creditLimit, openAmount, currency, onHold}")
  public Map<String, Object> partnerAccount(PartnerAccountIn body) {
    return handle(
        "partner-account",
        body,
        PartnerAccountIn::partnerCode,
        true,
        b -> {
          OrderErpUpdates.PartnerAccount update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().partnerAccount(update), true);
        });
  }

  @POST
  @Path("/invoices")
  @Operation(
      summary = "An invoice or credit note",
      description =
          "{eventId, at, invoiceNumber, kind (invoice|credit_note), orderNumber, partnerCode, date,"
              + " amount, currency}")
  public Map<String, Object> invoice(InvoiceIn body) {
    return handle(
        "invoice",
        body,
        InvoiceIn::invoiceNumber,
        true,
        b -> {
          OrderErpUpdates.InvoiceData update = b.toUpdate();
          return () -> Receipt.of(inbound.orders().invoice(update), true);
        });
  }

  @POST
  @Path("/mdf-payments")
  @Operation(
      summary = "What the ERP did with an MDF claim's payment",
      description =
          "{eventId, at, claimNumber, status (booked|paid), erpReference}: booked keeps the claim"
              + " payable with the ERP's document; paid makes it paid (the money moves payable →"
              + " paid in the fund ledger). Answers unknown_claim for a claim the portal does not"
              + " have, stale for one already further.")
  public Map<String, Object> mdfPayment(InboundMessages.MdfPaymentIn body) {
    return handle(
        "mdf-payment",
        body,
        InboundMessages.MdfPaymentIn::claimNumber,
        false,
        b -> {
          InboundMessages.MdfPaymentIn.Checked update = b.checked();
          if (!inbound.paymentsAvailable()) {
            throw new ServiceUnavailableException(
                "The MDF capability is not deployed: nothing can take this message yet.");
          }
          return () -> {
            MdfErpUpdates mdf = inbound.payments();
            MdfErpUpdates.Applied booked =
                mdf.paymentBooked(update.claimNumber(), update.erpReference(), update.at());
            if ("paid".equals(update.status())) {
              return Receipt.of(mdf.paid(update.claimNumber(), update.erpReference(), update.at()));
            }
            return Receipt.of(booked);
          };
        });
  }

  /**
   * Checks the body ({@code prepare} maps it, throwing 400s), then applies it once and writes it to
   * the inbound log whatever happens.
   */
  private <T extends Envelope> Map<String, Object> handle(
      String kind,
      T body,
      Function<T, String> subjectOf,
      boolean needsOrders,
      Function<T, Supplier<Receipt>> prepare) {
    request.setAttribute(LOGGED, Boolean.TRUE);
    String eventId = body == null ? null : Checks.clean(body.eventId());
    String subject = body == null ? null : Checks.clean(subjectOf.apply(body));
    String payload = body == null ? null : JSON.toJson(body);
    try {
      ApiRequests.body(body);
      Supplier<Receipt> effect = prepare.apply(body);
      if (needsOrders && !inbound.ordersAvailable()) {
        throw new ServiceUnavailableException(
            "The order capability is not deployed: nothing can take this message yet.");
      }
      Receipt receipt = inbound.once(kind, eventId, body.at(), subject, effect);
      log.inbound(kind, eventId, subject, receipt.status(), null, payload);
      return json(receipt);
    } catch (InvalidInputException e) {
      log.inbound(kind, eventId, subject, "invalid", describe(e), payload);
      throw e;
    } catch (RuntimeException e) {
      log.inbound(kind, eventId, subject, "failed", e.getClass().getSimpleName(), payload);
      throw e;
    }
  }

  static String describe(InvalidInputException e) {
    return e.errors().stream()
        .map(f -> f.field() + ": " + f.message())
        .collect(Collectors.joining("; "));
  }

  static Map<String, Object> json(Receipt receipt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", receipt.status());
    if (receipt.applied() != null) {
      out.put("applied", receipt.applied());
      out.put("skipped", receipt.skipped());
    }
    if (receipt.notApplied() != null && !receipt.notApplied().isEmpty()) {
      out.put("notApplied", receipt.notApplied());
    }
    return out;
  }
}
