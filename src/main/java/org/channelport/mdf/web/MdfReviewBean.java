package org.channelport.mdf.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.RequestView;
import org.channelport.platform.web.FacesMessages;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The review queue (/channel/mdf-review.xhtml): fund requests and claims waiting for a decision
 * (submitted, or awaiting a second approval), the oldest first; each claim with its proof files and
 * the request it draws on. Approve (perhaps less, with a reason), reject and — for claims — return
 * open a dialog; the service checks the approver's limit, the portfolio and the reasons again.
 */
@Named
@ViewScoped
public class MdfReviewBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfRequests requests;
  @Inject MdfClaims claims;

  private ServiceLazyModel<RequestView> requestModel;
  private ServiceLazyModel<ClaimView> claimModel;

  /** What the open dialog decides: "request" or "claim", its id, version and the amount asked. */
  private String kind;

  private Long id;
  private Long version;
  private String number;
  private BigDecimal asked;
  private String currency;
  private BigDecimal amount;
  private String reason;
  private transient Map<Long, RequestView> drawnOn;

  /** The search text (also {@code ?q=}): a request's or claim's number, a title, a code. */
  private String text;

  @PostConstruct
  void init() {
    requestModel =
        ServiceLazyModel.of(
            r -> requests.list(awaiting(r)).total(),
            r -> requests.list(awaiting(r)).rows(),
            RequestView::id);
    claimModel =
        ServiceLazyModel.of(
            r -> claims.list(awaiting(r)).total(),
            r -> claims.list(awaiting(r)).rows(),
            ClaimView::id);
  }

  /**
   * The queue: the waiting ones matching the search text (a number, a request's title or campaign
   * code), oldest submission first unless the user sorts.
   */
  PageRequest awaiting(PageRequest r) {
    return awaiting(r, text);
  }

  static PageRequest awaiting(PageRequest r, String text) {
    Map<String, String> filters = new HashMap<>(r.filters());
    filters.put("awaiting", "true");
    if (text != null && !text.isBlank()) {
      filters.put("q", text.strip());
    }
    return r.sortField() != null
        ? new PageRequest(r.first(), r.size(), r.sortField(), r.ascending(), filters)
        : new PageRequest(r.first(), r.size(), "submittedAt", true, filters);
  }

  /** The request a claim draws on (read once per view). */
  public RequestView request(long requestId) {
    if (drawnOn == null) {
      drawnOn = new HashMap<>();
    }
    RequestView r = drawnOn.get(requestId);
    if (r == null) {
      r = requests.find(requestId);
      drawnOn.put(requestId, r);
    }
    return r;
  }

  /** A row's decision button: the dialog is filled with that request. */
  public void pickRequest(RequestView r) {
    pick("request", r.id(), r.version(), r.number(), r.requestedAmount(), r.currency());
  }

  public void pickClaim(ClaimView c) {
    pick("claim", c.id(), c.version(), c.number(), c.claimedAmount(), c.currency());
  }

  private void pick(String k, long i, long v, String n, BigDecimal a, String cur) {
    kind = k;
    id = i;
    version = v;
    number = n;
    asked = a;
    currency = cur;
    amount = a;
    reason = null;
  }

  public String approve() {
    return decide(
        () ->
            "claim".equals(kind)
                ? claims.approve(id, amount, MdfPages.blankToNull(reason), version).status().code()
                : requests
                    .approve(id, amount, MdfPages.blankToNull(reason), version)
                    .status()
                    .code());
  }

  public String reject() {
    return decide(
        () ->
            "claim".equals(kind)
                ? claims.reject(id, MdfPages.blankToNull(reason), version).status().code()
                : requests.reject(id, MdfPages.blankToNull(reason), version).status().code());
  }

  public String returnClaim() {
    return decide(
        () ->
            claims.returnForCorrection(id, MdfPages.blankToNull(reason), version).status().code());
  }

  private String decide(Supplier<String> action) {
    String status;
    try {
      status = action.get();
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info(
        "mdfPage.done.decided", number, FacesMessages.text("mdfPage." + kind + "Status." + status));
    return "/channel/mdf-review?faces-redirect=true"
        + (text == null || text.isBlank()
            ? ""
            : "&q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
  }

  public StreamedContent download(long claimId, long proofId) {
    MdfClaims.ProofContent content = claims.proof(claimId, proofId);
    return DefaultStreamedContent.builder()
        .name(content.name() == null ? "proof-" + proofId : content.name())
        .contentType(content.contentType())
        .contentLength((long) content.bytes().length)
        .stream(() -> new ByteArrayInputStream(content.bytes()))
        .build();
  }

  /** The search text changed: both queues back to their first page. */
  public void filter() {
    for (String table : new String[] {"reviewForm:requests", "reviewForm:claims"}) {
      if (FacesContext.getCurrentInstance().getViewRoot().findComponent(table)
          instanceof DataTable t) {
        t.setFirst(0);
      }
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null || text.isBlank() ? null : text.strip();
  }

  public ServiceLazyModel<RequestView> getRequestModel() {
    return requestModel;
  }

  public ServiceLazyModel<ClaimView> getClaimModel() {
    return claimModel;
  }

  public String getKind() {
    return kind;
  }

  public String getNumber() {
    return number;
  }

  public BigDecimal getAsked() {
    return asked;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
