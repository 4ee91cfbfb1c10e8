package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;

/**
 * Fund requests: partner managers submit them, channel managers of the partner's portfolio approve
 * (perhaps less, with a reason; above their limit a second approver finishes it) or reject them;
 * approval reserves the approved amount (allocation → reserved). Another partner's request is not
 * found (audited); a partner user deciding one is refused (403).
 */
@ApplicationScoped
@Transactional
public class MdfRequests {
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("r.id", ListQuery.Tie.SAME)
          .field("submittedAt", "r.submittedAt")
          .field("updatedAt", "r.updatedAt")
          .field("number", "r.number")
          .field("requestedAmount", "r.requestedAmount")
          .field("status", "r.status")
          .byDefault("submittedAt", false);

  public static final List<String> SORT_FIELDS = SORTS.names();

  static final Pattern CAMPAIGN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  EntityManager em;
  AccessRules access;
  MdfLedger ledger;
  MdfPrograms programs;
  MdfNumbers numbers;
  MdfApprovalLimits limits;

  /** For the container's proxies. */
  protected MdfRequests() {}

  @Inject
  public MdfRequests(
      EntityManager em,
      AccessRules access,
      MdfLedger ledger,
      MdfPrograms programs,
      MdfNumbers numbers,
      MdfApprovalLimits limits) {
    this.em = em;
    this.access = access;
    this.ledger = ledger;
    this.programs = programs;
    this.numbers = numbers;
    this.limits = limits;
  }

