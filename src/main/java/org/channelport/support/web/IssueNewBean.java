package org.channelport.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.customer.CustomerView;
import org.channelport.order.OrderItems;
import org.channelport.order.OrderRow;
import org.channelport.order.OrderService;
import org.channelport.order.OrderStatus;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueCategory;
import org.channelport.support.IssueFile;
import org.channelport.support.IssueInput;
import org.channelport.support.IssuePriority;
import org.channelport.support.IssueService;
import org.channelport.support.IssueView;
import org.channelport.support.SolutionHit;
import org.channelport.support.SolutionInput;
import org.channelport.support.SolutionService;
import org.primefaces.model.file.UploadedFile;

/**
 * A partner user logs a service issue (/partner/issue-new.xhtml): the customer, the order and line
 * the product came with (picking a line fills the SKU), serial number, subject, description,
 * priority, category and files. While subject and description are typed, the best published
 * solutions appear; "this solved it" counts a deflected issue and logs nothing. {@link
 * IssueService} checks everything again.
 */
@Named
@ViewScoped
public class IssueNewBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many suggestions the form shows. */
  static final int SUGGESTIONS = 5;

  /** The orders the picker offers: the newest of these (drafts and cancelled ones never). */
  static final int ORDER_CHOICES = 100;

  static final Set<OrderStatus> PLACED =
      EnumSet.complementOf(
          EnumSet.of(OrderStatus.DRAFT, OrderStatus.CANCELLED, OrderStatus.REJECTED));

  @Inject IssueService issues;
  @Inject SolutionService solutions;
  @Inject OrderService orders;
  @Inject IssuePages pages;

  private Long customerId;
  private Long orderId;
  private String orderQuery;
  private OrderRow chosenOrder;
  private Integer lineNo;
  private String sku;
  private String productName;
  private String serialNumber;
  private String subject;
  private String description;
  private String priority = IssuePriority.NORMAL.code();
  private String category = IssueCategory.DEFECT.code();
  private boolean searched;
  private List<SolutionHit> suggestions = List.of();
  private String fileProblem;

  // the bytes of files not sent yet stay out of a replicated session: a failover loses only them
  private transient PendingFiles files;
  private transient UploadedFile chosen;

  private transient List<CustomerView> customerOptions;
  private transient List<OrderRow> orderOptions;
  private transient List<OrderItems.Item> lineOptions;

  // --- the form ------------------------------------------------------------------------------

  public List<CustomerView> getCustomers() {
    if (customerOptions == null) {
      customerOptions = pages.customers();
    }
    return customerOptions;
  }

  /**
   * The partner's placed orders, newest first, offline ones (entered in the ERP) included: the
   * newest {@value #ORDER_CHOICES}, or those whose number, PO or ERP number holds what was typed in
   * the order search (an older order is found so); the chosen order stays offered.
   */
  public List<OrderRow> getOrders() {
    if (orderOptions == null) {
      String placed = String.join(",", PLACED.stream().map(OrderStatus::code).toList());
      Map<String, String> filters = new HashMap<>();
      filters.put("status", placed);
      if (orderQuery != null && !orderQuery.isBlank()) {
        filters.put("q", orderQuery.strip());
      }
      List<OrderRow> found =
          new ArrayList<>(
              orders.rows(new PageRequest(0, ORDER_CHOICES, "createdAt", false, filters)));
      if (chosenOrder != null
          && Long.valueOf(chosenOrder.id()).equals(orderId)
          && found.stream().noneMatch(o -> o.id() == chosenOrder.id())) {
        found.add(0, chosenOrder); // the order chosen before the search changed stays offered
      }
      // returns are orders too, but nothing a customer ran into
      found.removeIf(o -> "return".equals(o.getKind()));
      orderOptions = List.copyOf(found);
    }
    return orderOptions;
  }

  /** The order search changed: other orders offered; a single match is chosen. */
  public void orderSearched() {
    orderOptions = null;
    if (orderQuery != null && !orderQuery.isBlank() && getOrders().size() == 1) {
      Long only = getOrders().get(0).id();
      if (!only.equals(orderId)) {
        orderId = only;
        orderChosen();
      }
    }
  }

  /** viewAction: an order named in the URL ({@code ?order=CP-2026-000101}, from the order page). */
  public void applyOrder() {
    if (orderQuery != null && !orderQuery.isBlank() && orderId == null) {
      orderSearched();
    }
  }

  public String getOrderQuery() {
    return orderQuery;
  }

  public void setOrderQuery(String orderQuery) {
    this.orderQuery = orderQuery;
  }

  public String orderLabel(OrderRow o) {
    return o.number()
        + (o.poNumber() == null ? "" : " · " + o.poNumber())
        + " · "
        + FacesMessages.text("orderPage.status." + o.status().code())
        + (o.isOffline() ? " · " + FacesMessages.text("orderPage.offline") : "");
  }

  /** The chosen order's lines. */
  public List<OrderItems.Item> getLines() {
    if (lineOptions == null) {
      lineOptions = orderId == null ? List.of() : orders.items(orderId).items();
    }
    return lineOptions;
  }

  /** Another order: its lines are offered, and the line chosen before is forgotten. */
  public void orderChosen() {
    chosenOrder =
        orderId == null
            ? null
            : getOrders().stream().filter(o -> orderId.equals(o.id())).findFirst().orElse(null);
    lineOptions = null;
    lineNo = null;
    if (getLines().size() == 1) {
      lineNo = getLines().get(0).lineNo();
      lineChosen();
    }
  }

  /** A line picked: its product is the issue's. */
  public void lineChosen() {
    getLines().stream()
        .filter(l -> lineNo != null && l.lineNo() == lineNo)
        .findFirst()
        .ifPresent(
            l -> {
              sku = l.sku();
              productName = l.productName();
            });
  }

  /** Subject or description typed: the best published solutions for them, for this product. */
  public void suggest() {
    String text =
        ((subject == null ? "" : subject) + " " + (description == null ? "" : description)).strip();
    // the product lifts its own solutions (and those of its catalog category)
    suggestions = text.isEmpty() ? List.of() : solutions.suggest(text, sku, null, SUGGESTIONS);
    searched = !text.isEmpty();
  }

  /** "This solved it": counted for the solution and as a deflected issue; nothing is logged. */
  public String deflect(long solutionId) {
    solutions.deflect(solutionId, new SolutionInput.Deflection(sku));
    FacesMessages.info("issuePage.suggest.thanks");
    return "/partner/issues?faces-redirect=true";
  }

  public String create() {
    try {
      IssueView created =
          issues.create(
              new IssueInput(
                  customerId,
                  sku,
                  serialNumber,
                  orderId,
                  lineNo,
                  subject,
                  description,
                  priority,
                  category),
              uploads());
      FacesMessages.info("issuePage.new.created", created.number());
      files().clear();
      return "/partner/issue?faces-redirect=true&id=" + created.id();
    } catch (InvalidInputException invalid) {
      IssueMessages.show(invalid);
      return null;
    }
  }

  private List<IssueFile> uploads() {
    return files().list().stream().map(f -> new IssueFile(f.name(), f.bytes())).toList();
  }

  // --- files ---------------------------------------------------------------------------------

  /** "Attach": the chosen file joins the list, or the page says why not. */
  public void attach() {
    if (chosen == null || chosen.getFileName() == null || chosen.getFileName().isBlank()) {
      fileProblem = FacesMessages.text("issuePage.attachments.none");
      return;
    }
    PendingFiles.Refusal refused =
        files()
            .add(
                chosen, issues.attachmentLimits().maxBytes(), issues.attachmentLimits().maxFiles());
    fileProblem = refused == null ? null : FacesMessages.text(refused.key(), refused.args());
    chosen = null;
  }

  public UploadedFile getChosen() {
    return chosen;
  }

  public void setChosen(UploadedFile chosen) {
    this.chosen = chosen;
  }

  public void removeFile(int index) {
    files().remove(index);
    fileProblem = null;
  }

  public List<PendingFiles.PendingFile> getFiles() {
    return files().list();
  }

  private PendingFiles files() {
    if (files == null) {
      files = new PendingFiles();
    }
    return files;
  }

  public String getFileProblem() {
    return fileProblem;
  }

  // --- bound values --------------------------------------------------------------------------

  public boolean isSearched() {
    return searched;
  }

  public List<SolutionHit> getSuggestions() {
    return suggestions;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public Long getOrderId() {
    return orderId;
  }

  public void setOrderId(Long orderId) {
    this.orderId = orderId;
  }

  public Integer getLineNo() {
    return lineNo;
  }

  public void setLineNo(Integer lineNo) {
    this.lineNo = lineNo;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getProductName() {
    return productName;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public void setSerialNumber(String serialNumber) {
    this.serialNumber = serialNumber;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
