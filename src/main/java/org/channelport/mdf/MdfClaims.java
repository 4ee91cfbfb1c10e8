package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Versions;
import org.channelport.platform.files.FileStore;
import org.channelport.platform.files.StoredFile;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * Claims: partner users prepare them on an approved request of their partner (figures, results,
 * proof files checked by content), only the partner manager submits — and not while a required
 * proof is missing; channel managers of the partner's portfolio approve (perhaps less, with a
 * reason; above their limit a second approver finishes it), reject or return them. An approved
 * claim is payable at once (reserved → payable, the payment enqueued for the ERP in the same
 * transaction); a final claim releases what its request still reserves and closes the request.
 */
@ApplicationScoped
@Transactional
public class MdfClaims {
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("c.id", ListQuery.Tie.SAME)
          .field("createdAt", "c.createdAt")
          .field("submittedAt", "c.submittedAt")
          .field("updatedAt", "c.updatedAt")
          .field("number", "c.number")
          .field("claimedAmount", "c.claimedAmount")
          .field("status", "c.status")
          .byDefault("createdAt", false);

  public static final List<String> SORT_FIELDS = SORTS.names();

  EntityManager em;
  AccessRules access;
  MdfLedger ledger;
  MdfPrograms programs;
  MdfRequests requests;
  MdfNumbers numbers;
  MdfApprovalLimits limits;
  MdfProofFiles files;
  FileStore fileStore;
  MdfPayments payments;

  /** For the container's proxies. */
  protected MdfClaims() {}

  @Inject
  public MdfClaims(
      EntityManager em,
      AccessRules access,
      MdfLedger ledger,
      MdfPrograms programs,
      MdfRequests requests,
      MdfNumbers numbers,
      MdfApprovalLimits limits,
      MdfProofFiles files,
      FileStore fileStore,
      MdfPayments payments) {
    this.em = em;
    this.access = access;
    this.ledger = ledger;
    this.programs = programs;
    this.requests = requests;
    this.numbers = numbers;
    this.limits = limits;
    this.files = files;
    this.fileStore = fileStore;
    this.payments = payments;
  }

  // --- the partner's side ------------------------------------------------------------------

  /**
   * A draft claim on an approved request of the caller's partner (partner users), with its first
   * proof files (perhaps none).
   */
  public ClaimView create(ClaimInput input, List<ProofUpload> uploads) {
    Caller caller = requirePartnerUser();
    ClaimInput in = input == null ? new ClaimInput(null, null, null, null, null) : input;
    new Checks().required("requestId", in.requestId()).throwIfAny();
    MdfRequest request = access.find(MdfRequest.class, in.requestId());
    MdfRequests.requireClaimable(request);
    if (request.pastClaimDeadline(programs.today())) {
      throw MdfRequests.claimsClosed(request);
    }
    ClaimInput clean = checked(in, request);
    List<MdfProofFiles.Checked> checkedFiles = files.check(uploads);
    MdfClaim claim =
        new MdfClaim(
            numbers.nextClaim(programs.today().getYear()),
            request,
            clean,
            caller.username(),
            programs.now());
    em.persist(claim);
    em.flush();
    event(claim, "created", claim.getClaimedAmount(), null);
    keep(claim, request, checkedFiles);
    return view(claim);
  }

  /** Changes a draft or returned claim's figures (partner users). */
  public ClaimView update(long id, ClaimInput input, Long version) {
    requirePartnerUser();
    MdfClaim claim = access.find(MdfClaim.class, id);
    Versions.check(claim, version);
    MdfClaimStep.EDIT.require(claim.getStatus());
    MdfRequest request = em.find(MdfRequest.class, claim.getRequestId());
    ClaimInput in = input == null ? new ClaimInput(null, null, null, null, null) : input;
    ClaimInput clean = checked(in, request);
    claim.change(clean, programs.now());
    event(claim, "changed", claim.getClaimedAmount(), null);
    Versions.flushed(em, claim);
    return view(claim);
  }

