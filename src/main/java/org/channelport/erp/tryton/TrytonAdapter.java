package org.channelport.erp.tryton;

import static org.channelport.erp.tryton.TrytonRecords.changedAt;
import static org.channelport.erp.tryton.TrytonRecords.date;
import static org.channelport.erp.tryton.TrytonRecords.decimal;
import static org.channelport.erp.tryton.TrytonRecords.id;
import static org.channelport.erp.tryton.TrytonRecords.idList;
import static org.channelport.erp.tryton.TrytonRecords.ids;
import static org.channelport.erp.tryton.TrytonRecords.instant;
import static org.channelport.erp.tryton.TrytonRecords.number;
import static org.channelport.erp.tryton.TrytonRecords.rows;
import static org.channelport.erp.tryton.TrytonRecords.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.channelport.erp.ErpAdapter;
import org.channelport.erp.ErpException;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderErpUpdates.ChangeResponse;
import org.channelport.order.OrderErpUpdates.LineAnswer;
import org.channelport.order.OrderErpUpdates.OrderResponse;
import org.channelport.order.OrderMessage;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The portal's orders as Tryton sales, over {@link TrytonRpc}. One sale per order, its {@code
 * reference} = the order number (searched before creating, so a retry after a lost answer finds the
 * sale instead of making a second); the partner is the party whose {@code code} is the partner
 * code, products are found by SKU ({@code template.code}) and created when an order needs one
 * Tryton does not know yet (never a bulk copy).
 *
 * <p>Placing: create (lines with the message's unit prices, warehouse by code), quote, confirm,
 * then the state is read back: {@code processing}/{@code done} is accepted; still {@code confirmed}
 * means Tryton's processing failed (it only logs that) and is a rejection; a credit-limit error on
 * confirm is the outcome {@code credit_hold} (the sale stays a quotation). Tryton processes a sale
 * in the confirm request (no queue worker), so an accepted sale already has its shipment.
 *
 * <p>A return ({@code return.requested}) is a return sale: reference = the return's number, {@code
 * origin} = the original sale, the returned quantities negative, quoted and confirmed like an order
 * (Tryton then makes the return shipment and the credit note); its states come back through the
 * same poll as an order's, as it is a sale with a portal reference.
 *
 * <p>States as order statuses (poll, reconciliation): draft/quotation → submitted, confirmed →
 * confirmed, processing → released (Tryton no longer lets its lines change) or shipped once every
 * move is done, done → delivered, cancelled → cancelled. A sale spans one warehouse: an order whose
 * lines name several is placed in the first line's warehouse.
 */
@ApplicationScoped
@Named(TrytonAdapter.NAME)
public class TrytonAdapter implements ErpAdapter {

  public static final String NAME = "tryton";

  /** Sales whose reference starts so came from the portal; others are offline orders. */
  static final String PORTAL_PREFIX = "CP-";

  /** Each poll reads again this far behind its cursor: a slow transaction commits late. */
  static final Duration CURSOR_OVERLAP = Duration.ofSeconds(5);

  /** Fixed width, so cursors also compare as text. */
  private static final DateTimeFormatter CURSOR_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private static final Logger LOG = Logger.getLogger(TrytonAdapter.class.getName());
  private static final List<List<String>> BY_ID = List.of(List.of("id", "ASC"));
  private static final List<String> SALE_FIELDS =
      List.of(
          "number",
          "reference",
          "state",
          "shipment_state",
          "sale_date",
          "party.code",
          "currency.code",
          "warehouse.code",
          "lines",
          "shipments",
          "write_date",
          "create_date");

  private TrytonConfig config;
  private Instance<OrderErpUpdates> updates;
  private volatile TrytonRpc rpc;

  /** For the container's proxies. */
  protected TrytonAdapter() {}

  /**
   * @param updates where {@link #deliver} hands the answer to an order.changed message when the
   *     caller asked {@code deliver} rather than {@link #deliverChange} (unresolvable: dropped)
   */
  @Inject
  public TrytonAdapter(@ConfigProperties TrytonConfig config, Instance<OrderErpUpdates> updates) {
    this.config = config;
    this.updates = updates;
  }

  /** With a client of its own (tests, tools). */
  public TrytonAdapter(TrytonRpc rpc) {
    this.rpc = rpc;
  }

  @Override
  public String name() {
    return NAME;
  }

  TrytonRpc rpc() {
    TrytonRpc client = rpc;
    if (client == null) {
      synchronized (this) {
        if (rpc == null) {
          rpc =
              new TrytonRpc(
                  config.url,
                  config.database,
                  config.user,
                  config.password,
                  Duration.ofSeconds(Math.max(1, config.timeoutSeconds)));
        }
        client = rpc;
      }
    }
    return client;
  }

  // ---- orders ---------------------------------------------------------------------------

  @Override
  public OrderResponse deliver(String messageId, OrderMessage message) throws ErpException {
    switch (message.type()) {
      case OrderMessage.PLACED:
        return place(message);
      case OrderMessage.CHANGED:
        // the relay should ask deliverChange; if it asks deliver, the answer still arrives
        ChangeResponse answer = deliverChange(messageId, message);
        if (updates != null && updates.isResolvable()) {
          updates.get().changeResponse(answer);
        }
        return null;
      case OrderMessage.CANCELLED:
        cancel(message);
        return null;
      case OrderMessage.RETURN_REQUESTED:
        return placeReturn(message);
      default:
        throw ErpException.rejected(
            "Tryton adapter: unknown order message type " + message.type(), null);
    }
  }

  private OrderResponse place(OrderMessage message) throws ErpException {
    Map<String, Object> sale = findSale(message.number());
    if (sale == null) {
      sale = readSale(createSale(message));
    }
    return advance(message, sale);
  }

