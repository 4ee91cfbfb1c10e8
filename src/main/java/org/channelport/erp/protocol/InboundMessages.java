package org.channelport.erp.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.channelport.order.OrderErpUpdates;
import org.channelport.shared.Checks;

/**
 * The bodies of the Channelport ERP protocol's inbound calls (/api/v1/integration/…) and how each
 * becomes what {@link OrderErpUpdates} takes. Every body carries {@code eventId} (the sender's id
 * of the message, at most 100 characters; a second message with the same id is ignored) and {@code
 * at} (when the fact was true in the ERP, an ISO-8601 instant). Every check names its field; fields
 * a body does not know are ignored.
 */
public final class InboundMessages {
  static final int ID_MAX = 100;
  static final int CODE_MAX = 64;
  static final int TEXT_MAX = 500;
  static final int MAX_ROWS = 10_000;
  static final Set<String> ORDER_STATUSES =
      Set.of(
          "submitted",
          "confirmed",
          "released",
          "partly_shipped",
          "shipped",
          "delivered",
          "cancelled",
          "rejected");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private InboundMessages() {}

  /** What every inbound message carries. */
  public interface Envelope {
    String eventId();

    Instant at();
  }

  // ---- order responses -------------------------------------------------------------------

  /**
   * @param outcome accepted (lines may still be changed or rejected one by one), rejected (the
   *     whole order; {@code reason} required) or credit_hold
   */
  public record OrderResponseIn(
      String eventId,
      Instant at,
      String orderNumber,
      String erpNumber,
      String outcome,
      String reason,
      List<LineIn> lines)
      implements Envelope {

    public OrderErpUpdates.OrderResponse toUpdate() {
      Checks checks = Check.envelope(this);
      String number = Check.code(checks, "orderNumber", orderNumber, true);
      String erp = Check.code(checks, "erpNumber", erpNumber, false);
      String out =
          Check.oneOf(checks, "outcome", outcome, true, "accepted", "rejected", "credit_hold");
      String why = Check.text(checks, "reason", reason, "rejected".equals(out));
      List<OrderErpUpdates.LineAnswer> answers = new ArrayList<>();
      List<LineIn> given = lines == null ? List.of() : lines;
      Check.rows(checks, "lines", given, false);
      for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
        LineIn line = given.get(i);
        String at = "lines[" + i + "]";
        if (line == null) {
          checks.add(at, "error.required");
          continue;
        }
        answers.add(line.toAnswer(checks, at));
      }
      if ("accepted".equals(out) && erp == null) {
        checks.add("erpNumber", "error.required");
      }
      checks.throwIfAny();
      return new OrderErpUpdates.OrderResponse(number, erp, out, why, List.copyOf(answers), at());
    }
  }

  /**
   * @param status accepted (default), changed (promised date or quantity backordered differ from
   *     the order) or rejected ({@code reason} required)
   */
  public record LineIn(
      Integer lineNo,
      String sku,
      String status,
      LocalDate promisedDate,
      Long backordered,
      String reason) {

    OrderErpUpdates.LineAnswer toAnswer(Checks checks, String at) {
      if (lineNo == null) {
        checks.add(at + ".lineNo", "error.required");
      } else if (lineNo < 1) {
        checks.add(at + ".lineNo", "erp.protocol.positive");
      }
      String code = Check.code(checks, at + ".sku", sku, false);
      String state =
          Check.oneOf(checks, at + ".status", status, false, "accepted", "changed", "rejected");
      long waiting = Check.notNegative(checks, at + ".backordered", backordered);
      String why = Check.text(checks, at + ".reason", reason, "rejected".equals(state));
      return new OrderErpUpdates.LineAnswer(
          lineNo == null ? 0 : lineNo,
          code,
          promisedDate,
          waiting,
          "rejected".equals(state) ? why : null);
    }
  }

  /** The ERP applied ({@code applied: true}) or refused the pending change {@code changeId}. */
  public record ChangeResponseIn(
      String eventId, Instant at, String orderNumber, Long changeId, Boolean applied, String reason)
      implements Envelope {

    public OrderErpUpdates.ChangeResponse toUpdate() {
      Checks checks = Check.envelope(this);
      String number = Check.code(checks, "orderNumber", orderNumber, true);
      checks.required("changeId", changeId);
      checks.required("applied", applied);
      String why = Check.text(checks, "reason", reason, false);
      checks.throwIfAny();
      return new OrderErpUpdates.ChangeResponse(number, changeId, applied, why, at());
    }
  }

  /**
   * @param status released (no more edits), delivered or cancelled
   */
  public record StatusIn(
      String eventId, Instant at, String orderNumber, String status, String reason)
      implements Envelope {

    public OrderErpUpdates.StatusChange toUpdate() {
      Checks checks = Check.envelope(this);
      String number = Check.code(checks, "orderNumber", orderNumber, true);
      String state =
          Check.oneOf(checks, "status", status, true, "released", "delivered", "cancelled");
      String why = Check.text(checks, "reason", reason, false);
      checks.throwIfAny();
      return new OrderErpUpdates.StatusChange(number, state, why, at());
    }
  }

  /** A shipment, new or updated (by {@code shipmentRef}). */
  public record ShipmentIn(
      String eventId,
      Instant at,
      String orderNumber,
      String shipmentRef,
      String warehouse,
      String carrier,
      String method,
      String trackingNumber,
      LocalDate shippedAt,
      LocalDate estimatedDelivery,
      List<ShippedLineIn> lines)
      implements Envelope {

    public OrderErpUpdates.ShipmentData toUpdate() {
      Checks checks = Check.envelope(this);
      String number = Check.code(checks, "orderNumber", orderNumber, true);
      String ref = Check.code(checks, "shipmentRef", shipmentRef, true);
      String house = Check.code(checks, "warehouse", warehouse, false);
      String by = Check.code(checks, "carrier", carrier, false);
      String how = Check.text(checks, "method", method, false);
      String tracking = Check.code(checks, "trackingNumber", trackingNumber, false);
      List<ShippedLineIn> given = lines == null ? List.of() : lines;
      Check.rows(checks, "lines", given, true);
      List<OrderErpUpdates.ShippedLine> shipped = new ArrayList<>();
      for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
        ShippedLineIn line = given.get(i);
        String at = "lines[" + i + "]";
        if (line == null) {
          checks.add(at, "error.required");
          continue;
        }
        String sku = Check.code(checks, at + ".sku", line.sku(), true);
        long quantity = Check.positive(checks, at + ".quantity", line.quantity());
        shipped.add(new OrderErpUpdates.ShippedLine(sku, quantity));
      }
      if (shippedAt != null && estimatedDelivery != null && estimatedDelivery.isBefore(shippedAt)) {
        checks.add("estimatedDelivery", "erp.protocol.notBefore", "shippedAt");
      }
      checks.throwIfAny();
      return new OrderErpUpdates.ShipmentData(
          number,
          ref,
          house,
          by,
          how,
          tracking,
          shippedAt,
          estimatedDelivery,
          List.copyOf(shipped),
          at());
    }
  }

  public record ShippedLineIn(String sku, Long quantity) {}

  /** An order the partner placed outside the portal (by {@code erpNumber}). */
  public record OfflineOrderIn(
      String eventId,
      Instant at,
      String erpNumber,
      String partnerCode,
      LocalDate orderDate,
      String status,
      String currency,
      List<OfflineLineIn> lines)
      implements Envelope {

    public OrderErpUpdates.OfflineOrder toUpdate() {
      Checks checks = Check.envelope(this);
      String erp = Check.code(checks, "erpNumber", erpNumber, true);
      String partner = Check.partnerCode(checks, partnerCode);
      checks.required("orderDate", orderDate);
      String state =
          Check.oneOf(checks, "status", status, true, ORDER_STATUSES.toArray(String[]::new));
      String money = Check.currency(checks, "currency", currency, true);
      List<OfflineLineIn> given = lines == null ? List.of() : lines;
      Check.rows(checks, "lines", given, true);
      List<OrderErpUpdates.OfflineLine> out = new ArrayList<>();
      for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
        OfflineLineIn line = given.get(i);
        String at = "lines[" + i + "]";
        if (line == null) {
          checks.add(at, "error.required");
          continue;
        }
        out.add(
            new OrderErpUpdates.OfflineLine(
                Check.code(checks, at + ".sku", line.sku(), true),
                Check.text(checks, at + ".name", line.name(), false),
                Check.positive(checks, at + ".quantity", line.quantity()),
                Check.amount(checks, at + ".unitPrice", line.unitPrice(), true)));
      }
      checks.throwIfAny();
      return new OrderErpUpdates.OfflineOrder(
          erp, partner, orderDate, state, money, List.copyOf(out), at());
    }
  }

  public record OfflineLineIn(String sku, String name, Long quantity, BigDecimal unitPrice) {}

  /** Stock per product and warehouse, many rows at once. */
  public record StockIn(String eventId, Instant at, List<StockLevelIn> levels) implements Envelope {

    public List<OrderErpUpdates.StockData> toUpdate() {
      Checks checks = Check.envelope(this);
      List<StockLevelIn> given = levels == null ? List.of() : levels;
      Check.rows(checks, "levels", given, true);
      List<OrderErpUpdates.StockData> out = new ArrayList<>();
      for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
        StockLevelIn level = given.get(i);
        String at = "levels[" + i + "]";
        if (level == null) {
          checks.add(at, "error.required");
          continue;
        }
        out.add(
            new OrderErpUpdates.StockData(
                Check.code(checks, at + ".sku", level.sku(), true),
                Check.code(checks, at + ".warehouse", level.warehouse(), true),
                Check.notNegative(checks, at + ".quantity", level.quantity(), true),
                level.asOf() != null ? level.asOf() : at()));
      }
      checks.throwIfAny();
      return List.copyOf(out);
    }
  }

  /**
   * @param asOf when this row was counted (default: the message's {@code at})
   */
  public record StockLevelIn(String sku, String warehouse, Long quantity, Instant asOf) {}

  /** A partner's contract prices as the ERP holds them. */
  public record ContractPricesIn(
      String eventId, Instant at, String partnerCode, List<ContractPriceIn> prices)
      implements Envelope {

    /** The checked prices (the partner code is {@link #checkedPartnerCode}). */
    public List<ContractPriceIn> checked() {
      Checks checks = Check.envelope(this);
      Check.partnerCode(checks, partnerCode);
      List<ContractPriceIn> given = prices == null ? List.of() : prices;
      Check.rows(checks, "prices", given, true);
      List<ContractPriceIn> out = new ArrayList<>();
      for (int i = 0; i < given.size() && i < MAX_ROWS; i++) {
        ContractPriceIn price = given.get(i);
        String at = "prices[" + i + "]";
        if (price == null) {
          checks.add(at, "error.required");
          continue;
        }
        String sku = Check.code(checks, at + ".sku", price.sku(), true);
        BigDecimal value = Check.amount(checks, at + ".price", price.price(), true);
        String money = Check.currency(checks, at + ".currency", price.currency(), false);
        if (price.validFrom() != null
            && price.validTo() != null
            && price.validTo().isBefore(price.validFrom())) {
          checks.add(at + ".validTo", "erp.protocol.notBefore", "validFrom");
        }
        out.add(new ContractPriceIn(sku, value, money, price.validFrom(), price.validTo()));
      }
      checks.throwIfAny();
      return List.copyOf(out);
    }

    public String checkedPartnerCode() {
      return partnerCode.strip().toUpperCase(Locale.ROOT);
    }
  }

  /**
   * @param currency default: the product's; another than the product's is not applied
   * @param validFrom default: today
   * @param validTo default: open-ended
   */
  public record ContractPriceIn(
      String sku, BigDecimal price, String currency, LocalDate validFrom, LocalDate validTo) {}

  /** A partner's account in the ERP: credit limit, what is open, and whether it is on hold. */
  public record PartnerAccountIn(
      String eventId,
      Instant at,
      String partnerCode,
      BigDecimal creditLimit,
      BigDecimal openAmount,
      String currency,
      Boolean onHold)
      implements Envelope {

    public OrderErpUpdates.PartnerAccount toUpdate() {
      Checks checks = Check.envelope(this);
      String partner = Check.partnerCode(checks, partnerCode);
      BigDecimal limit = Check.amount(checks, "creditLimit", creditLimit, true);
      BigDecimal open = Check.signedAmount(checks, "openAmount", openAmount, true);
      String money = Check.currency(checks, "currency", currency, true);
      checks.throwIfAny();
      return new OrderErpUpdates.PartnerAccount(
          partner, limit, open, money, Boolean.TRUE.equals(onHold), at());
    }
  }

  /**
   * @param kind invoice or credit_note
   * @param orderNumber the portal order it bills, if any
   */
  public record InvoiceIn(
      String eventId,
      Instant at,
      String invoiceNumber,
      String kind,
      String orderNumber,
      String partnerCode,
      LocalDate date,
      BigDecimal amount,
      String currency)
      implements Envelope {

    public OrderErpUpdates.InvoiceData toUpdate() {
      Checks checks = Check.envelope(this);
      String number = Check.code(checks, "invoiceNumber", invoiceNumber, true);
      String type = Check.oneOf(checks, "kind", kind, true, "invoice", "credit_note");
      String order = Check.code(checks, "orderNumber", orderNumber, false);
      String partner = Check.partnerCode(checks, partnerCode);
      checks.required("date", date);
      BigDecimal value = Check.amount(checks, "amount", amount, true);
      String money = Check.currency(checks, "currency", currency, true);
      checks.throwIfAny();
      return new OrderErpUpdates.InvoiceData(
          number, type, order, partner, date, value, money, at());
    }
  }

  // ---- MDF payments ----------------------------------------------------------------------

  /** What the ERP did with an MDF claim's payment: booked (it owes it) or paid. */
  public record MdfPaymentIn(
      String eventId, Instant at, String claimNumber, String status, String erpReference)
      implements Envelope {

    /** The checked fields: claim number, status, ERP reference. */
    public record Checked(String claimNumber, String status, String erpReference, Instant at) {}

    public Checked checked() {
      Checks checks = Check.envelope(this);
      String claim = Check.code(checks, "claimNumber", claimNumber, true);
      String state = Check.oneOf(checks, "status", status, true, "booked", "paid");
      String reference = Check.code(checks, "erpReference", erpReference, true);
      checks.throwIfAny();
      return new Checked(claim, state, reference, at());
    }
  }

  // ---- the checks ------------------------------------------------------------------------

  /** The checks of the fields (named apart from the records' accessors). */
  static final class Check {
    private Check() {}

    /** The envelope's checks: eventId and at are required. */
    static Checks envelope(Envelope message) {
      Checks checks = new Checks();
      checks.text("eventId", message.eventId(), true, ID_MAX);
      checks.required("at", message.at());
      return checks;
    }

    /** A code or number (single line, at most 64 characters), trimmed; null when blank. */
    static String code(Checks checks, String field, String value, boolean required) {
      checks.text(field, value, required, CODE_MAX);
      return Checks.clean(value);
    }

    static String text(Checks checks, String field, String value, boolean required) {
      checks.multiLineText(field, value, required, TEXT_MAX);
      return Checks.clean(value);
    }

    static String partnerCode(Checks checks, String value) {
      String code = code(checks, "partnerCode", value, true);
      return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    static String oneOf(
        Checks checks, String field, String value, boolean required, String... allowed) {
      String code = Checks.clean(value);
      if (code == null) {
        if (required) {
          checks.add(field, "error.required");
        }
        return null;
      }
      String lower = code.toLowerCase(Locale.ROOT);
      if (!List.of(allowed).contains(lower)) {
        checks.add(field, "error.json.oneOf", String.join(", ", allowed));
        return null;
      }
      return lower;
    }

    static String currency(Checks checks, String field, String value, boolean required) {
      String code = Checks.clean(value);
      if (code == null) {
        if (required) {
          checks.add(field, "error.required");
        }
        return null;
      }
      String upper = code.toUpperCase(Locale.ROOT);
      if (!CURRENCY.matcher(upper).matches()) {
        checks.add(field, "erp.protocol.currency");
        return null;
      }
      return upper;
    }

    static long notNegative(Checks checks, String field, Long value) {
      return notNegative(checks, field, value, false);
    }

    static long notNegative(Checks checks, String field, Long value, boolean required) {
      if (value == null) {
        if (required) {
          checks.add(field, "error.required");
        }
        return 0;
      }
      if (value < 0) {
        checks.add(field, "erp.protocol.notNegative");
        return 0;
      }
      return value;
    }

    static long positive(Checks checks, String field, Long value) {
      if (value == null) {
        checks.add(field, "error.required");
        return 0;
      }
      if (value < 1) {
        checks.add(field, "erp.protocol.positive");
        return 0;
      }
      return value;
    }

    /** An amount of money, not negative, at most 4 decimals and 15 digits before the point. */
    static BigDecimal amount(Checks checks, String field, BigDecimal value, boolean required) {
      BigDecimal checked = signedAmount(checks, field, value, required);
      if (checked != null && checked.signum() < 0) {
        checks.add(field, "erp.protocol.notNegative");
        return null;
      }
      return checked;
    }

    static BigDecimal signedAmount(
        Checks checks, String field, BigDecimal value, boolean required) {
      if (value == null) {
        if (required) {
          checks.add(field, "error.required");
        }
        return null;
      }
      BigDecimal v = value.stripTrailingZeros();
      if (v.scale() > 4 || v.precision() - v.scale() > 15) {
        checks.add(field, "erp.protocol.amount");
        return null;
      }
      return value;
    }

    /** A list of rows: required means at least one; never more than {@value #MAX_ROWS}. */
    static void rows(Checks checks, String field, List<?> rows, boolean required) {
      if (required && rows.isEmpty()) {
        checks.add(field, "erp.protocol.empty");
      }
      if (rows.size() > MAX_ROWS) {
        checks.add(field, "erp.protocol.tooMany", MAX_ROWS);
      }
    }
  }
}