  /** Adds proof files to a draft or returned claim (partner users). */
  public ClaimView addProof(long id, List<ProofUpload> uploads) {
    requireMayAddProof(id);
    MdfClaim claim = access.find(MdfClaim.class, id);
    List<MdfProofFiles.Checked> checkedFiles = files.check(uploads);
    if (checkedFiles.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError(MdfProofFiles.FIELD, "error.required")));
    }
    keep(claim, em.find(MdfRequest.class, claim.getRequestId()), checkedFiles);
    return view(claim);
  }

  /**
   * Refuses, before a byte of an upload is read, a caller who may not add proof to the claim: 404
   * (audited) for another partner's, 403 for a channel manager, 409 when it is not editable.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireMayAddProof(long id) {
    requirePartnerUser();
    MdfClaim claim = access.find(MdfClaim.class, id);
    MdfClaimStep.EDIT.require(claim.getStatus());
  }

  /** Refuses a caller who may not prepare claims (a channel manager: 403). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireMayPrepare() {
    requirePartnerUser();
  }

  private Caller requirePartnerUser() {
    Caller caller = access.requireUser();
    if (!caller.isPartnerUser()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    return caller;
  }

  private ClaimInput checked(ClaimInput in, MdfRequest request) {
    String results = Checks.clean(in.results());
    Checks c =
        new Checks()
            .required("claimedAmount", in.claimedAmount())
            .required("actualCost", in.actualCost())
            .multiLineText("results", results, false, 10_000);
    MdfRequests.amount(c, "claimedAmount", in.claimedAmount(), false);
    MdfRequests.amount(c, "actualCost", in.actualCost(), true);
    c.throwIfAny();
    MdfProgram program = programs.program(request.getProgramId());
    BigDecimal most =
        in.actualCost()
            .multiply(program.getReimbursementPct())
            .divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    if (in.claimedAmount().compareTo(most) > 0) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "claimedAmount",
                  "error.mdf.overReimbursement",
                  program.getReimbursementPct().stripTrailingZeros().toPlainString(),
                  InsufficientFundsException.format(in.actualCost()),
                  request.getCurrency())));
    }
    return new ClaimInput(
        request.getId(), in.claimedAmount(), in.actualCost(), results, in.finalClaim());
  }

  private void keep(MdfClaim claim, MdfRequest request, List<MdfProofFiles.Checked> checked) {
    if (checked.isEmpty()) {
      return;
    }
    List<ProofRuleView> rules = programs.proofRules(request.getActivityType());
    List<MdfProofKind> kinds =
        ProofRules.kindsOf(
            rules,
            presentKinds(claim.getId()),
            checked.stream().map(f -> f.upload().kind()).toList());
    String by = access.caller().username();
    Instant now = programs.now();
    for (int i = 0; i < checked.size(); i++) {
      MdfProofFiles.Checked f = checked.get(i);
      StoredFile stored =
          fileStore.store(files.purpose(), f.upload().bytes(), f.upload().name(), by);
      MdfClaimProof proof =
          new MdfClaimProof(
              claim.getId(),
              kinds.get(i),
              stored.id(),
              stored.clientName(),
              stored.mediaType(),
              stored.size(),
              by,
              now);
      em.persist(proof);
      event(claim, "proof_added", null, kinds.get(i).code() + ": " + stored.clientName());
    }
    em.flush();
  }

  private List<MdfProofKind> presentKinds(long claimId) {
    return em.createQuery(
            "SELECT p.kind FROM MdfClaimProof p WHERE p.claimId = :c", MdfProofKind.class)
        .setParameter("c", claimId)
        .getResultList();
  }

  /** The proof rules the claim does not meet yet (empty: complete). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ProofRuleView> missingProof(long claimId) {
    access.requireUser();
    MdfClaim claim = access.find(MdfClaim.class, claimId);
    return missing(claim);
  }

  /** The claim's whole checklist: every rule of its activity type and whether it is met. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ChecklistItem> checklist(long claimId) {
    access.requireUser();
    MdfClaim claim = access.find(MdfClaim.class, claimId);
    MdfRequest request = em.find(MdfRequest.class, claim.getRequestId());
    List<MdfProofKind> present = presentKinds(claimId);
    return programs.proofRules(request.getActivityType()).stream()
        .map(r -> new ChecklistItem(r, present.contains(r.kind())))
        .toList();
  }

  /** One line of a claim's checklist. */
  public record ChecklistItem(ProofRuleView rule, boolean met) {}

  private List<ProofRuleView> missing(MdfClaim claim) {
    MdfRequest request = em.find(MdfRequest.class, claim.getRequestId());
    return ProofRules.missing(
        programs.proofRules(request.getActivityType()), presentKinds(claim.getId()));
  }

  /**
   * Submits a draft or returned claim (the partner manager only; an employee prepares it): refused
   * while a required proof is missing (409 on {@code proof}) and when it claims more than its
   * request still reserves (409 naming what it reserves). A resubmission records what changed.
   */
  public ClaimView submit(long id, Long version) {
    Caller caller = access.requireUser();
    MdfClaim claim = access.find(MdfClaim.class, id);
    if (!caller.isPartnerManager()) {
      throw new AccessDeniedException(
          caller.isPartnerUser() ? "error.mdf.managerSubmits" : "error.forbiddenRole");
    }
    Versions.check(claim, version);
    MdfClaimStep.SUBMIT.require(claim.getStatus());
    List<ProofRuleView> missing = missing(claim);
    if (!missing.isEmpty()) {
      throw new ConflictException(
          "proof",
          "error.mdf.proofMissing",
          missing.stream().map(ProofRuleView::label).collect(Collectors.joining(", ")));
    }
    MdfRequest request = em.find(MdfRequest.class, claim.getRequestId());
    MdfRequests.requireClaimable(request);
    BigDecimal reserved = ledger.reservedFor(request.getId());
    if (claim.getClaimedAmount().compareTo(reserved) > 0) {
      throw new InsufficientFundsException("claimedAmount", reserved, claim.getCurrency());
    }
    String snapshot = snapshot(claim);
    String changes =
        claim.getSubmittedSnapshot() == null
            ? null
            : changes(claim.getSubmittedSnapshot(), snapshot);
    boolean again = claim.getSubmissions() > 0;
    claim.submit(caller.username(), snapshot, changes, programs.now());
    event(claim, again ? "resubmitted" : "submitted", claim.getClaimedAmount(), changes);
    Versions.flushed(em, claim);
    return view(claim);
  }

  /** What the reviewer compares: the figures and the proof files at a submission. */
  String snapshot(MdfClaim claim) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("claimedAmount", plain(claim.getClaimedAmount()))
            .add("actualCost", plain(claim.getActualCost()))
            .add("results", Objects.requireNonNullElse(claim.getResults(), ""))
            .add("final", claim.isFinalClaim());
    var proofs = Json.createArrayBuilder();
    for (MdfClaimProof p : proofs(claim.getId())) {
      proofs.add(
          p.getKind().code() + ": " + Objects.requireNonNullElse(p.getName(), "#" + p.getId()));
    }
    return o.add("proofs", proofs).build().toString();
  }

  /** What changed between two submissions, one clause per changed field, for the reviewer. */
  static String changes(String before, String after) {
    JsonObject a = read(before);
    JsonObject b = read(after);
    List<String> clauses = new ArrayList<>();
    for (String field : List.of("claimedAmount", "actualCost", "final")) {
      String x = a.containsKey(field) ? a.get(field).toString().replace("\"", "") : "";
      String y = b.containsKey(field) ? b.get(field).toString().replace("\"", "") : "";
      if (!x.equals(y)) {
        clauses.add(field + ": " + x + " → " + y);
      }
    }
    if (!a.getString("results", "").equals(b.getString("results", ""))) {
      clauses.add("results changed");
    }
    List<String> old =
        a.containsKey("proofs")
            ? a.getJsonArray("proofs").getValuesAs(jakarta.json.JsonString::getString)
            : List.of();
    for (String p :
        b.containsKey("proofs")
            ? b.getJsonArray("proofs").getValuesAs(jakarta.json.JsonString::getString)
            : List.<String>of()) {
      if (!old.contains(p)) {
        clauses.add("proof added: " + p);
      }
    }
    return clauses.isEmpty() ? "nothing changed" : String.join("; ", clauses);
  }

  private static JsonObject read(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  // --- the channel's side ------------------------------------------------------------------

  /**
   * Approves a claim (channel managers of the partner's portfolio): {@code approvedAmount} (null:
   * what was claimed, or what the first approver approved) at most what its request still reserves
   * (409 naming it). Within the caller's limit the claim is payable at once and its payment
   * enqueued; above it, recorded as the first approval.
   */
  public ClaimView approve(long id, BigDecimal approvedAmount, String reason, Long version) {
    MdfClaim claim = forDecision(id, version);
    Caller caller = access.caller();
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, false, 2000).throwIfAny();
    BigDecimal amount =
        approvedAmount != null
            ? approvedAmount
            : claim.getFirstApprovedAmount() != null
                ? claim.getFirstApprovedAmount()
                : claim.getClaimedAmount();
    ApprovalRules.Outcome outcome =
        ApprovalRules.decide(
            caller.username(),
            limits.limit(caller.username(), claim.getCurrency()),
            claim.getSubmittedBy(),
            claim.getStatus() == MdfClaimStatus.AWAITING_SECOND_APPROVAL
                ? claim.getFirstApprover()
                : null,
            amount,
            claim.getClaimedAmount(),
            claim.getCurrency(),
            why);
    // the request before any account: the lock order of every MDF command
    MdfRequest request = requests.lock(claim.getRequestId());
    BigDecimal reserved = ledger.reservedFor(request.getId());
    if (amount.compareTo(reserved) > 0) {
      throw new InsufficientFundsException("approvedAmount", reserved, claim.getCurrency());
    }
    Instant now = programs.now();
    if (outcome == ApprovalRules.Outcome.FIRST_APPROVAL) {
      claim.firstApproval(caller.username(), amount, now);
      event(claim, "first_approval", amount, why);
      Versions.flushed(em, claim);
      return view(claim);
    }
    Map<MdfAccountKind, Long> accounts =
        ledger.accounts(request.getProgramId(), request.getPartnerId());
    List<MdfLedger.Move> moves = new ArrayList<>();
    moves.add(
        new MdfLedger.Move(
            accounts.get(MdfAccountKind.RESERVED),
            accounts.get(MdfAccountKind.PAYABLE),
            amount,
            MdfJournalEntry.CLAIM_APPROVED,
            why,
            request.getId(),
            claim.getId(),
            "approvedAmount"));
    BigDecimal rest = reserved.subtract(amount);
    boolean closes = claim.isFinalClaim() && MdfRequestStep.CLOSE.allowedFrom(request.getStatus());
    if (closes && rest.signum() > 0) {
      moves.add(
          new MdfLedger.Move(
              accounts.get(MdfAccountKind.RESERVED),
              accounts.get(MdfAccountKind.ALLOCATION),
              rest,
              MdfJournalEntry.RELEASE,
              claim.getNumber(),
              request.getId(),
              claim.getId(),
              "approvedAmount"));
    }
    ledger.postAll(moves);
    claim.approve(caller.username(), amount, why, now);
    event(claim, "approved", amount, why);
    if (closes) {
      requests.closed(request, rest.max(BigDecimal.ZERO), claim.getNumber());
    }
    Versions.flushed(em, claim);
    payments.payable(claim, request);
    event(claim, "payable", amount, null);
    em.flush();
    return view(claim);
  }

  /** Rejects a claim, saying why (channel managers); its request keeps its reservation. */
  public ClaimView reject(long id, String reason, Long version) {
    MdfClaim claim = forDecision(id, version);
    String why = requiredReason(reason);
    MdfClaimStep.REJECT.require(claim.getStatus());
    claim.reject(why, programs.now());
    event(claim, "rejected", null, why);
    Versions.flushed(em, claim);
    return view(claim);
  }

  /** Returns a claim to the partner for a correction, saying what (channel managers). */
  public ClaimView returnForCorrection(long id, String reason, Long version) {
    MdfClaim claim = forDecision(id, version);
    String why = requiredReason(reason);
    MdfClaimStep.RETURN.require(claim.getStatus());
    claim.returnForCorrection(why, programs.now());
    event(claim, "returned", null, why);
    Versions.flushed(em, claim);
    return view(claim);
  }

  private static String requiredReason(String reason) {
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 2000).throwIfAny();
    return why;
  }

  private MdfClaim forDecision(long id, Long version) {
    access.requireUser();
    MdfClaim claim = access.find(MdfClaim.class, id);
    if (!access.caller().isChannelManager()) {
      throw new AccessDeniedException("error.mdf.partnerDecides");
    }
    em.refresh(claim, LockModeType.PESSIMISTIC_WRITE);
    Versions.check(claim, version);
    return claim;
  }

  void event(MdfClaim claim, String kind, BigDecimal amount, String detail) {
    em.persist(
        new MdfClaimEvent(claim.getId(), programs.now(), requests.actor(), kind, amount, detail));
  }

  // --- reading -----------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public ClaimView find(long id) {
    access.requireUser();
    return view(access.find(MdfClaim.class, id));
  }

  /**
   * The caller's claims; filters: status (one or several codes), requestId, programId, partnerId, q
   * (number). {@code awaiting=true}: the review queue (submitted or awaiting a second approval).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ClaimView> list(PageRequest page) {
    access.requireUser();
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("MdfClaim c")
            .where(access.visibleJpql("c.partnerId", scope, false), scope)
            .in("c.status", ListFilters.codes(page.filter("status"), MdfClaimStatus::parse))
            .equalId("c.requestId", page.filter("requestId"))
            .equalId("c.programId", page.filter("programId"))
            .equalId("c.partnerId", page.filter("partnerId"));
    String q = page.filter("q");
    if (q != null) {
      list.contains(q.toUpperCase(Locale.ROOT), 100, "c.number");
    }
    if ("true".equals(page.filter("awaiting"))) {
      list.in(
          "c.status", List.of(MdfClaimStatus.SUBMITTED, MdfClaimStatus.AWAITING_SECOND_APPROVAL));
    }
    List<MdfClaim> rows = list.rows(em, page, SORTS, MdfClaim.class, "c");
    return new Page<>(rows.stream().map(this::view).toList(), list.count(em));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EventView> events(long id) {
    access.requireUser();
    access.find(MdfClaim.class, id);
    return em
        .createQuery(
            "SELECT e FROM MdfClaimEvent e WHERE e.claimId = :c ORDER BY e.at, e.id",
            MdfClaimEvent.class)
        .setParameter("c", id)
        .getResultList()
        .stream()
        .map(e -> new EventView(e.getAt(), e.getActor(), e.getKind(), e.getAmount(), e.getDetail()))
        .toList();
  }

  /** A proof file's bytes, of a claim the caller may see. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ProofContent proof(long claimId, long proofId) {
    access.requireUser();
    MdfClaim claim = access.find(MdfClaim.class, claimId);
    MdfClaimProof p = em.find(MdfClaimProof.class, proofId);
    if (p == null || !p.getClaimId().equals(claim.getId())) {
      throw new RecordNotFoundException("MdfClaimProof", proofId);
    }
    FileStore.Content content =
        fileStore
            .content(p.getFileId())
            .orElseThrow(() -> new RecordNotFoundException("MdfClaimProof", proofId));
    return new ProofContent(p.getName(), p.getContentType(), content.bytes());
  }

  /** A proof file to download. */
  public record ProofContent(String name, String contentType, byte[] bytes) {}

  private List<MdfClaimProof> proofs(long claimId) {
    return em.createQuery(
            "SELECT p FROM MdfClaimProof p WHERE p.claimId = :c ORDER BY p.createdAt, p.id",
            MdfClaimProof.class)
        .setParameter("c", claimId)
        .getResultList();
  }

  ClaimView view(MdfClaim c) {
    MdfRequest request = em.find(MdfRequest.class, c.getRequestId());
    return new ClaimView(
        c.getId(),
        c.getNumber(),
        c.getRequestId(),
        request.getNumber(),
        c.getProgramId(),
        c.getPartnerId(),
        request.getActivityType(),
        c.getClaimedAmount(),
        c.getApprovedAmount(),
        c.getActualCost(),
        c.getCurrency(),
        c.getResults(),
        c.isFinalClaim(),
        c.getStatus(),
        c.getStatusReason(),
        c.getCreatedBy(),
        c.getCreatedAt(),
        c.getSubmittedBy(),
        c.getSubmittedAt(),
        c.getSubmissions(),
        c.getLastChanges(),
        c.getFirstApprover(),
        c.getFirstApprovedAmount(),
        c.getFirstApprovedAt(),
        c.getApprovedBy(),
        c.getApprovedAt(),
        c.getDecidedAt(),
        c.getPaymentSentAt(),
        c.getPaymentError(),
        c.getErpReference(),
        c.getBookedAt(),
        c.getPaidAt(),
        proofs(c.getId()).stream()
            .map(
                p ->
                    new ClaimView.ProofView(
                        p.getId(),
                        p.getKind(),
                        p.getName(),
                        p.getContentType(),
                        p.getSize(),
                        p.getCreatedBy(),
                        p.getCreatedAt()))
            .toList(),
        c.getVersion());
  }
}
