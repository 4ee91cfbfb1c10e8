package org.channelport.order.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.customer.CustomerView;
import org.channelport.order.OrderInput;
import org.channelport.order.OrderKind;
import org.channelport.order.OrderLine;
import org.channelport.order.OrderService;
import org.channelport.order.OrderStatus;
import org.channelport.order.PricedLine;
import org.channelport.order.QuickOrderLines;
import org.channelport.order.SalesOrder;
import org.channelport.order.ShipTo;
import org.channelport.order.StockRow;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.Money;
import org.primefaces.event.FileUploadEvent;

/**
 * The cart and checkout (/partner/cart.xhtml): a new order, or a draft or unreleased order of the
 * caller's opened for editing (?id=). Lines show the partner's net price now and the stock per
 * warehouse with its age; a line above the stock is split or waitlisted; lines can be pasted or
 * uploaded (quick order). Saving keeps a draft, submitting sends it on (to the partner manager when
 * an employee's order is above the approval limit). {@link OrderService} checks and prices
 * everything again; the page only shows what it would take.
 */
@Named
@ViewScoped
public class CartBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most bytes a quick-order CSV may have. */
  static final long MAX_UPLOAD = 512 * 1024;

  @Inject OrderService orders;
  @Inject OrderPages pages;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  private String idParam;
  private Long id;
  private Long version;
  private String number;
  private String status;

  private String kind = OrderKind.REPLENISHMENT.code();
  private boolean newCustomer;
  private Long customerId;
  private String customerCompany;
  private String customerEmail;
  private String customerCountry;
  private String poNumber;
  private String shipToName;
  private String shipToStreet;
  private String shipToPostcode;
  private String shipToCity;
  private String shipToCountry;
  private LocalDate requestedDelivery;
  private String note;
  private String campaignCode;
  private final List<CartLine> lines = new ArrayList<>();
  private String quickText;
  private final List<String> quickProblems = new ArrayList<>();

  private transient List<CustomerView> customerOptions;
  private transient Map<String, String> warehouseNames;
  private Money approvalLimit;
  private boolean approvalLimitRead;

  /** viewAction: an existing order to edit (?id=), or a fresh cart with one empty line. */
  public String load() {
    id = ListFilters.id(idParam);
    if (idParam != null && id == null) {
      orders.find(null); // not found, like any id the caller may not see
    }
    if (id == null) {
      lines.add(new CartLine());
      return null;
    }
    SalesOrder order = orders.find(id);
    if (!orders.actions(order).edit()) {
      FacesMessages.error("orderPage.cart.notEditable", order.getNumber());
      return "/partner/order?faces-redirect=true&id=" + id;
    }
    version = order.getVersion();
    number = order.getNumber();
    status = order.getStatus().code();
    kind = order.getKind().code();
    customerId = order.getCustomerId();
    poNumber = order.getPoNumber();
    ShipTo to = order.getShipTo();
    if (to != null) {
      shipToName = to.getName();
      shipToStreet = to.getStreet();
      shipToPostcode = to.getPostcode();
      shipToCity = to.getCity();
      shipToCountry = to.getCountry();
    }
    requestedDelivery = order.getRequestedDelivery();
    note = order.getNote();
    campaignCode = order.getCampaignCode();
    for (OrderLine l : order.getLines()) {
      CartLine line = new CartLine(l.getSku(), l.getQuantity(), l.getWarehouse());
      line.setBackorder(l.isWaitlisted() ? "waitlist" : "split");
      lines.add(line);
    }
    if (lines.isEmpty()) {
      lines.add(new CartLine());
    }
    refresh();
    return null;
  }

  // --- lines -------------------------------------------------------------------------------

  public void addLine() {
    lines.add(new CartLine());
  }

  public void removeLine(int index) {
    if (index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
    if (lines.isEmpty()) {
      lines.add(new CartLine());
    }
  }

  /** Prices every line and reads its stock again (after any change of a line). */
  public void refresh() {
    List<String> skus =
        lines.stream()
            .map(CartLine::getSku)
            .filter(s -> s != null && !s.isBlank())
            .map(String::strip)
            .toList();
    Map<String, List<StockRow>> stock = skus.isEmpty() ? Map.of() : orders.stock(skus);
    Locale locale = OrderPages.locale();
    for (CartLine line : lines) {
      line.clearQuote();
      if (line.getSku() == null || line.getSku().isBlank()) {
        continue;
      }
      line.setSku(line.getSku().strip());
      List<StockRow> rows = stock.getOrDefault(line.getSku(), List.of());
      line.stock(rows, available(rows, line.getWarehouse()));
      long quantity = line.getQuantity() == null || line.getQuantity() < 1 ? 1 : line.getQuantity();
      try {
        PricedLine p =
            orders
                .price(
                    List.of(
                        new OrderInput.LineInput(
                            line.getSku(),
                            quantity,
                            blankToNull(line.getWarehouse()),
                            line.getBackorder())))
                .get(0);
        line.quote(
            p.productName(),
            p.unitPrice().amount(),
            line.getQuantity() == null ? null : p.lineTotal().amount(),
            p.unitPrice().currency(),
            line.getQuantity() == null ? 0 : p.backordered(),
            p.waitlisted());
      } catch (InvalidInputException invalid) {
        line.error(
            invalid.errors().stream()
                .map(e -> e.message(locale))
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
      } catch (DomainException refused) {
        line.error(refused.localizedMessage(locale));
      }
    }
  }

  /** What the line can have now: the chosen warehouse's stock, or all of them; null: no figure. */
  static Long available(List<StockRow> rows, String warehouse) {
    if (rows.isEmpty()) {
      return null;
    }
    return rows.stream()
        .filter(r -> warehouse == null || warehouse.isBlank() || warehouse.equals(r.warehouse()))
        .mapToLong(StockRow::quantity)
        .sum();
  }

  /** Quick order: the pasted lines join the cart (the same SKU adds to its line). */
  public void addPasted() {
    add(QuickOrderLines.parse(quickText));
    if (quickProblems.isEmpty()) {
      quickText = null;
    }
  }

  /** Quick order from a CSV file (SKU and quantity columns), through the shared CSV opener. */
  public void upload(FileUploadEvent event) {
    if (event.getFile() == null || event.getFile().getSize() > MAX_UPLOAD) {
      quickProblems.clear();
      quickProblems.add(text("orderPage.quick.tooBig", MAX_UPLOAD / 1024));
      return;
    }
    try (InputStream in = event.getFile().getInputStream()) {
      add(QuickOrderLines.read(in));
    } catch (IOException e) {
      quickProblems.clear();
      quickProblems.add(text("quickOrder.file.badCsv", 0, e.getMessage()));
    }
  }

  private void add(QuickOrderLines.Result result) {
    quickProblems.clear();
    Locale locale = OrderPages.locale();
    for (QuickOrderLines.Problem p : result.problems()) {
      quickProblems.add(
          p.lineNumber() == 0
              ? p.message(locale)
              : Messages.text(locale, "orderPage.quick.problem", p.lineNumber())
                  + " "
                  + OrderPages.label(locale, p.field())
                  + ": "
                  + p.message(locale));
    }
    lines.removeIf(CartLine::isBlank);
    for (QuickOrderLines.Line l : result.lines()) {
      CartLine known =
          lines.stream()
              .filter(c -> c.getSku() != null && c.getSku().equalsIgnoreCase(l.sku()))
              .findFirst()
              .orElse(null);
      if (known == null) {
        lines.add(new CartLine(l.sku(), (long) l.quantity(), null));
      } else {
        known.setQuantity((known.getQuantity() == null ? 0 : known.getQuantity()) + l.quantity());
      }
    }
    if (lines.isEmpty()) {
      lines.add(new CartLine());
    }
    if (!result.lines().isEmpty()) {
      FacesMessages.info("orderPage.quick.added", result.lines().size());
    }
    refresh();
  }

  /** "Tell me when it is back" for a line's product. */
  public void watch(int index) {
    if (index < 0 || index >= lines.size()) {
      return;
    }
    String sku = lines.get(index).getSku();
    try {
      orders.watch(sku);
      FacesMessages.info("orderPage.watch.done", sku);
    } catch (InvalidInputException invalid) {
      showErrors(invalid);
    }
  }

  // --- saving ------------------------------------------------------------------------------

  /** Keeps the cart as a draft (or saves the edit of an existing order). */
  public String save() {
    return store(false);
  }

  /** Submits the order: to the ERP, or to the partner manager above an employee's limit. */
  public String submit() {
    return store(true);
  }

  private String store(boolean submit) {
    SalesOrder saved;
    try {
      if (id == null) {
        saved = orders.create(input(submit));
      } else {
        saved =
            orders.edit(
                id,
                new OrderInput.Edit(lineInputs(), requestedDelivery, blankToNull(note), version));
        if (submit && saved.getStatus() == OrderStatus.DRAFT) {
          saved = orders.submit(id, saved.getVersion());
        }
      }
    } catch (InvalidInputException invalid) {
      showErrors(invalid);
      return null;
    }
    FacesMessages.info(doneKey(saved, submit), saved.getNumber());
    return "/partner/order?faces-redirect=true&id=" + saved.getId();
  }

  private static String doneKey(SalesOrder saved, boolean submit) {
    return switch (saved.getStatus()) {
      case DRAFT -> "orderPage.saved.draft";
      case AWAITING_APPROVAL -> "orderPage.saved.awaitingApproval";
      default -> submit ? "orderPage.saved.submitted" : "orderPage.saved.changed";
    };
  }

  OrderInput input(boolean submit) {
    boolean onBehalf = OrderKind.ON_BEHALF.code().equals(kind);
    OrderInput.NewCustomer created =
        onBehalf && newCustomer
            ? new OrderInput.NewCustomer(customerCompany, customerEmail, customerCountry)
            : null;
    return new OrderInput(
        kind,
        onBehalf && !newCustomer ? customerId : null,
        created,
        blankToNull(poNumber),
        shipTo(),
        requestedDelivery,
        lineInputs(),
        blankToNull(note),
        blankToNull(campaignCode),
        submit);
  }

  private OrderInput.Address shipTo() {
    if (allBlank(shipToName, shipToStreet, shipToPostcode, shipToCity, shipToCountry)) {
      return null;
    }
    return new OrderInput.Address(
        shipToName, shipToStreet, shipToPostcode, shipToCity, shipToCountry);
  }

  private List<OrderInput.LineInput> lineInputs() {
    return lines.stream()
        .filter(l -> !l.isBlank())
        .map(
            l ->
                new OrderInput.LineInput(
                    l.getSku() == null ? null : l.getSku().strip(),
                    l.getQuantity(),
                    blankToNull(l.getWarehouse()),
                    l.isAboveStock() ? l.getBackorder() : null))
        .toList();
  }

  /** Every problem at the top of the form, each naming its field as the form labels it. */
  private void showErrors(InvalidInputException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = OrderPages.locale();
    for (FieldError error : invalid.errors()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              OrderPages.label(locale, error.field()) + ": " + error.message(locale),
              null));
    }
    faces.validationFailed();
  }

  // --- for the page ------------------------------------------------------------------------

  public boolean isExisting() {
    return id != null;
  }

  public boolean isDraft() {
    return id == null || OrderStatus.DRAFT.code().equals(status);
  }

  public boolean isOnBehalf() {
    return OrderKind.ON_BEHALF.code().equals(kind);
  }

  public List<CustomerView> getCustomers() {
    if (customerOptions == null) {
      customerOptions = pages.customers();
    }
    return customerOptions;
  }

  public String getCustomerName() {
    if (customerId == null) {
      return "";
    }
    return getCustomers().stream()
        .filter(c -> c.id() == customerId)
        .map(CustomerView::company)
        .findFirst()
        .orElse("#" + customerId);
  }

  public Map<String, String> getWarehouses() {
    if (warehouseNames == null) {
      warehouseNames = orders.warehouses();
    }
    return warehouseNames;
  }

  public List<Map.Entry<String, String>> getWarehouseList() {
    return new ArrayList<>(getWarehouses().entrySet());
  }

  public String warehouseName(String code) {
    return code == null ? "" : getWarehouses().getOrDefault(code, code);
  }

  /** The stock figure's age, "as of 14:02". */
  public String asOf(CartLine line) {
    return OrderPages.asOf(line.getStockAsOf(), clock.now());
  }

  /** The sum of the priced lines (one currency: the service refuses mixed ones). */
  public BigDecimal getTotal() {
    return lines.stream()
        .map(CartLine::getLineTotal)
        .filter(t -> t != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String getCurrency() {
    return lines.stream()
        .map(CartLine::getCurrency)
        .filter(c -> c != null)
        .findFirst()
        .orElse("EUR");
  }

  /** For an employee: the partner's approval limit (above it the partner manager approves). */
  public Money getApprovalLimit() {
    Caller caller = currentCaller.get();
    if (caller.isPartnerManager() || !caller.isPartnerUser()) {
      return null;
    }
    if (!approvalLimitRead) {
      approvalLimit = orders.approvalLimit(caller.partnerId());
      approvalLimitRead = true;
    }
    return approvalLimit;
  }

  /** The approval limit as the hint shows it ("5000.00 EUR"). */
  public String getApprovalLimitText() {
    Money limit = getApprovalLimit();
    return limit == null ? "" : limit.rounded().amount().toPlainString() + " " + limit.currency();
  }

  /** Whether the total is above the approval limit (the employee's order will wait for it). */
  public boolean isAboveApprovalLimit() {
    Money limit = getApprovalLimit();
    return limit != null
        && limit.currency().equals(getCurrency())
        && getTotal().compareTo(limit.amount()) > 0;
  }

  private static String text(String key, Object... args) {
    return Messages.text(OrderPages.locale(), key, args);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean allBlank(String... texts) {
    for (String t : texts) {
      if (t != null && !t.isBlank()) {
        return false;
      }
    }
    return true;
  }

  // --- bound values ------------------------------------------------------------------------

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getStatus() {
    return status;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isNewCustomer() {
    return newCustomer;
  }

  public void setNewCustomer(boolean newCustomer) {
    this.newCustomer = newCustomer;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCustomerCompany() {
    return customerCompany;
  }

  public void setCustomerCompany(String customerCompany) {
    this.customerCompany = customerCompany;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public void setCustomerEmail(String customerEmail) {
    this.customerEmail = customerEmail;
  }

  public String getCustomerCountry() {
    return customerCountry;
  }

  public void setCustomerCountry(String customerCountry) {
    this.customerCountry = customerCountry;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public void setCampaignCode(String campaignCode) {
    this.campaignCode = campaignCode;
  }

  public String getPoNumber() {
    return poNumber;
  }

  public void setPoNumber(String poNumber) {
    this.poNumber = poNumber;
  }

  public String getShipToName() {
    return shipToName;
  }

  public void setShipToName(String shipToName) {
    this.shipToName = shipToName;
  }

  public String getShipToStreet() {
    return shipToStreet;
  }

  public void setShipToStreet(String shipToStreet) {
    this.shipToStreet = shipToStreet;
  }

  public String getShipToPostcode() {
    return shipToPostcode;
  }

  public void setShipToPostcode(String shipToPostcode) {
    this.shipToPostcode = shipToPostcode;
  }

  public String getShipToCity() {
    return shipToCity;
  }

  public void setShipToCity(String shipToCity) {
    this.shipToCity = shipToCity;
  }

  public String getShipToCountry() {
    return shipToCountry;
  }

  public void setShipToCountry(String shipToCountry) {
    this.shipToCountry = shipToCountry;
  }

  public LocalDate getRequestedDelivery() {
    return requestedDelivery;
  }

  public void setRequestedDelivery(LocalDate requestedDelivery) {
    this.requestedDelivery = requestedDelivery;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<CartLine> getLines() {
    return lines;
  }

  public String getQuickText() {
    return quickText;
  }

  public void setQuickText(String quickText) {
    this.quickText = quickText;
  }

  public List<String> getQuickProblems() {
    return quickProblems;
  }

  public long getMaxUpload() {
    return MAX_UPLOAD;
  }
}