  /**
   * A return: one return sale per return (its {@code reference} the return's number, searched
   * before creating as for orders), of the original's party, addresses, warehouse and currency,
   * with {@code origin} = the original sale (Tryton's own link of a return to what it returns, as
   * its Return Sale wizard sets it) and the returned quantities negative; then quoted and confirmed
   * like an order, so Tryton makes the return shipment and the credit note.
   */
  private OrderResponse placeReturn(OrderMessage message) throws ErpException {
    Map<String, Object> sale = findSale(message.number());
    if (sale == null) {
      sale = readSale(createReturnSale(message));
    }
    return advance(message, sale);
  }

  private long createReturnSale(OrderMessage message) throws ErpException {
    Map<String, Object> original = findOriginal(message);
    if (original == null) {
      throw ErpException.rejected(
          "Return "
              + message.number()
              + ": Tryton has no sale of the original order "
              + message.returnOf()
              + (message.returnOfErpNumber() == null
                  ? ""
                  : " (ERP number " + message.returnOfErpNumber() + ")"),
          null);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("party", number(original, "party"));
    values.put("invoice_address", number(original, "invoice_address"));
    values.put("shipment_address", number(original, "shipment_address"));
    values.put("warehouse", number(original, "warehouse"));
    values.put("currency", number(original, "currency"));
    values.put("origin", "sale.sale," + id(original));
    values.put("reference", message.number());
    values.put(
        "description",
        "Channelport return "
            + message.number()
            + " of "
            + (message.returnOf() == null ? text(original, "number") : message.returnOf()));
    values.put(
        "comment",
        "Return of sale "
            + text(original, "number")
            + (message.reason() == null || message.reason().isBlank()
                ? ""
                : "\nReason: " + message.reason()));
    values.put("lines", List.of(List.of("create", saleLines(message, -1))));
    List<Long> created = ids(rpc().model("sale.sale", "create", List.of(values)));
    LOG.info(
        () -> "Created return sale for " + message.number() + " of " + text(original, "number"));
    return created.get(0);
  }

  /** The original's sale: by the portal's order number, else (an offline order) its ERP number. */
  private Map<String, Object> findOriginal(OrderMessage message) throws ErpException {
    List<String> fields =
        List.of("number", "party", "invoice_address", "shipment_address", "warehouse", "currency");
    if (message.returnOf() != null) {
      List<Map<String, Object>> found =
          rows(
              rpc()
                  .model(
                      "sale.sale",
                      "search_read",
                      List.of(List.of("reference", "=", message.returnOf())),
                      0,
                      1,
                      BY_ID,
                      fields));
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    if (message.returnOfErpNumber() != null) {
      List<Map<String, Object>> found =
          rows(
              rpc()
                  .model(
                      "sale.sale",
                      "search_read",
                      List.of(List.of("number", "=", message.returnOfErpNumber())),
                      0,
                      1,
                      BY_ID,
                      fields));
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  /** Takes a sale from wherever it is (a retry may find it half way) to confirmed and processed. */
  private OrderResponse advance(OrderMessage message, Map<String, Object> sale)
      throws ErpException {
    long saleId = id(sale);
    String state = text(sale, "state");
    if ("cancelled".equals(state)) {
      throw ErpException.rejected(
          "Sale "
              + text(sale, "number")
              + " of order "
              + message.number()
              + " is cancelled in"
              + " Tryton",
          null);
    }
    if ("draft".equals(state)) {
      rpc().model("sale.sale", "quote", List.of(saleId));
      state = "quotation";
    }
    if ("quotation".equals(state)) {
      try {
        rpc().model("sale.sale", "confirm", List.of(saleId));
      } catch (TrytonError e) {
        if (e.isCreditLimit()) {
          Map<String, Object> held = readSale(saleId);
          return new OrderResponse(
              message.number(),
              text(held, "number"),
              "credit_hold",
              e.userMessage(),
              List.of(),
              Instant.now());
        }
        throw e;
      }
    } else if ("confirmed".equals(state)) {
      // an earlier attempt confirmed it but the processing failed: try the processing again
      rpc().model("sale.sale", "process", List.of(saleId));
    }
    Map<String, Object> after = readSale(saleId);
    String now = text(after, "state");
    if ("processing".equals(now) || "done".equals(now)) {
      return accepted(message.number(), after, message.isReturn());
    }
    if ("confirmed".equals(now)) {
      throw ErpException.rejected(
          "Tryton confirmed sale "
              + text(after, "number")
              + " of order "
              + message.number()
              + " but did not process it (no shipment): its log says why (e.g. a product"
              + " without an account category)",
          "state confirmed");
    }
    throw ErpException.rejected(
        "Sale "
            + text(after, "number")
            + " of order "
            + message.number()
            + " is "
            + now
            + " in Tryton after confirm",
        "state " + now);
  }

  /**
   * The accepted sale's answer: per line Tryton's shipping date and (not for a return, whose goods
   * come in) how much waits for stock.
   */
  private OrderResponse accepted(String orderNumber, Map<String, Object> sale, boolean isReturn)
      throws ErpException {
    List<Map<String, Object>> lines =
        rows(
            rpc()
                .model(
                    "sale.line",
                    "read",
                    idList(sale, "lines"),
                    List.of(
                        "sequence",
                        "type",
                        "product",
                        "product.code",
                        "product.type",
                        "quantity",
                        "shipping_date")));
    Map<Long, BigDecimal> shortBy = isReturn ? new HashMap<>() : shortages(sale, lines);
    List<LineAnswer> answers = new ArrayList<>();
    // the last lines of a product wait first
    List<Map<String, Object>> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    Map<Long, Long> backordered = new HashMap<>();
    for (Map<String, Object> line : reversed) {
      Long product = number(line, "product");
      BigDecimal missing = product == null ? null : shortBy.get(product);
      long quantity = Math.abs(quantity(line));
      long waiting = 0;
      if (missing != null && missing.signum() > 0) {
        waiting = Math.min(quantity, missing.setScale(0, RoundingMode.UP).longValue());
        shortBy.put(product, missing.subtract(BigDecimal.valueOf(waiting)));
      }
      backordered.put(id(line), waiting);
    }
    for (Map<String, Object> line : lines) {
      if (!"line".equals(text(line, "type"))) {
        continue;
      }
      Long sequence = number(line, "sequence");
      answers.add(
          new LineAnswer(
              sequence == null ? 0 : sequence.intValue(),
              text(line, "product.code"),
              date(line, "shipping_date"),
              backordered.getOrDefault(id(line), 0L),
              null));
    }
    // the sale's own time, the one the poller reports it with: a later poll of the released sale
    // is then never older than this answer
    LocalDateTime changed = changedAt(sale);
    return new OrderResponse(
        orderNumber,
        text(sale, "number"),
        "accepted",
        null,
        answers,
        changed == null ? Instant.now() : instant(changed));
  }

  /**
   * How much of each goods product the sale's warehouse lacks once this sale's moves are counted (a
   * negative forecast).
   */
  private Map<Long, BigDecimal> shortages(Map<String, Object> sale, List<Map<String, Object>> lines)
      throws ErpException {
    Long warehouse = number(sale, "warehouse");
    Set<Long> goods = new LinkedHashSet<>();
    for (Map<String, Object> line : lines) {
      if ("goods".equals(text(line, "product.type")) && number(line, "product") != null) {
        goods.add(number(line, "product"));
      }
    }
    Map<Long, BigDecimal> shortBy = new HashMap<>();
    if (goods.isEmpty() || warehouse == null) {
      return shortBy;
    }
    for (Map<String, Object> product :
        rows(
            rpc()
                .modelIn(
                    Map.of("locations", List.of(warehouse)),
                    "product.product",
                    "read",
                    List.copyOf(goods),
                    List.of("forecast_quantity")))) {
      BigDecimal forecast = decimal(product, "forecast_quantity");
      if (forecast != null && forecast.signum() < 0) {
        shortBy.put(id(product), forecast.negate());
      }
    }
    return shortBy;
  }

  @Override
  public ChangeResponse deliverChange(String messageId, OrderMessage message) throws ErpException {
    long changeId = message.changeId() == null ? 0 : message.changeId();
    Map<String, Object> sale = findSale(message.number());
    if (sale == null) {
      return new ChangeResponse(
          message.number(), changeId, false, "the order is not in the ERP", Instant.now());
    }
    String state = text(sale, "state");
    switch (state) {
      case "processing", "done" -> {
        return new ChangeResponse(
            message.number(),
            changeId,
            false,
            "already processed in the ERP (sale " + text(sale, "number") + ")",
            Instant.now());
      }
      case "cancelled" -> {
        return new ChangeResponse(
            message.number(), changeId, false, "cancelled in the ERP", Instant.now());
      }
      default -> {
        long saleId = id(sale);
        if (!"draft".equals(state)) {
          rpc().model("sale.sale", "draft", List.of(saleId));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<Object> lineOps = new ArrayList<>();
        List<Long> old = idList(sale, "lines");
        if (!old.isEmpty()) {
          lineOps.add(List.of("delete", old));
        }
        lineOps.add(List.of("create", saleLines(message)));
        values.put("lines", lineOps);
        values.put("warehouse", warehouseId(message));
        values.put("comment", comment(message));
        rpc().model("sale.sale", "write", List.of(saleId), values);
        // back to where the order waits (a quotation: on credit hold, or not confirmed yet)
        rpc().model("sale.sale", "quote", List.of(saleId));
        return new ChangeResponse(message.number(), changeId, true, null, Instant.now());
      }
    }
  }

  private void cancel(OrderMessage message) throws ErpException {
    Map<String, Object> sale = findSale(message.number());
    if (sale == null) {
      return;
    }
    long saleId = id(sale);
    String state = text(sale, "state");
    switch (state) {
      case "cancelled" -> {
        return;
      }
      case "processing", "done" ->
          throw ErpException.rejected(
              "Sale "
                  + text(sale, "number")
                  + " of order "
                  + message.number()
                  + " is already processed in Tryton: cancel its shipment there",
              "state " + state);
      case "confirmed" -> rpc().model("sale.sale", "draft", List.of(saleId));
      default -> {
        // draft and quotation cancel directly
      }
    }
    rpc().model("sale.sale", "cancel", List.of(saleId));
    String after = text(readSale(saleId), "state");
    if (!"cancelled".equals(after)) {
      throw ErpException.rejected(
          "Tryton left sale " + text(sale, "number") + " " + after + " after cancel",
          "state " + after);
    }
  }

  private Map<String, Object> findSale(String orderNumber) throws ErpException {
    List<Map<String, Object>> sales =
        rows(
            rpc()
                .model(
                    "sale.sale",
                    "search_read",
                    List.of(List.of("reference", "=", orderNumber)),
                    0,
                    null,
                    BY_ID,
                    SALE_FIELDS));
    if (sales.size() > 1) {
      LOG.warning(
          () -> sales.size() + " Tryton sales have reference " + orderNumber + "; using the first");
    }
    return sales.isEmpty() ? null : sales.get(0);
  }

  private Map<String, Object> readSale(long saleId) throws ErpException {
    List<Map<String, Object>> sales =
        rows(rpc().model("sale.sale", "read", List.of(saleId), readFields()));
    if (sales.isEmpty()) {
      throw ErpException.transientFailure("Tryton lost sale id " + saleId, null);
    }
    return sales.get(0);
  }

  private static List<String> readFields() {
    List<String> fields = new ArrayList<>(SALE_FIELDS);
    fields.add("warehouse");
    return fields;
  }

  private long createSale(OrderMessage message) throws ErpException {
    if (message.partnerCode() == null || message.partnerCode().isBlank()) {
      throw ErpException.rejected("Order " + message.number() + " has no partner code", null);
    }
    OrderMessage.Address shipTo = message.shipTo();
    Map<String, Object> party =
        ensureParty(
            message.partnerCode(),
            message.partnerName(),
            shipTo == null
                ? null
                : new OrderMessage.Address(
                    null, shipTo.street(), shipTo.postcode(), shipTo.city(), shipTo.country()),
            null,
            false);
    long partyId = id(party);
    List<Long> addresses = idList(party, "addresses");
    long invoiceAddress =
        addresses.isEmpty() ? ensureAddress(partyId, shipTo) : addresses.get(0).longValue();
    long shipmentAddress = shipTo == null ? invoiceAddress : ensureAddress(partyId, shipTo);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("party", partyId);
    values.put("invoice_address", invoiceAddress);
    values.put("shipment_address", shipmentAddress);
    values.put("warehouse", warehouseId(message));
    if (message.currency() != null) {
      values.put("currency", currencyId(message.currency()));
    }
    values.put("reference", message.number());
    values.put(
        "description",
        "Channelport "
            + message.number()
            + (message.poNumber() == null || message.poNumber().isBlank()
                ? ""
                : " / PO " + message.poNumber()));
    values.put("comment", comment(message));
    values.put("lines", List.of(List.of("create", saleLines(message))));
    List<Long> created = ids(rpc().model("sale.sale", "create", List.of(values)));
    return created.get(0);
  }

  private List<Map<String, Object>> saleLines(OrderMessage message) throws ErpException {
    return saleLines(message, 1);
  }

  /** The message's lines as sale lines; {@code sign} -1 for a return (negative quantities). */
  private List<Map<String, Object>> saleLines(OrderMessage message, int sign) throws ErpException {
    if (message.lines() == null || message.lines().isEmpty()) {
      throw ErpException.rejected("Order " + message.number() + " has no lines", null);
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    for (OrderMessage.Line line : message.lines()) {
      Map<String, Object> product = ensureProduct(line);
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("type", "line");
      values.put("sequence", line.lineNo());
      values.put("product", id(product));
      values.put("unit", number(product, "default_uom"));
      values.put("quantity", (double) (sign * line.quantity()));
      values.put("unit_price", line.unitPrice());
      values.put("description", line.productName() == null ? line.sku() : line.productName());
      lines.add(values);
    }
    return lines;
  }

  private static String comment(OrderMessage message) {
    List<String> parts = new ArrayList<>();
    if (message.kind() != null) {
      parts.add("Kind: " + message.kind());
    }
    if (message.customer() != null) {
      parts.add("End customer: " + message.customer().company());
    }
    if (message.requestedDelivery() != null) {
      parts.add("Requested delivery: " + message.requestedDelivery());
    }
    if (message.shipTo() != null && message.shipTo().name() != null) {
      parts.add("Ship to: " + message.shipTo().name());
    }
    if (message.note() != null && !message.note().isBlank()) {
      parts.add(message.note());
    }
    return String.join("\n", parts);
  }

  private long warehouseId(OrderMessage message) throws ErpException {
    String code = "main";
    if (message.lines() != null) {
      code =
          message.lines().stream()
              .map(OrderMessage.Line::warehouse)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(code);
    }
    Long id = warehouses().get(code);
    if (id == null) {
      throw ErpException.rejected(
          "Tryton has no warehouse with code " + code + " (order " + message.number() + ")", null);
    }
    return id;
  }

  /** warehouse code → stock.location id */
  private Map<String, Long> warehouses() throws ErpException {
    Map<String, Long> byCode = new LinkedHashMap<>();
    for (Map<String, Object> row :
        rows(
            rpc()
                .model(
                    "stock.location",
                    "search_read",
                    List.of(List.of("type", "=", "warehouse")),
                    0,
                    null,
                    BY_ID,
                    List.of("code")))) {
      if (text(row, "code") != null) {
        byCode.put(text(row, "code"), id(row));
      }
    }
    return byCode;
  }

  private long currencyId(String code) throws ErpException {
    List<Long> found =
        ids(
            rpc()
                .model(
                    "currency.currency",
                    "search",
                    List.of(List.of("code", "=", code)),
                    0,
                    1,
                    BY_ID));
    if (found.isEmpty()) {
      throw ErpException.rejected("Tryton has no currency " + code, null);
    }
    return found.get(0);
  }

  // ---- products ---------------------------------------------------------------------------

  /** The product with this SKU, created (goods, salable, in the accounting category) if new. */
  private Map<String, Object> ensureProduct(OrderMessage.Line line) throws ErpException {
    Map<String, Object> product = findProduct(line.sku());
    if (product != null) {
      return product;
    }
    long unit = unitId();
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", line.productName() == null ? line.sku() : line.productName());
    template.put("code", line.sku());
    template.put("type", "goods");
    template.put("default_uom", unit);
    template.put("sale_uom", unit);
    template.put("salable", true);
    template.put("list_price", line.unitPrice() == null ? BigDecimal.ZERO : line.unitPrice());
    template.put("account_category", accountCategoryId());
    template.put("products", List.of(List.of("create", List.of(Map.of()))));
    rpc().model("product.template", "create", List.of(template));
    LOG.info(() -> "Created product " + line.sku() + " in Tryton");
    return Objects.requireNonNull(findProduct(line.sku()));
  }

  private Map<String, Object> findProduct(String sku) throws ErpException {
    List<Map<String, Object>> found =
        rows(
            rpc()
                .model(
                    "product.product",
                    "search_read",
                    List.of(List.of("template.code", "=", sku)),
                    0,
                    1,
                    BY_ID,
                    List.of("default_uom", "type")));
    return found.isEmpty() ? null : found.get(0);
  }

  private long unitId() throws ErpException {
    List<Long> found =
        ids(
            rpc()
                .model(
                    "product.uom", "search", List.of(List.of("name", "=", "Unit")), 0, 1, BY_ID));
    if (found.isEmpty()) {
      throw ErpException.rejected("Tryton has no unit of measure \"Unit\"", null);
    }
    return found.get(0);
  }

  private long accountCategoryId() throws ErpException {
    List<Long> found =
        ids(
            rpc()
                .model(
                    "product.category",
                    "search",
                    List.of(List.of("accounting", "=", true)),
                    0,
                    1,
                    BY_ID));
    if (found.isEmpty()) {
      throw ErpException.rejected(
          "Tryton has no accounting product category to put a new product in", null);
    }
    return found.get(0);
  }

  // ---- MDF payments -------------------------------------------------------------------------

  private static final List<String> INVOICE_FIELDS =
      List.of("number", "state", "type", "reference", "total_amount", "write_date", "create_date");

  /**
   * Books an MDF claim's payment as a supplier invoice of the partner's party (Tryton owes the
   * partner the amount): reference = the claim number (searched first, so a retry never books it
   * twice), one line on the program's GL account (by code; without one, the first expense account),
   * posted at once. The accountant settles it in Tryton — by bank transfer, or against the
   * partner's receivable for the credit-note method — and the poll then reads it paid.
   */
  @Override
  public PaymentResponse deliverPayment(String messageId, MdfPaymentMessage payment)
      throws ErpException {
    Map<String, Object> invoice = findPaymentInvoice(payment.claimNumber());
    if (invoice == null) {
      long created = createPaymentInvoice(payment);
      invoice = readInvoice(created);
    }
    if ("draft".equals(text(invoice, "state")) || "validated".equals(text(invoice, "state"))) {
      try {
        rpc().model("account.invoice", "post", List.of(id(invoice)));
      } catch (TrytonError e) {
        throw ErpException.rejected(
            "Claim "
                + payment.claimNumber()
                + ": Tryton refused to post its invoice: "
                + e.getMessage(),
            null);
      }
      invoice = readInvoice(id(invoice));
    }
    return paymentResponse(payment.claimNumber(), invoice);
  }

  @Override
  public void pollPayments(Collection<String> claimNumbers, MdfErpUpdates updates)
      throws ErpException {
    if (claimNumbers.isEmpty()) {
      return;
    }
    List<Map<String, Object>> invoices =
        searchRead(
            "account.invoice",
            List.of(
                List.of("type", "=", "in"),
                List.of("reference", "in", List.copyOf(claimNumbers)),
                List.of("state", "in", List.of("posted", "paid"))),
            INVOICE_FIELDS);
    for (Map<String, Object> invoice : invoices) {
      String claim = text(invoice, "reference");
      PaymentResponse answer = paymentResponse(claim, invoice);
      updates.paymentBooked(claim, answer.erpReference(), answer.at());
      if (PaymentResponse.PAID.equals(answer.status())) {
        updates.paid(claim, answer.erpReference(), answer.at());
      }
    }
  }

  private static PaymentResponse paymentResponse(String claimNumber, Map<String, Object> invoice) {
    Instant at = instant(changedAt(invoice));
    return new PaymentResponse(
        claimNumber,
        text(invoice, "number"),
        "paid".equals(text(invoice, "state")) ? PaymentResponse.PAID : PaymentResponse.BOOKED,
        at == null ? Instant.now() : at);
  }

  private Map<String, Object> findPaymentInvoice(String claimNumber) throws ErpException {
    List<Map<String, Object>> found =
        rows(
            rpc()
                .model(
                    "account.invoice",
                    "search_read",
                    List.of(
                        List.of("type", "=", "in"),
                        List.of("reference", "=", claimNumber),
                        List.of("state", "!=", "cancelled")),
                    0,
                    1,
                    BY_ID,
                    INVOICE_FIELDS));
    return found.isEmpty() ? null : found.get(0);
  }

  private Map<String, Object> readInvoice(long invoiceId) throws ErpException {
    List<Map<String, Object>> found =
        rows(rpc().model("account.invoice", "read", List.of(invoiceId), INVOICE_FIELDS));
    if (found.isEmpty()) {
      throw ErpException.transientFailure("invoice " + invoiceId + " vanished in Tryton", null);
    }
    return found.get(0);
  }

  private long createPaymentInvoice(MdfPaymentMessage payment) throws ErpException {
    Map<String, Object> party =
        ensureParty(payment.partnerCode(), payment.partnerName(), null, null, false);
    long partyId = id(party);
    List<Long> addresses = idList(party, "addresses");
    long address = addresses.isEmpty() ? ensureAddress(partyId, null) : addresses.get(0);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("type", "in");
    values.put("party", partyId);
    values.put("invoice_address", address);
    values.put("account", payableAccount());
    values.put("journal", journalId("expense"));
    values.put("currency", currencyId(payment.currency()));
    values.put("reference", payment.claimNumber());
    values.put("invoice_date", LocalDate.now(ZoneOffset.UTC));
    values.put(
        "description",
        "MDF " + payment.claimNumber() + ": " + nonBlank(payment.programName(), "program"));
    values.put(
        "comment",
        "Channelport MDF claim "
            + payment.claimNumber()
            + " (id "
            + payment.claimId()
            + "), to be paid by "
            + (MdfPaymentMessage.CREDIT_NOTE.equals(payment.method())
                ? "credit note (settle against the partner's receivable)"
                : "bank transfer")
            + (payment.glCode() == null ? "" : "; GL " + payment.glCode()));
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", "line");
    line.put("account", expenseAccount(payment));
    line.put("quantity", 1.0);
    line.put("unit_price", payment.amount());
    line.put(
        "description",
        nonBlank(payment.activity(), "Marketing activity")
            + " — "
            + nonBlank(payment.programName(), "MDF"));
    values.put("lines", List.of(List.of("create", List.of(line))));
    try {
      return ids(rpc().model("account.invoice", "create", List.of(values))).get(0);
    } catch (TrytonError e) {
      throw ErpException.rejected(
          "Claim " + payment.claimNumber() + ": Tryton refused its invoice: " + e.getMessage(),
          null);
    }
  }

  private static String nonBlank(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }

  private long payableAccount() throws ErpException {
    List<Map<String, Object>> conf =
        rows(
            rpc()
                .model(
                    "account.configuration",
                    "search_read",
                    List.of(),
                    0,
                    1,
                    BY_ID,
                    List.of("default_account_payable")));
    Long account = conf.isEmpty() ? null : number(conf.get(0), "default_account_payable");
    if (account == null) {
      throw ErpException.rejected("Tryton has no default payable account", null);
    }
    return account;
  }

  private long journalId(String type) throws ErpException {
    List<Long> found =
        ids(
            rpc()
                .model(
                    "account.journal", "search", List.of(List.of("type", "=", type)), 0, 1, BY_ID));
    if (found.isEmpty()) {
      throw ErpException.rejected("Tryton has no " + type + " journal", null);
    }
    return found.get(0);
  }

  /** The program's GL account by code; without a code, the first expense account. */
  private long expenseAccount(MdfPaymentMessage payment) throws ErpException {
    List<Object> domain = new ArrayList<>();
    domain.add(List.of("type.expense", "=", true));
    if (payment.glCode() != null && !payment.glCode().isBlank()) {
      domain.add(List.of("code", "=", payment.glCode().strip()));
    }
    List<Long> found = ids(rpc().model("account.account", "search", domain, 0, 1, BY_ID));
    if (found.isEmpty()) {
      throw ErpException.rejected(
          "Claim "
              + payment.claimNumber()
              + ": Tryton has no expense account"
              + (payment.glCode() == null ? "" : " with code " + payment.glCode()),
          null);
    }
    return found.get(0);
  }

  // ---- parties ----------------------------------------------------------------------------

  @Override
  public void ensurePartner(String messageId, PartnerMessage partner) throws ErpException {
    ensureParty(
        partner.code(),
        partner.name(),
        new OrderMessage.Address(
            null, partner.street(), partner.postcode(), partner.city(), partner.country()),
        partner.email(),
        true);
  }

  /**
   * The party with this code, created with an address if new.
   *
   * @param rename true to give an existing party this name (a partner message: the portal renamed
   *     the partner); an order's copy of the name changes nothing
   */
  private Map<String, Object> ensureParty(
      String code, String name, OrderMessage.Address address, String email, boolean rename)
      throws ErpException {
    Map<String, Object> party = findParty(code);
    if (party != null) {
      if (rename && name != null && !name.isBlank() && !name.equals(text(party, "name"))) {
        rpc().model("party.party", "write", List.of(id(party)), Map.of("name", name));
      }
      return party;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", code);
    values.put("name", name == null || name.isBlank() ? code : name);
    values.put("addresses", List.of(List.of("create", List.of(addressValues(address)))));
    if (email != null && !email.isBlank()) {
      values.put(
          "contact_mechanisms",
          List.of(List.of("create", List.of(Map.of("type", "email", "value", email)))));
    }
    try {
      rpc().model("party.party", "create", List.of(values));
    } catch (TrytonError e) {
      // another delivery created it meanwhile (the code is unique in Tryton)
      Map<String, Object> again = findParty(code);
      if (again != null) {
        return again;
      }
      throw e;
    }
    LOG.info(() -> "Created party " + code + " in Tryton");
    return Objects.requireNonNull(findParty(code));
  }

  private Map<String, Object> findParty(String code) throws ErpException {
    List<Map<String, Object>> found =
        rows(
            rpc()
                .model(
                    "party.party",
                    "search_read",
                    List.of(List.of("code", "=", code)),
                    0,
                    1,
                    BY_ID,
                    List.of("name", "addresses")));
    return found.isEmpty() ? null : found.get(0);
  }

  /** The party's address with this street, postcode and city, created if there is none. */
  private long ensureAddress(long partyId, OrderMessage.Address address) throws ErpException {
    List<Object> domain = new ArrayList<>();
    domain.add(List.of("party", "=", partyId));
    domain.add(Arrays.asList("street", "=", address == null ? null : address.street()));
    domain.add(Arrays.asList("postal_code", "=", address == null ? null : address.postcode()));
    domain.add(Arrays.asList("city", "=", address == null ? null : address.city()));
    List<Long> found = ids(rpc().model("party.address", "search", domain, 0, 1, BY_ID));
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Map<String, Object> values = addressValues(address);
    values.put("party", partyId);
    return ids(rpc().model("party.address", "create", List.of(values))).get(0);
  }

  private Map<String, Object> addressValues(OrderMessage.Address address) throws ErpException {
    Map<String, Object> values = new LinkedHashMap<>();
    if (address == null) {
      return values;
    }
    if (address.name() != null) {
      values.put("party_name", address.name());
    }
    values.put("street", address.street());
    values.put("postal_code", address.postcode());
    values.put("city", address.city());
    if (address.country() != null) {
      List<Long> country =
          ids(
              rpc()
                  .model(
                      "country.country",
                      "search",
                      List.of(List.of("code", "=", address.country().toUpperCase())),
                      0,
                      1,
                      BY_ID));
      if (!country.isEmpty()) {
        values.put("country", country.get(0));
      }
    }
    return values;
  }

  // ---- poll -------------------------------------------------------------------------------

  @Override
  public String poll(String cursor, OrderErpUpdates updates) throws ErpException {
    LocalDateTime since =
        cursor == null || cursor.isBlank()
            ? null
            : LocalDateTime.parse(cursor).minus(CURSOR_OVERLAP);
    Newest newest =
        new Newest(cursor == null || cursor.isBlank() ? null : LocalDateTime.parse(cursor));
    Set<Long> touchedParties = new LinkedHashSet<>();
    pollSales(since, updates, newest, touchedParties);
    pollShipments(since, updates, newest);
    pollStock(since, updates, newest);
    pollInvoices(since, updates, newest, touchedParties);
    pollPartners(since, updates, newest, touchedParties);
    return newest.value == null ? cursor : CURSOR_FORMAT.format(newest.value);
  }

  /** The newest change seen: the next cursor. */
  private static final class Newest {
    LocalDateTime value;

    Newest(LocalDateTime start) {
      this.value = start;
    }

    LocalDateTime see(Map<String, Object> record) {
      LocalDateTime at = changedAt(record);
      if (at != null && (value == null || at.isAfter(value))) {
        value = at;
      }
      return at;
    }
  }

  private static List<Object> changedSince(LocalDateTime since, List<?>... more) {
    List<Object> domain = new ArrayList<>();
    if (since != null) {
      domain.add(
          List.of("OR", List.of("write_date", ">", since), List.of("create_date", ">", since)));
    }
    domain.addAll(Arrays.asList(more));
    return domain;
  }

  private List<Map<String, Object>> searchRead(
      String model, List<Object> domain, List<String> fields) throws ErpException {
    return rows(rpc().model(model, "search_read", domain, 0, null, BY_ID, fields));
  }

  private void pollSales(
      LocalDateTime since, OrderErpUpdates updates, Newest newest, Set<Long> touchedParties)
      throws ErpException {
    List<String> fields = new ArrayList<>(SALE_FIELDS);
    fields.add("party");
    fields.add("shipments.state");
    List<Map<String, Object>> sales =
        searchRead("sale.sale", changedSince(since, List.of("state", "!=", "draft")), fields);
    for (Map<String, Object> sale : sales) {
      Instant at = instant(newest.see(sale));
      if (number(sale, "party") != null) {
        touchedParties.add(number(sale, "party"));
      }
      String reference = text(sale, "reference");
      String state = text(sale, "state");
      if (reference != null && reference.startsWith(PORTAL_PREFIX)) {
        // released only before the first shipment leaves: shipments report the rest, and a
        // later "released" must not read as a step back from (partly) shipped
        String status =
            switch (state) {
              case "processing" -> anyShipmentDone(sale) ? null : "released";
              case "done" -> "delivered";
              case "cancelled" -> "cancelled";
              default -> null;
            };
        if (status != null) {
          updates.statusChanged(new OrderErpUpdates.StatusChange(reference, status, null, at));
        }
      } else {
        updates.offlineOrder(offlineOrder(sale, at));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean anyShipmentDone(Map<String, Object> sale) {
    if (!(sale.get("shipments.") instanceof List<?> shipments)) {
      return false;
    }
    for (Object shipment : shipments) {
      if (shipment instanceof Map<?, ?> map
          && "done".equals(((Map<String, Object>) map).get("state"))) {
        return true;
      }
    }
    return false;
  }

  private OrderErpUpdates.OfflineOrder offlineOrder(Map<String, Object> sale, Instant at)
      throws ErpException {
    List<OrderErpUpdates.OfflineLine> lines = new ArrayList<>();
    for (Map<String, Object> line :
        rows(
            rpc()
                .model(
                    "sale.line",
                    "read",
                    idList(sale, "lines"),
                    List.of("type", "product.code", "description", "quantity", "unit_price")))) {
      if ("line".equals(text(line, "type"))) {
        lines.add(
            new OrderErpUpdates.OfflineLine(
                text(line, "product.code"),
                text(line, "description"),
                quantity(line),
                decimal(line, "unit_price")));
      }
    }
    return new OrderErpUpdates.OfflineOrder(
        text(sale, "number"),
        text(sale, "party.code"),
        date(sale, "sale_date"),
        statusOf(text(sale, "state"), text(sale, "shipment_state")),
        text(sale, "currency.code"),
        lines,
        at);
  }

  private void pollShipments(LocalDateTime since, OrderErpUpdates updates, Newest newest)
      throws ErpException {
    List<Map<String, Object>> shipments =
        searchRead(
            "stock.shipment.out",
            changedSince(since, List.of("state", "=", "done")),
            List.of(
                "number",
                "reference",
                "carrier.party.code",
                "effective_date",
                "warehouse.code",
                "outgoing_moves",
                "write_date",
                "create_date"));
    if (shipments.isEmpty()) {
      return;
    }
    List<Long> shipmentIds = shipments.stream().map(TrytonRecords::id).toList();
    Map<Long, String> orderOf = new HashMap<>();
    for (Map<String, Object> sale :
        searchRead(
            "sale.sale",
            List.of(List.of("shipments", "in", shipmentIds)),
            List.of("reference", "shipments"))) {
      for (Long shipment : idList(sale, "shipments")) {
        orderOf.put(shipment, text(sale, "reference"));
      }
    }
    for (Map<String, Object> shipment : shipments) {
      Instant at = instant(newest.see(shipment));
      String order = orderOf.get(id(shipment));
      if (order == null || !order.startsWith(PORTAL_PREFIX)) {
        continue;
      }
      List<OrderErpUpdates.ShippedLine> lines = new ArrayList<>();
      for (Map<String, Object> move :
          rows(
              rpc()
                  .model(
                      "stock.move",
                      "read",
                      idList(shipment, "outgoing_moves"),
                      List.of("product.code", "quantity", "state")))) {
        if (!"cancelled".equals(text(move, "state"))) {
          lines.add(new OrderErpUpdates.ShippedLine(text(move, "product.code"), quantity(move)));
        }
      }
      updates.shipment(
          new OrderErpUpdates.ShipmentData(
              order,
              text(shipment, "number"),
              text(shipment, "warehouse.code"),
              text(shipment, "carrier.party.code"),
              null,
              text(shipment, "reference"),
              date(shipment, "effective_date"),
              null,
              lines,
              at));
    }
  }

  private void pollStock(LocalDateTime since, OrderErpUpdates updates, Newest newest)
      throws ErpException {
    List<Long> products;
    if (since == null) {
      products =
          ids(
              rpc()
                  .model(
                      "product.product",
                      "search",
                      List.of(List.of("type", "=", "goods")),
                      0,
                      null,
                      BY_ID));
    } else {
      Set<Long> moved = new LinkedHashSet<>();
      for (Map<String, Object> move :
          searchRead(
              "stock.move", changedSince(since), List.of("product", "write_date", "create_date"))) {
        newest.see(move);
        if (number(move, "product") != null) {
          moved.add(number(move, "product"));
        }
      }
      products = List.copyOf(moved);
    }
    if (products.isEmpty()) {
      return;
    }
    Instant asOf = Instant.now();
    List<OrderErpUpdates.StockData> levels = new ArrayList<>();
    for (Map.Entry<String, Long> warehouse : warehouses().entrySet()) {
      for (Map<String, Object> product :
          rows(
              rpc()
                  .modelIn(
                      Map.of("locations", List.of(warehouse.getValue())),
                      "product.product",
                      "read",
                      products,
                      List.of("code", "type", "quantity")))) {
        if ("goods".equals(text(product, "type")) && text(product, "code") != null) {
          levels.add(
              new OrderErpUpdates.StockData(
                  text(product, "code"), warehouse.getKey(), quantity(product), asOf));
        }
      }
    }
    if (!levels.isEmpty()) {
      updates.stock(levels);
    }
  }

  private void pollInvoices(
      LocalDateTime since, OrderErpUpdates updates, Newest newest, Set<Long> touchedParties)
      throws ErpException {
    List<Map<String, Object>> invoices =
        searchRead(
            "account.invoice",
            changedSince(
                since,
                List.of("type", "=", "out"),
                List.of("state", "in", List.of("posted", "paid"))),
            List.of(
                "number",
                "invoice_date",
                "total_amount",
                "currency.code",
                "party",
                "party.code",
                "sales",
                "write_date",
                "create_date"));
    if (invoices.isEmpty()) {
      return;
    }
    Set<Long> saleIds = new LinkedHashSet<>();
    invoices.forEach(invoice -> saleIds.addAll(idList(invoice, "sales")));
    Map<Long, String> references = new HashMap<>();
    if (!saleIds.isEmpty()) {
      for (Map<String, Object> sale :
          rows(rpc().model("sale.sale", "read", List.copyOf(saleIds), List.of("reference")))) {
        references.put(id(sale), text(sale, "reference"));
      }
    }
    for (Map<String, Object> invoice : invoices) {
      Instant at = instant(newest.see(invoice));
      if (number(invoice, "party") != null) {
        touchedParties.add(number(invoice, "party"));
      }
      String order =
          idList(invoice, "sales").stream()
              .map(references::get)
              .filter(reference -> reference != null && reference.startsWith(PORTAL_PREFIX))
              .findFirst()
              .orElse(null);
      BigDecimal total = decimal(invoice, "total_amount");
      boolean credit = total != null && total.signum() < 0;
      updates.invoice(
          new OrderErpUpdates.InvoiceData(
              text(invoice, "number"),
              credit ? "credit_note" : "invoice",
              order,
              text(invoice, "party.code"),
              date(invoice, "invoice_date"),
              total == null ? null : total.abs(),
              text(invoice, "currency.code"),
              at));
    }
  }

  /**
   * Credit limit and open amount (receivable plus confirmed sales not yet invoiced, as Tryton's
   * credit check counts it) of the parties with a credit limit whose figures may have moved: all on
   * the first poll, else those with a changed party, sale, invoice or accounting line.
   */
  private void pollPartners(
      LocalDateTime since, OrderErpUpdates updates, Newest newest, Set<Long> touchedParties)
      throws ErpException {
    List<Long> parties;
    if (since == null) {
      parties = ids(rpc().model("party.party", "search", List.of(), 0, null, BY_ID));
    } else {
      Set<Long> touched = new LinkedHashSet<>(touchedParties);
      for (Map<String, Object> party :
          searchRead("party.party", changedSince(since), List.of("write_date", "create_date"))) {
        newest.see(party);
        touched.add(id(party));
      }
      for (Map<String, Object> line :
          searchRead(
              "account.move.line",
              changedSince(since, Arrays.asList("party", "!=", null)),
              List.of("party", "write_date", "create_date"))) {
        newest.see(line);
        touched.add(number(line, "party"));
      }
      parties = List.copyOf(touched);
    }
    if (parties.isEmpty()) {
      return;
    }
    String currency = companyCurrency();
    Instant asOf = Instant.now();
    for (Map<String, Object> party :
        rows(
            rpc()
                .model(
                    "party.party",
                    "read",
                    parties,
                    List.of("code", "credit_limit_amount", "credit_amount")))) {
      BigDecimal limit = decimal(party, "credit_limit_amount");
      if (limit == null) {
        continue;
      }
      BigDecimal open = decimal(party, "credit_amount");
      open = open == null ? BigDecimal.ZERO : open;
      updates.partnerAccount(
          new OrderErpUpdates.PartnerAccount(
              text(party, "code"), limit, open, currency, open.compareTo(limit) > 0, asOf));
    }
  }

  private String companyCurrency() throws ErpException {
    Object company = TrytonRpc.decode(rpc().context().get("company"));
    if (company instanceof Number id) {
      List<Map<String, Object>> rows =
          rows(rpc().model("company.company", "read", List.of(id), List.of("currency.code")));
      if (!rows.isEmpty()) {
        return text(rows.get(0), "currency.code");
      }
    }
    return null;
  }

  // ---- reconciliation and health ----------------------------------------------------------

  @Override
  public boolean reachable() {
    try {
      rpc().model("res.user", "get_preferences", true);
      return true;
    } catch (ErpException e) {
      return false;
    }
  }

  @Override
  public List<ErpOrderView> ordersByReference(Collection<String> orderNumbers) throws ErpException {
    if (orderNumbers.isEmpty()) {
      return List.of();
    }
    List<ErpOrderView> views = new ArrayList<>();
    for (Map<String, Object> sale :
        searchRead(
            "sale.sale",
            List.of(List.of("reference", "in", List.copyOf(orderNumbers))),
            List.of("reference", "number", "state", "shipment_state"))) {
      views.add(
          new ErpOrderView(
              text(sale, "reference"),
              text(sale, "number"),
              statusOf(text(sale, "state"), text(sale, "shipment_state"))));
    }
    return views;
  }

  /** A sale's state (and shipment state) as an order status code. */
  static String statusOf(String state, String shipmentState) {
    if (state == null) {
      return null;
    }
    return switch (state) {
      case "draft", "quotation" -> "submitted";
      case "confirmed" -> "confirmed";
      case "processing" -> "sent".equals(shipmentState) ? "shipped" : "released";
      case "done" -> "delivered";
      case "cancelled" -> "cancelled";
      default -> state;
    };
  }

  private static long quantity(Map<String, Object> record) {
    BigDecimal quantity = decimal(record, "quantity");
    return quantity == null ? 0 : quantity.setScale(0, RoundingMode.HALF_UP).longValue();
  }
}
