package org.channelport.mdf.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.channelport.mdf.ClaimInput;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.EventView;
import org.channelport.mdf.MdfClaimStatus;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfClaims.ChecklistItem;
import org.channelport.mdf.MdfPrograms;
import org.channelport.mdf.MdfProofKind;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.ProofRuleView;
import org.channelport.mdf.ProofUpload;
import org.channelport.mdf.RequestView;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A claim (/partner/mdf-claim.xhtml?id=, new: ?requestId=): the figures, the proof files with the
 * activity type's checklist (each line ticks as its proof arrives; "complete" once every required
 * one is there), "Submit" for the partner manager only, and the reimbursement clock — submitted,
 * approved, paid, and how long each step took. The service checks every step again.
 */
@Named
@ViewScoped
public class MdfClaimBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfClaims claims;
  @Inject MdfRequests requests;
  @Inject MdfPrograms programs;
  @Inject MdfPages pages;
  @Inject CurrentCaller currentCaller;

  private String idParam;
  private String requestIdParam;
  private Long id;
  private Long requestId;
  private Long version;

  private BigDecimal claimedAmount;
  private BigDecimal actualCost;
  private String results;
  private boolean finalClaim;
  private MdfProofKind proofKind;
  private transient UploadedFile chosen;

  private transient ClaimView claim;
  private transient RequestView request;
  private transient List<ChecklistItem> checklist;
  private transient List<EventView> timeline;

  /** One step of the reimbursement clock: when it happened and how long it took. */
  public record ClockStep(String key, Instant at, String took) implements Serializable {}

  /** viewAction: the claim, or the request a new one draws on; else the not-found page. */
  public void load() {
    id = ListFilters.id(idParam);
    if (id != null) {
      claim = claims.find(id);
      requestId = claim.requestId();
      version = claim.version();
      claimedAmount = claim.claimedAmount();
      actualCost = claim.actualCost();
      results = claim.results();
      finalClaim = claim.finalClaim();
      return;
    }
    requestId = ListFilters.id(requestIdParam);
    if (requestId == null) {
      throw new RecordNotFoundException("MdfClaim", idParam);
    }
    request = requests.find(requestId);
  }

  public boolean isNew() {
    return id == null;
  }

  public ClaimView getClaim() {
    if (claim == null && id != null) {
      claim = claims.find(id);
    }
    return claim;
  }

  public RequestView getRequest() {
    if (request == null && requestId != null) {
      request = requests.find(requestId);
    }
    return request;
  }

  // --- steps ---------------------------------------------------------------------------------

  /** A new draft, with the chosen proof file if one was chosen. */
  public String create() {
    ClaimView created;
    try {
      created =
          claims.create(
              new ClaimInput(requestId, claimedAmount, actualCost, results, finalClaim),
              chosenUpload());
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info("mdfPage.done.claimCreated", created.number());
    return reload(created.id());
  }

  public String save() {
    try {
      claims.update(
          id, new ClaimInput(null, claimedAmount, actualCost, results, finalClaim), version);
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info("mdfPage.done.claimSaved", getClaim().number());
    return reload(id);
  }

  /** The chosen file joins the claim's proof (checked by content); the checklist follows. */
  public String addProof() {
    List<ProofUpload> upload = chosenUpload();
    if (upload.isEmpty()) {
      FacesMessages.error("mdfPage.proof.none");
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    try {
      claims.addProof(id, upload);
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info("mdfPage.done.proofAdded", upload.get(0).name());
    return reload(id);
  }

  public String submit() {
    ClaimView after;
    try {
      after = claims.submit(id, version);
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info("mdfPage.done.claimSubmitted", after.number());
    return reload(id);
  }

  private List<ProofUpload> chosenUpload() {
    if (chosen == null || chosen.getFileName() == null || chosen.getFileName().isBlank()) {
      return List.of();
    }
    int max = pages.getMaxProofBytes();
    byte[] bytes;
    try (InputStream in = chosen.getInputStream()) {
      // never more than one byte past the limit: the service refuses the excess
      bytes = in.readNBytes(max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ProofUpload> list = new ArrayList<>();
    list.add(new ProofUpload(proofKind, chosen.getFileName(), bytes));
    chosen = null;
    return list;
  }

  private String reload(long claimId) {
    return "/partner/mdf-claim?faces-redirect=true&id=" + claimId;
  }

  /** A proof file to download (the service checks the caller may see the claim). */
  public StreamedContent download(long proofId) {
    MdfClaims.ProofContent content = claims.proof(id, proofId);
    return DefaultStreamedContent.builder()
        .name(content.name() == null ? "proof-" + proofId : content.name())
        .contentType(content.contentType())
        .contentLength((long) content.bytes().length)
        .stream(() -> new ByteArrayInputStream(content.bytes()))
        .build();
  }

  // --- what the page shows -------------------------------------------------------------------

  /** The activity type's proof rules, each with whether its proof is there. */
  public List<ChecklistItem> getChecklist() {
    if (checklist == null) {
      checklist =
          id != null
              ? claims.checklist(id)
              : programs.proofRules(getRequest().activityType()).stream()
                  .map(r -> new ChecklistItem(r, false))
                  .toList();
    }
    return checklist;
  }

  /** Every required proof is there. */
  public boolean isChecklistComplete() {
    return getChecklist().stream().allMatch(i -> i.met() || !i.rule().required());
  }

  public List<String> getMissingLabels() {
    return getChecklist().stream()
        .filter(i -> i.rule().required() && !i.met())
        .map(ChecklistItem::rule)
        .map(ProofRuleView::labelKey)
        .toList();
  }

  public List<EventView> getTimeline() {
    if (timeline == null) {
      timeline = id == null ? List.of() : claims.events(id);
    }
    return timeline;
  }

  /** The reimbursement clock: each step reached, when, and how long it took since the last. */
  public List<ClockStep> getClock() {
    ClaimView c = getClaim();
    List<ClockStep> steps = new ArrayList<>();
    Instant last = c.createdAt();
    steps.add(new ClockStep("mdfPage.clock.created", c.createdAt(), null));
    last = step(steps, "mdfPage.clock.submitted", c.submittedAt(), last);
    last = step(steps, "mdfPage.clock.approved", c.approvedAt(), last);
    last = step(steps, "mdfPage.clock.sent", c.paymentSentAt(), last);
    last = step(steps, "mdfPage.clock.booked", c.bookedAt(), last);
    step(steps, "mdfPage.clock.paid", c.paidAt(), last);
    return steps;
  }

  private Instant step(List<ClockStep> steps, String key, Instant at, Instant last) {
    if (at == null) {
      return last;
    }
    steps.add(
        new ClockStep(
            key,
            at,
            last == null
                ? null
                : MdfPages.took(java.time.Duration.between(last, at), MdfPages.locale())));
    return at;
  }

  /** From submission to payment, once paid ("" before). */
  public String getTotalTime() {
    ClaimView c = getClaim();
    return c.submittedAt() == null || c.paidAt() == null
        ? ""
        : MdfPages.took(java.time.Duration.between(c.submittedAt(), c.paidAt()), MdfPages.locale());
  }

  /** Figures and proof change while the claim is a draft or returned, by the partner's users. */
  public boolean isEditable() {
    return currentCaller.get().isPartnerUser()
        && (isNew()
            || getClaim().status() == MdfClaimStatus.DRAFT
            || getClaim().status() == MdfClaimStatus.RETURNED);
  }

  /** Only the partner manager submits (the service refuses anyone else). */
  public boolean isCanSubmit() {
    return !isNew() && isEditable() && currentCaller.get().isPartnerManager();
  }

  /** An employee prepares the claim; the page says the manager submits it. */
  public boolean isPreparesOnly() {
    return !isNew() && isEditable() && !currentCaller.get().isPartnerManager();
  }

  // --- bound values --------------------------------------------------------------------------

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getRequestIdParam() {
    return requestIdParam;
  }

  public void setRequestIdParam(String requestIdParam) {
    this.requestIdParam = requestIdParam;
  }

  public BigDecimal getClaimedAmount() {
    return claimedAmount;
  }

  public void setClaimedAmount(BigDecimal claimedAmount) {
    this.claimedAmount = claimedAmount;
  }

  public BigDecimal getActualCost() {
    return actualCost;
  }

  public void setActualCost(BigDecimal actualCost) {
    this.actualCost = actualCost;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public boolean isFinalClaim() {
    return finalClaim;
  }

  public void setFinalClaim(boolean finalClaim) {
    this.finalClaim = finalClaim;
  }

  public MdfProofKind getProofKind() {
    return proofKind;
  }

  public void setProofKind(MdfProofKind proofKind) {
    this.proofKind = proofKind;
  }

  public UploadedFile getChosen() {
    return chosen;
  }

  public void setChosen(UploadedFile chosen) {
    this.chosen = chosen;
  }
}