  /** Submits a fund request for the caller's partner (partner managers only). */
  public RequestView submit(RequestInput input) {
    Caller caller = access.requireUser();
    if (!caller.isPartnerManager()) {
      throw new AccessDeniedException("error.mdf.managerRequests");
    }
    RequestInput in =
        input == null
            ? new RequestInput(null, null, null, null, null, null, null, null, null, null, null)
            : input;
    String title = Checks.clean(in.title());
    String description = Checks.clean(in.description());
    String campaign = Checks.clean(in.campaignCode());
    Checks c =
        new Checks()
            .required("programId", in.programId())
            .required("activityType", in.activityType())
            .text("title", title, true, 200)
            .multiLineText("description", description, false, 10_000)
            .required("plannedStart", in.plannedStart())
            .required("plannedEnd", in.plannedEnd())
            .required("plannedCost", in.plannedCost())
            .required("requestedAmount", in.requestedAmount())
            .matches("campaignCode", campaign, CAMPAIGN, "error.mdf.format");
    if (in.plannedStart() != null
        && in.plannedEnd() != null
        && in.plannedEnd().isBefore(in.plannedStart())) {
      c.add("plannedEnd", "error.mdf.dateOrder", in.plannedStart().toString());
    }
    amount(c, "requestedAmount", in.requestedAmount(), false);
    amount(c, "plannedCost", in.plannedCost(), true);
    amount(c, "expectedPipeline", in.expectedPipeline(), true);
    if (in.expectedLeads() != null && in.expectedLeads() < 0) {
      c.add("expectedLeads", "error.mdf.amountPositive");
    }
    c.throwIfAny();
    MdfProgram program = programs.program(in.programId());
    LocalDate today = programs.today();
    if (!program.takesRequestsOn(today)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "programId",
                  "error.mdf.requestsClosed",
                  program.getName(),
                  program.getStartsOn().toString(),
                  program.getRequestDeadline().toString())));
    }
    if (!program.funds(in.activityType())) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "activityType",
                  "error.mdf.activityNotFunded",
                  program.getName(),
                  in.activityType().code())));
    }
    Instant now = programs.now();
    MdfRequest request =
        new MdfRequest(
            numbers.nextRequest(today.getYear()),
            program,
            caller.partnerId(),
            new RequestInput(
                in.programId(),
                in.activityType(),
                title,
                description,
                in.plannedStart(),
                in.plannedEnd(),
                in.plannedCost(),
                in.requestedAmount(),
                in.expectedLeads(),
                in.expectedPipeline(),
                campaign == null ? null : campaign.toUpperCase(Locale.ROOT)),
            caller.username(),
            now);
    em.persist(request);
    em.flush();
    event(request, "submitted", request.getRequestedAmount(), null);
    return view(request);
  }

  static void amount(Checks c, String field, BigDecimal value, boolean zeroAllowed) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
      c.add(field, "error.mdf.amountPositive");
    } else if (value.stripTrailingZeros().scale() > 4 || value.precision() - value.scale() > 15) {
      c.add(field, "error.money.scale", 4);
    }
  }

  /**
   * Approves a request (channel managers of the partner's portfolio): {@code approvedAmount} (null:
   * what was asked, or what the first approver approved) is reserved from the partner's allocation.
   * Less than asked needs a reason; above the caller's limit the approval is recorded and waits for
   * a second approver.
   */
  public RequestView approve(long id, BigDecimal approvedAmount, String reason, Long version) {
    MdfRequest request = forDecision(id, version);
    Caller caller = access.caller();
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, false, 2000).throwIfAny();
    BigDecimal amount =
        approvedAmount != null
            ? approvedAmount
            : request.getFirstApprovedAmount() != null
                ? request.getFirstApprovedAmount()
                : request.getRequestedAmount();
    ApprovalRules.Outcome outcome =
        ApprovalRules.decide(
            caller.username(),
            limits.limit(caller.username(), request.getCurrency()),
            request.getSubmittedBy(),
            request.getStatus() == MdfRequestStatus.AWAITING_SECOND_APPROVAL
                ? request.getFirstApprover()
                : null,
            amount,
            request.getRequestedAmount(),
            request.getCurrency(),
            why);
    Map<MdfAccountKind, Long> accounts =
        ledger.accounts(request.getProgramId(), request.getPartnerId());
    Long allocation = accounts.get(MdfAccountKind.ALLOCATION);
    Instant now = programs.now();
    if (outcome == ApprovalRules.Outcome.FIRST_APPROVAL) {
      // refused now rather than after the second approver's work when it cannot be reserved
      BigDecimal available = allocation == null ? BigDecimal.ZERO : available(allocation, request);
      if (amount.compareTo(available) > 0) {
        throw new InsufficientFundsException("approvedAmount", available, request.getCurrency());
      }
      request.firstApproval(caller.username(), amount, now);
      event(request, "first_approval", amount, why);
      return flushed(request);
    }
    if (allocation == null) {
      throw new InsufficientFundsException(
          "approvedAmount", BigDecimal.ZERO, request.getCurrency());
    }
    ledger.post(
        new MdfLedger.Move(
            allocation,
            accounts.get(MdfAccountKind.RESERVED),
            amount,
            MdfJournalEntry.RESERVATION,
            why,
            request.getId(),
            null,
            "approvedAmount"));
    request.approve(caller.username(), amount, why, now);
    event(request, "approved", amount, why);
    return flushed(request);
  }

  private BigDecimal available(long allocationAccount, MdfRequest request) {
    MdfProgram program = programs.program(request.getProgramId());
    return ledger.balance(allocationAccount).add(program.getOverdraftLimit());
  }

  /** Rejects a request, saying why (channel managers of the partner's portfolio). */
  public RequestView reject(long id, String reason, Long version) {
    MdfRequest request = forDecision(id, version);
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 2000).throwIfAny();
    MdfRequestStep.REJECT.require(request.getStatus());
    if (access.caller().username().equals(request.getSubmittedBy())) {
      throw new AccessDeniedException("error.mdf.approverIsSubmitter");
    }
    request.reject(why, programs.now());
    event(request, "rejected", null, why);
    return flushed(request);
  }

  /**
   * The request, visible to the caller (404 audited otherwise), locked for the decision, the caller
   * a channel manager (403 for partner users) and the version sent its own (409).
   */
  private MdfRequest forDecision(long id, Long version) {
    access.requireUser();
    MdfRequest request = access.find(MdfRequest.class, id);
    if (!access.caller().isChannelManager()) {
      throw new AccessDeniedException("error.mdf.partnerDecides");
    }
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    Versions.check(request, version);
    return request;
  }

  private RequestView flushed(MdfRequest request) {
    Versions.flushed(em, request);
    return view(request);
  }

  // --- the portal's steps ------------------------------------------------------------------

  /**
   * Expires a request whose claim deadline passed by {@code today}: what it still reserves goes
   * back to the allocation. Returns whether it expired (false: changed meanwhile, or not due).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean expire(long id, LocalDate today) {
    MdfRequest request = em.find(MdfRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (request == null
        || !MdfRequestStep.EXPIRE.allowedFrom(request.getStatus())
        || !request.pastClaimDeadline(today)) {
      return false;
    }
    BigDecimal released = release(request, "expired");
    request.expire(programs.now());
    event(request, "expired", released.signum() > 0 ? released : null, null);
    em.flush();
    return true;
  }

  /** The requests due to expire by {@code today}, oldest deadline first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> dueToExpire(LocalDate today, int max) {
    return em.createQuery(
            "SELECT r.id FROM MdfRequest r WHERE r.status IN :s AND r.claimDeadline < :d"
                + " ORDER BY r.claimDeadline, r.id",
            Long.class)
        .setParameter("s", MdfRequestStep.EXPIRE.from())
        .setParameter("d", today)
        .setMaxResults(max)
        .getResultList();
  }

  /** Locks the request a claim draws on (before any account: the lock order). */
  MdfRequest lock(long requestId) {
    return em.find(MdfRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Closes a request whose final claim was approved, releasing the rest (the caller's moves). */
  void closed(MdfRequest request, BigDecimal released, String actorDetail) {
    request.close(programs.now());
    event(request, "closed", released.signum() > 0 ? released : null, actorDetail);
  }

  /** Moves what the request still reserves back to the allocation; returns the amount. */
  private BigDecimal release(MdfRequest request, String note) {
    BigDecimal rest = ledger.reservedFor(request.getId());
    if (rest.signum() > 0) {
      Map<MdfAccountKind, Long> accounts =
          ledger.accounts(request.getProgramId(), request.getPartnerId());
      ledger.post(
          new MdfLedger.Move(
              accounts.get(MdfAccountKind.RESERVED),
              accounts.get(MdfAccountKind.ALLOCATION),
              rest,
              MdfJournalEntry.RELEASE,
              note,
              request.getId(),
              null,
              "amount"));
    }
    return rest;
  }

  void event(MdfRequest request, String kind, BigDecimal amount, String detail) {
    em.persist(new MdfRequestEvent(request.getId(), programs.now(), actor(), kind, amount, detail));
  }

  String actor() {
    try {
      return access.caller().username();
    } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
      return "system";
    }
  }

  // --- reading -----------------------------------------------------------------------------

  /** A request the caller may see; another partner's is not found (and the attempt audited). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RequestView find(long id) {
    access.requireUser();
    return view(access.find(MdfRequest.class, id));
  }

  /**
   * The caller's requests; filters: status (one or several codes), programId, partnerId,
   * activityType, q (number, title or campaign code). {@code awaiting=true}: the review queue
   * (submitted or awaiting a second approval), oldest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<RequestView> list(PageRequest page) {
    access.requireUser();
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("MdfRequest r")
            .where(access.visibleJpql("r.partnerId", scope, false), scope)
            .in("r.status", ListFilters.codes(page.filter("status"), MdfRequestStatus::parse))
            .equalId("r.programId", page.filter("programId"))
            .equalId("r.partnerId", page.filter("partnerId"));
    String type = page.filter("activityType");
    if (type != null) {
      MdfActivityType.parse(type)
          .ifPresentOrElse(t -> list.equal("r.activityType", t), list::nothing);
    }
    String q = page.filter("q");
    if (q != null) {
      list.contains(
          q.toUpperCase(Locale.ROOT), 100, "r.number", "UPPER(r.title)", "r.campaignCode");
    }
    if ("true".equals(page.filter("awaiting"))) {
      list.in(
          "r.status",
          List.of(MdfRequestStatus.SUBMITTED, MdfRequestStatus.AWAITING_SECOND_APPROVAL));
    }
    Page<MdfRequest> rows =
        new Page<>(list.rows(em, page, SORTS, MdfRequest.class, "r"), list.count(em));
    return new Page<>(rows.rows().stream().map(this::view).toList(), rows.total());
  }

  /** The request's timeline, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EventView> events(long id) {
    access.requireUser();
    access.find(MdfRequest.class, id);
    return em
        .createQuery(
            "SELECT e FROM MdfRequestEvent e WHERE e.requestId = :r ORDER BY e.at, e.id",
            MdfRequestEvent.class)
        .setParameter("r", id)
        .getResultList()
        .stream()
        .map(e -> new EventView(e.getAt(), e.getActor(), e.getKind(), e.getAmount(), e.getDetail()))
        .toList();
  }

  /** The campaign codes of the requests in the caller's scope (for ROI), by request id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, String> campaignCodes(Long programId, Long partnerId) {
    access.requireUser();
    Map<String, Object> scope = new HashMap<>();
    StringBuilder jpql =
        new StringBuilder(
                "SELECT r.id, r.campaignCode FROM MdfRequest r WHERE r.campaignCode IS NOT NULL AND ")
            .append(access.visibleJpql("r.partnerId", scope, false));
    if (programId != null) {
      jpql.append(" AND r.programId = :program");
      scope.put("program", programId);
    }
    if (partnerId != null) {
      jpql.append(" AND r.partnerId = :partner");
      scope.put("partner", partnerId);
    }
    var query = em.createQuery(jpql.toString(), Object[].class);
    scope.forEach(query::setParameter);
    Map<Long, String> codes = new java.util.LinkedHashMap<>();
    for (Object[] r : query.getResultList()) {
      codes.put((Long) r[0], (String) r[1]);
    }
    return codes;
  }

  RequestView view(MdfRequest r) {
    MdfProgram program = programs.program(r.getProgramId());
    return new RequestView(
        r.getId(),
        r.getNumber(),
        r.getProgramId(),
        program.getName(),
        r.getPartnerId(),
        r.getActivityType(),
        r.getTitle(),
        r.getDescription(),
        r.getPlannedStart(),
        r.getPlannedEnd(),
        r.getPlannedCost(),
        r.getRequestedAmount(),
        r.getApprovedAmount(),
        r.getCurrency(),
        r.getExpectedLeads(),
        r.getExpectedPipeline(),
        r.getCampaignCode(),
        r.getStatus(),
        r.getStatusReason(),
        ledger.reservedFor(r.getId()),
        r.getClaimDeadline(),
        r.getSubmittedBy(),
        r.getSubmittedAt(),
        r.getFirstApprover(),
        r.getFirstApprovedAmount(),
        r.getFirstApprovedAt(),
        r.getApprovedBy(),
        r.getApprovedAt(),
        r.getDecidedAt(),
        r.getVersion());
  }

  /** Refuses a step the request's status does not allow (for the claims' service). */
  static void requireClaimable(MdfRequest request) {
    MdfRequestStep.CLAIM.require(request.getStatus());
  }

  static ConflictException claimsClosed(MdfRequest request) {
    return new ConflictException(
        "requestId", "error.mdf.claimsClosed", request.getClaimDeadline().toString());
  }
}
