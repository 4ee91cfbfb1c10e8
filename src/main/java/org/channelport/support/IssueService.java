package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductView;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.order.OrderItems;
import org.channelport.order.OrderService;
import org.channelport.partner.PartnerService;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Locks;
import org.channelport.platform.Versions;
import org.channelport.platform.files.FileStore;
import org.channelport.platform.files.StoredFile;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Service issues: who sees which, and every step. Partner users (employees too: an issue is the
 * team's) see their partner's issues, log them and comment; the partner manager also closes and
 * reopens. Channel managers see the issues of their portfolio's partners and work them: take, wait,
 * solve, comment and write internal notes, which never reach a partner — not as a comment, not in
 * the timeline, not as a later "last change". Anything else is not found, and the attempt is
 * audited. Each command is one transaction that takes the issue's row lock, checks the version
 * sent, writes its timeline entry and fires {@link IssueChanged}.
 */
@ApplicationScoped
@Transactional
public class IssueService {
  static final String TYPE = ServiceIssue.TYPE;
  static final int MAX_TEXT = 10_000;
  static final String SYSTEM = "system";

  /** A solved entry's detail when it came from the knowledge base: "solution <id>". */
  static final String SOLUTION_DETAIL = "solution ";

  /** Sortable columns, by the name pages and the API use; without one, the newest first. */
  static final ListQuery.Sorts SORTS = sorts("i.updatedAt");

  /** The same for partner users: their "last change" is the one partners see. */
  static final ListQuery.Sorts PARTNER_SORTS = sorts("i.publicUpdatedAt");

  /** The assignee filter's value for the issues nobody took yet (the queue's "unassigned"). */
  public static final String UNASSIGNED = "-";

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.names();

  EntityManager em;
  AccessRules access;
  Clock clock;
  Locks locks;
  IssueNumbers numbers;
  IssueFiles files;
  SlaPolicy sla;
  Catalog catalog;
  CustomerService customers;
  OrderService orders;
  PartnerService partners;
  FileStore fileStore;
  Event<IssueChanged> changed;
  IssuesConfig config;

  /** Escalates a breach a step flagged itself (a late answer, wait or solution). */
  @Inject SlaBreaches breaches;

  /** For the container's proxies. */
  protected IssueService() {}

  @Inject
  public IssueService(
      EntityManager em,
      AccessRules access,
      Clock clock,
      Locks locks,
      IssueNumbers numbers,
      IssueFiles files,
      SlaPolicy sla,
      Catalog catalog,
      CustomerService customers,
      OrderService orders,
      PartnerService partners,
      FileStore fileStore,
      Event<IssueChanged> changed,
      @ConfigProperties IssuesConfig config) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.locks = locks;
    this.numbers = numbers;
    this.files = files;
    this.sla = sla;
    this.catalog = catalog;
    this.customers = customers;
    this.orders = orders;
    this.partners = partners;
    this.fileStore = fileStore;
    this.changed = changed;
    this.config = config;
  }

  private static ListQuery.Sorts sorts(String updatedAt) {
    return ListQuery.sorts("i.id", ListQuery.Tie.SAME)
        .field("createdAt", "i.createdAt")
        .field("updatedAt", updatedAt)
        .field("number", "i.number")
        .field("status", "i.status")
        .field("firstResponseDue", "i.sla.firstResponseDue")
        .field("resolutionDue", "i.sla.resolutionDue")
        .byDefault("createdAt", false);
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * A page of the caller's issues and their count: two SQL statements. Filters: status, priority
   * (one or several codes, comma-separated), slaState (on_track, at_risk, breached, paused, met),
   * sku, customerId, partnerId, assignee, q (number or words of the subject).
   */
  public Page<IssueRow> list(PageRequest page) {
    access.requireUser();
    Instant now = clock.now();
    ListQuery query = query(page, now);
    return new Page<>(rows(query, page, now), query.count(em));
  }

  /** One page of the caller's issues: one SQL statement (a lazy table's load). */
  public List<IssueRow> rows(PageRequest page) {
    access.requireUser();
    Instant now = clock.now();
    return rows(query(page, now), page, now);
  }

  /** How many of the caller's issues match: one SQL statement (a lazy table's count). */
  public long count(PageRequest page) {
    access.requireUser();
    return query(page, clock.now()).count(em);
  }

  private List<IssueRow> rows(ListQuery query, PageRequest page, Instant now) {
    boolean partner = access.caller().isPartnerUser();
    BusinessCalendar calendar = sla.calendar();
    return query.rows(em, page, partner ? PARTNER_SORTS : SORTS, ServiceIssue.class, "i").stream()
        .map(i -> IssueRow.of(i, partner, now, calendar))
        .toList();
  }

  private ListQuery query(PageRequest page, Instant now) {
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("ServiceIssue i")
            .where(access.visibleJpql("i.partnerId", scope, false), scope);
    list.in("i.status", ListFilters.codes(page.filter("status"), IssueStatus::parse))
        .in("i.priority", ListFilters.codes(page.filter("priority"), IssuePriority::parse))
        .in("i.category", ListFilters.codes(page.filter("category"), IssueCategory::parse))
        .equalId("i.customerId", page.filter("customerId"))
        .equalId("i.partnerId", page.filter("partnerId"))
        .equal("i.sku", page.filter("sku"));
    String assignee = page.filter("assignee");
    if (UNASSIGNED.equals(assignee)) {
      list.where("i.assignee IS NULL");
    } else {
      list.equal("i.assignee", assignee);
    }
    String slaState = page.filter("slaState");
    if (slaState != null) {
      SlaState.parse(slaState)
          .ifPresentOrElse(
              s -> list.where(SlaClock.jpql(s, "i.sla"), SlaClock.NOW_PARAMETER, now),
              list::nothing);
    }
    String q = page.filter("q");
    if (q != null) {
      list.contains(q.toLowerCase(Locale.ROOT), 100, "LOWER(i.number)", "LOWER(i.subject)");
    }
    return list;
  }

  /** An issue the caller may see; anything else is not found (and the attempt audited). */
  public IssueView find(long id) {
    access.requireUser();
    return view(access.find(ServiceIssue.class, id));
  }

  /** The issue by its number ({@code SI-2026-00042}), as {@link #find}. */
  public IssueView findByNumber(String number) {
    access.requireUser();
    List<ServiceIssue> found =
        em.createQuery("SELECT i FROM ServiceIssue i WHERE i.number = :n", ServiceIssue.class)
            .setParameter("n", number == null ? "" : number.strip())
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException(TYPE, number);
    }
    access.requireVisible(TYPE, number, found.get(0).getPartnerId());
    return view(found.get(0));
  }

  /**
   * The conversation, oldest first, each comment with its files; a partner user never gets an
   * internal note (nor its files).
   */
  public List<CommentView> comments(long id) {
    ServiceIssue issue = visible(id);
    boolean partner = access.caller().isPartnerUser();
    List<IssueComment> found =
        em.createQuery(
                "SELECT c FROM IssueComment c WHERE c.issueId = :i"
                    + (partner ? " AND c.internal = FALSE" : "")
                    + " ORDER BY c.createdAt, c.id",
                IssueComment.class)
            .setParameter("i", issue.getId())
            .getResultList();
    Map<Long, List<AttachmentView>> byComment = new HashMap<>();
    for (IssueAttachment a : attachmentsOf(issue.getId())) {
      if (a.getCommentId() != null) {
        byComment
            .computeIfAbsent(a.getCommentId(), k -> new ArrayList<>())
            .add(AttachmentView.of(a));
      }
    }
    return found.stream()
        .map(
            c ->
                new CommentView(
                    c.getId(),
                    c.getAuthor(),
                    c.getAuthorPartnerId() != null,
                    c.isInternal(),
                    c.getText(),
                    c.getCreatedAt(),
                    byComment.getOrDefault(c.getId(), List.of())))
        .toList();
  }

  /**
   * The issue's files the caller may see, oldest first: those logged with the issue and those of
   * the comments the caller reads.
   */
  public List<AttachmentView> attachments(long id) {
    ServiceIssue issue = visible(id);
    boolean partner = access.caller().isPartnerUser();
    java.util.Set<Long> hidden = partner ? internalComments(issue.getId()) : java.util.Set.of();
    return attachmentsOf(issue.getId()).stream()
        .filter(a -> a.getCommentId() == null || !hidden.contains(a.getCommentId()))
        .map(AttachmentView::of)
        .toList();
  }

  /**
   * One file of the issue to download; a file the caller may not see (another issue's or another
   * partner's, an internal note's file for a partner user) is not found, and the attempt audited.
   */
  public AttachmentContent attachment(long id, long attachmentId) {
    ServiceIssue issue = visible(id);
    IssueAttachment a = em.find(IssueAttachment.class, attachmentId);
    if (a == null) {
      throw new RecordNotFoundException("IssueAttachment", attachmentId);
    }
    if (!a.getIssueId().equals(issue.getId())) {
      // another issue's file asked for through this one (another partner's, maybe): audited
      ServiceIssue owner = em.find(ServiceIssue.class, a.getIssueId());
      access.denied("IssueAttachment", attachmentId, owner == null ? null : owner.getPartnerId());
    }
    if (access.caller().isPartnerUser()
        && a.getCommentId() != null
        && internalComments(issue.getId()).contains(a.getCommentId())) {
      access.denied("IssueAttachment", attachmentId, issue.getPartnerId());
    }
    byte[] bytes =
        fileStore
            .content(a.getFileId())
            .orElseThrow(() -> new RecordNotFoundException("IssueAttachment", attachmentId))
            .bytes();
    return new AttachmentContent(AttachmentView.of(a), bytes);
  }

  /** The timeline, oldest first; a partner user never gets the service's internal entries. */
  public List<EventView> events(long id) {
    ServiceIssue issue = visible(id);
    boolean partner = access.caller().isPartnerUser();
    return em
        .createQuery(
            "SELECT e FROM IssueEvent e WHERE e.issueId = :i"
                + (partner ? " AND e.internal = FALSE" : "")
                + " ORDER BY e.at, e.id",
            IssueEvent.class)
        .setParameter("i", issue.getId())
        .getResultList()
        .stream()
        .map(EventView::of)
        .map(e -> partner ? withoutDraftSolution(e) : e)
        .toList();
  }

  /** A solved entry's "solution <id>" for a partner: only when that solution is published. */
  private EventView withoutDraftSolution(EventView e) {
    if (!IssueEvent.SOLVED.equals(e.kind())
        || e.detail() == null
        || !e.detail().startsWith(SOLUTION_DETAIL)) {
      return e;
    }
    Long solutionId =
        org.channelport.platform.ListFilters.id(
            e.detail().substring(SOLUTION_DETAIL.length()).strip());
    return solutionId != null && solutionPublished(solutionId)
        ? e
        : new EventView(e.id(), e.at(), e.actor(), e.kind(), null, e.internal());
  }

  /** The caller's issues at a glance (home pages): one count each, all in the caller's scope. */
  public IssueCounts counts() {
    Caller caller = access.requireUser();
    Instant now = clock.now();
    long open = counted(now, Map.of("status", codes(IssueStatus.OPEN)));
    long unassigned =
        scoped().in("i.status", List.of(IssueStatus.NEW)).where("i.assignee IS NULL").count(em);
    long waiting = counted(now, Map.of("status", codes(IssueStatus.WAITING)));
    long breached =
        counted(
            now, Map.of("status", codes(IssueStatus.OPEN), "slaState", SlaState.BREACHED.code()));
    long atRisk =
        counted(
            now, Map.of("status", codes(IssueStatus.OPEN), "slaState", SlaState.AT_RISK.code()));
    long mine =
        caller.isChannelManager()
            ? counted(now, Map.of("status", codes(IssueStatus.OPEN), "assignee", caller.username()))
            : 0;
    return new IssueCounts(open, unassigned, waiting, breached, atRisk, mine);
  }

  private long counted(Instant now, Map<String, String> filters) {
    return query(new PageRequest(0, 1, null, false, filters), now).count(em);
  }

  private ListQuery scoped() {
    Map<String, Object> scope = new HashMap<>();
    return ListQuery.from("ServiceIssue i")
        .where(access.visibleJpql("i.partnerId", scope, false), scope);
  }

  private static String codes(java.util.Set<IssueStatus> statuses) {
    return String.join(",", statuses.stream().map(IssueStatus::code).toList());
  }

  /** The steps the caller may take on the issue now (the pages' buttons). */
  public IssueActions actions(IssueView issue) {
    Caller caller = access.caller();
    IssueStatus s = issue.status();
    boolean reopenable =
        issue.solvedAt() == null
            || !clock
                .now()
                .isAfter(issue.solvedAt().plus(java.time.Duration.ofDays(config.reopenDays)));
    return new IssueActions(
        IssueStep.TAKE.allows(caller, s),
        IssueStep.WAIT_FOR_PARTNER.allows(caller, s)
            || IssueStep.WAIT_FOR_CUSTOMER.allows(caller, s),
        IssueStep.SOLVE.allows(caller, s),
        IssueStep.CLOSE.allows(caller, s),
        IssueStep.REOPEN.allows(caller, s) && reopenable,
        IssueStep.COMMENT.allows(caller, s),
        IssueStep.NOTE.allows(caller, s));
  }

  /**
   * A solved (or closed) issue with its answer, for the knowledge base's "turn into a solution"
   * (channel managers).
   */
  public IssueView solvedAnswer(long id) {
    access.require(Role.CHANNEL_MANAGER);
    ServiceIssue issue = access.find(ServiceIssue.class, id);
    if (issue.getSolutionText() == null
        || (issue.getStatus() != IssueStatus.SOLVED && issue.getStatus() != IssueStatus.CLOSED)) {
      throw new org.channelport.shared.ConflictException(
          "status", "error.issue.notSolved", issue.getNumber(), issue.getStatus().code());
    }
    return view(issue);
  }

  /** The channel managers who may work issues of {@code partnerId} (the take form's choices). */
  public List<String> assignees(long partnerId) {
    access.require(Role.CHANNEL_MANAGER);
    access.requireVisible("Partner", partnerId, partnerId);
    return em.createQuery(
            "SELECT a.managerUsername FROM PortfolioAssignment a WHERE a.partnerId = :p"
                + " ORDER BY a.managerUsername",
            String.class)
        .setParameter("p", partnerId)
        .getResultList();
  }

  // --- commands ----------------------------------------------------------------------------

  /** A partner user logs an issue (no files). */
  public IssueView create(IssueInput input) {
    return create(input, List.of());
  }

  /**
   * A partner user logs an issue with files (photos, logs): the customer must be one the caller
   * works with, the SKU a product of the catalog, the order (if named) the partner's own — offline
   * orders too — with the SKU (or the line named) on it. Goes to the service queue, or to the
   * assignee of the first routing rule that fits; the SLA clocks start.
   */
  public IssueView create(IssueInput input, List<IssueFile> uploads) {
    Caller caller = requirePartnerUser();
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    String sku = Checks.clean(input.sku());
    String serial = Checks.clean(input.serialNumber());
    String subject = Checks.clean(input.subject());
    String description = Checks.clean(input.description());
    Checks checks = new Checks();
    checks
        .required("customerId", input.customerId())
        .text("sku", sku, true, 64)
        .text("serialNumber", serial, false, 100)
        .text("subject", subject, true, 200)
        .multiLineText("description", description, true, MAX_TEXT);
    IssuePriority priority = code(checks, "priority", input.priority(), IssuePriority.class);
    IssueCategory category = code(checks, "category", input.category(), IssueCategory.class);
    if (input.orderLineNo() != null && input.orderId() == null) {
      checks.add("orderLineNo", "error.issue.lineWithoutOrder");
    }
    if (input.orderLineNo() != null && input.orderLineNo() < 1) {
      checks.add("orderLineNo", "error.issue.lineNo");
    }
    checks.throwIfAny();
    List<IssueFiles.Checked> checkedFiles = files.check(uploads);

    Checks refs = new Checks();
    CustomerView customer = null;
    try {
      customer = customers.find(input.customerId());
    } catch (RecordNotFoundException e) {
      refs.add("customerId", "error.issue.unknownCustomer");
    }
    ProductView product = null;
    try {
      product = catalog.product(sku, PriceContext.NONE);
    } catch (RecordNotFoundException e) {
      refs.add("sku", "error.issue.unknownSku", sku);
    }
    OrderItems order = null;
    OrderItems.Item line = null;
    if (input.orderId() != null) {
      try {
        order = orders.items(input.orderId());
      } catch (RecordNotFoundException e) {
        refs.add("orderId", "error.issue.unknownOrder");
      }
    }
    if (order != null) {
      line = orderLine(order, sku, input.orderLineNo(), input.customerId(), refs);
    }
    refs.throwIfAny();

    Instant now = clock.now();
    int year = now.atZone(ZoneOffset.UTC).getYear();
    ServiceIssue issue =
        new ServiceIssue(
            numbers.next(year),
            caller.partnerId(),
            customer.id(),
            customer.company(),
            product.sku(),
            line != null ? line.productName() : product.name(),
            serial,
            order == null ? null : order.orderId(),
            order == null ? null : order.number(),
            line == null ? null : line.lineNo(),
            subject,
            description,
            priority,
            category,
            caller.username(),
            now,
            sla.targetsFor(priority, partners.tier(caller.partnerId())),
            sla.calendar());
    em.persist(issue);
    em.flush();
    record(
        issue,
        now,
        caller.username(),
        IssueEvent.CREATED,
        priority.code() + ", " + category.code(),
        false);
    route(issue, now);
    attach(issue, null, checkedFiles, caller, now);
    fire(issue, IssueEvent.CREATED, true, caller.username());
    return view(Versions.flushed(em, issue));
  }

  /** The order's line the issue is about, or null after adding the reason to {@code refs}. */
  private static OrderItems.Item orderLine(
      OrderItems order, String sku, Integer lineNo, Long customerId, Checks refs) {
    if (!order.placed()) {
      refs.add("orderId", "error.issue.orderNotPlaced", order.number(), order.status().code());
      return null;
    }
    if (order.customerId() != null && !order.customerId().equals(customerId)) {
      refs.add("customerId", "error.issue.otherCustomer", order.number());
    }
    OrderItems.Item line = order.line(sku, lineNo).orElse(null);
    if (line == null) {
      if (lineNo != null) {
        refs.add("orderLineNo", "error.issue.noSuchLine", lineNo, order.number());
      } else {
        refs.add("sku", "error.issue.skuNotOnOrder", sku, order.number());
      }
      return null;
    }
    if (!line.sku().equals(sku)) {
      refs.add("sku", "error.issue.lineOtherSku", line.lineNo(), line.sku());
      return null;
    }
    return line;
  }

  /**
   * The service takes the issue, for the caller or for {@code assignee} (a channel manager of the
   * partner's portfolio): in progress, the first response given; a waiting issue resumes.
   */
  public IssueView take(long id, String assignee, Long version) {
    Caller caller = access.require(IssueStep.TAKE.roleArray());
    ServiceIssue issue = locked(id);
    Versions.check(issue, version);
    IssueStep.TAKE.require(issue.getStatus());
    String to = Checks.clean(assignee);
    if (to == null) {
      to = caller.username();
    }
    new Checks().text("assignee", to, true, 100).throwIfAny();
    if (!managesPartner(to, issue.getPartnerId())) {
      throw new InvalidInputException(
          List.of(new FieldError("assignee", "error.issue.assigneeNotManager", to)));
    }
    Instant now = clock.now();
    boolean resumed = issue.getStatus().isWaiting();
    String before = issue.getAssignee();
    Breached breached = Breached.of(issue);
    issue.take(to, now, sla.calendar());
    if (resumed) {
      record(issue, now, caller.username(), IssueEvent.RESUMED, null, false);
    }
    record(
        issue,
        now,
        caller.username(),
        IssueEvent.TAKEN,
        to.equals(caller.username()) ? null : to,
        false);
    if (before != null && !before.equals(to)) {
      record(issue, now, caller.username(), IssueEvent.ASSIGNED, before + " → " + to, true);
    }
    fire(issue, IssueEvent.TAKEN, true, caller.username());
    escalateNew(issue, breached, now);
    return view(Versions.flushed(em, issue));
  }

  /**
   * The service waits for the partner ({@code forWhom} {@code partner}) or the end customer ({@code
   * customer}), saying what it needs: the SLA clock pauses until a reply.
   */
  public IssueView waitFor(long id, String forWhom, String reason, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    IssueStep step = IssueStep.waitFor(forWhom).orElse(null);
    String why = Checks.clean(reason);
    Checks checks = new Checks();
    if (step == null) {
      checks.add(
          "for", forWhom == null ? "error.required" : "error.param.oneOf", "partner, customer");
    }
    checks.multiLineText("reason", why, true, 1000).throwIfAny();
    ServiceIssue issue = locked(id);
    Versions.check(issue, version);
    Instant now = clock.now();
    Breached breached = Breached.of(issue);
    issue.waitFor(step, why, now, sla.calendar());
    record(
        issue,
        now,
        caller.username(),
        IssueEvent.WAITING,
        (step == IssueStep.WAIT_FOR_PARTNER ? "partner" : "customer") + ": " + why,
        false);
    fire(issue, IssueEvent.WAITING, true, caller.username());
    escalateNew(issue, breached, now);
    return view(Versions.flushed(em, issue));
  }

  /**
   * The service's answer: solved with the solution's text ({@code solutionId}: the knowledge-base
   * solution it came from, if any); the partner confirms (closes) or reopens it.
   */
  public IssueView solve(long id, String solution, Long solutionId, Long version) {
    Caller caller = access.require(IssueStep.SOLVE.roleArray());
    String text = Checks.clean(solution);
    new Checks().multiLineText("solution", text, true, MAX_TEXT).throwIfAny();
    ServiceIssue issue = locked(id);
    Versions.check(issue, version);
    IssueStep.SOLVE.require(issue.getStatus());
    if (solutionId != null && !solutionPublished(solutionId)) {
      // only a published solution is an answer (a draft or a withdrawn one would count too)
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "solutionId",
                  solutionExists(solutionId)
                      ? "error.issue.solutionNotPublished"
                      : "error.issue.unknownSolution",
                  solutionId)));
    }
    Instant now = clock.now();
    Breached breached = Breached.of(issue);
    issue.solve(text, solutionId, caller.username(), now);
    record(
        issue,
        now,
        caller.username(),
        IssueEvent.SOLVED,
        solutionId == null ? null : SOLUTION_DETAIL + solutionId,
        false);
    fire(issue, IssueEvent.SOLVED, true, caller.username());
    escalateNew(issue, breached, now);
    return view(Versions.flushed(em, issue));
  }

  /** The partner manager (or the service) confirms the solution: closed. */
  public IssueView close(long id, Long version) {
    Caller caller = access.require(IssueStep.CLOSE.roleArray());
    ServiceIssue issue = locked(id);
    Versions.check(issue, version);
    Instant now = clock.now();
    issue.close(IssueStep.CLOSE, now);
    record(issue, now, caller.username(), IssueEvent.CLOSED, null, false);
    fire(issue, IssueEvent.CLOSED, true, caller.username());
    return view(Versions.flushed(em, issue));
  }

  /**
   * Not solved after all: the partner manager (or the service) reopens a solved or closed issue
   * within {@code support.reopen-days} of its solution, saying why; in progress again.
   */
  public IssueView reopen(long id, String reason, Long version) {
    Caller caller = access.require(IssueStep.REOPEN.roleArray());
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 1000).throwIfAny();
    ServiceIssue issue = locked(id);
    Versions.check(issue, version);
    Instant now = clock.now();
    issue.reopen(now, config.reopenDays, sla.calendar());
    record(issue, now, caller.username(), IssueEvent.REOPENED, why, false);
    fire(issue, IssueEvent.REOPENED, true, caller.username());
    return view(Versions.flushed(em, issue));
  }

  /**
   * A comment with files. {@code internal}: a note of the service (channel managers only) that no
   * partner ever sees — it leaves the issue's row (its version, its "last change") as it is. A
   * public comment is the partner's reply (a waiting issue resumes) or the service's answer (its
   * first response; waiting for the customer, the reply it relays resumes the issue).
   */
  public CommentView comment(long id, String text, boolean internal, List<IssueFile> uploads) {
    Caller caller = commenter(internal);
    String body = Checks.clean(text);
    List<IssueFile> given = uploads == null ? List.of() : uploads;
    new Checks().multiLineText("text", body, given.isEmpty(), MAX_TEXT).throwIfAny();
    List<IssueFiles.Checked> checkedFiles = files.check(given);
    ServiceIssue issue = locked(id);
    IssueStep step = internal ? IssueStep.NOTE : IssueStep.COMMENT;
    step.require(issue.getStatus());
    Instant now = clock.now();
    IssueComment comment =
        new IssueComment(
            issue.getId(),
            caller.username(),
            caller.isPartnerUser() ? caller.partnerId() : null,
            internal,
            body == null ? "" : body,
            now);
    em.persist(comment);
    em.flush();
    List<AttachmentView> attached = attach(issue, comment.getId(), checkedFiles, caller, now);
    if (internal) {
      record(issue, now, caller.username(), IssueEvent.NOTE, null, true);
      fire(issue, IssueEvent.NOTE, false, caller.username());
    } else {
      boolean resumes =
          caller.isPartnerUser()
              ? issue.getStatus().isWaiting()
              : issue.getStatus() == IssueStatus.WAITING_CUSTOMER;
      Breached breached = Breached.of(issue);
      if (!caller.isPartnerUser()) {
        issue.answered(now);
      }
      if (resumes) {
        issue.resume(now, sla.calendar());
        record(issue, now, caller.username(), IssueEvent.RESUMED, null, false);
      } else {
        issue.touch(now, true);
      }
      record(
          issue,
          now,
          caller.username(),
          IssueEvent.COMMENTED,
          attached.isEmpty() ? null : attached.size() + " file(s)",
          false);
      fire(issue, IssueEvent.COMMENTED, true, caller.username());
      escalateNew(issue, breached, now);
      Versions.flushed(em, issue);
    }
    return new CommentView(
        comment.getId(),
        comment.getAuthor(),
        comment.getAuthorPartnerId() != null,
        internal,
        comment.getText(),
        now,
        attached);
  }

  /**
   * A return (RMA) was requested from the issue: its timeline and its partner's "last change" say
   * so ({@code detail}: the return's number and lines), and {@link IssueChanged} tells who must
   * hear it. For the returns' own service, in its transaction: only those who may ask for a return
   * (the partner's users, the portfolio's channel managers; 403 otherwise), on an issue they see
   * (404 and audited otherwise).
   */
  public IssueView returnRequested(long id, String detail) {
    Caller caller = requireReturner(access);
    ServiceIssue issue = locked(id);
    Instant now = clock.now();
    issue.touch(now, true);
    record(issue, now, caller.username(), IssueEvent.RETURN_REQUESTED, detail, false);
    fire(issue, IssueEvent.RETURN_REQUESTED, true, caller.username());
    return view(Versions.flushed(em, issue));
  }

  /**
   * Refuses a comment before anything of it is read: the caller must see the issue ({@code 404},
   * audited) and may write this kind of comment ({@code 403}: an internal note is the service's).
   * The API checks this before it reads an upload's bytes.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireMayComment(long id, boolean internal) {
    commenter(internal);
    access.find(ServiceIssue.class, id);
  }

  private Caller commenter(boolean internal) {
    Caller caller = access.require((internal ? IssueStep.NOTE : IssueStep.COMMENT).roleArray());
    if (!caller.isPartnerUser() && !caller.isChannelManager()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    return caller;
  }

  /** The largest attachment and the most files of one comment (the API's early checks). */
  public IssueFiles.Limits attachmentLimits() {
    return files.limits();
  }

  /**
   * The portal closes issues solved more than {@code support.auto-close-days} ago that the partner
   * did not confirm; returns how many (at most 100 a round).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int autoClose() {
    Instant now = clock.now();
    Instant before = now.minus(java.time.Duration.ofDays(config.autoCloseDays));
    List<Long> due =
        em.createQuery(
                "SELECT i.id FROM ServiceIssue i WHERE i.status = :s AND i.solvedAt < :before"
                    + " ORDER BY i.solvedAt, i.id",
                Long.class)
            .setParameter("s", IssueStatus.SOLVED)
            .setParameter("before", before)
            .setMaxResults(100)
            .getResultList();
    int closed = 0;
    for (Long id : due) {
      locks.row("service_issue", id);
      ServiceIssue issue = em.find(ServiceIssue.class, id);
      if (issue.getStatus() != IssueStatus.SOLVED || !issue.getSolvedAt().isBefore(before)) {
        continue;
      }
      issue.close(IssueStep.AUTO_CLOSE, now);
      record(issue, now, SYSTEM, IssueEvent.AUTO_CLOSED, config.autoCloseDays + " days", false);
      fire(issue, IssueEvent.AUTO_CLOSED, true, SYSTEM);
      closed++;
    }
    em.flush();
    return closed;
  }

  // --- routing -----------------------------------------------------------------------------

  /** The routing rules in the order they are tried (channel managers read them). */
  public List<RoutingRuleView> routingRules() {
    access.require(Role.CHANNEL_MANAGER);
    return rules().stream().map(RoutingRuleView::of).toList();
  }

  /** A channel administrator adds ({@code id} null) or changes a routing rule. */
  public RoutingRuleView saveRoutingRule(RoutingRuleInput input) {
    Caller caller = requireAdmin();
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    String assignee = Checks.clean(input.assignee());
    Checks checks = new Checks().text("assignee", assignee, true, 100);
    IssueCategory category = null;
    if (input.category() != null && !input.category().isBlank()) {
      category = IssueCategory.parse(input.category()).orElse(null);
      if (category == null) {
        checks.add("category", "error.param.oneOf", "defect, installation, question, return");
      }
    }
    int order = input.priorityOrder() == null ? 100 : input.priorityOrder();
    if (order < 0 || order > 10_000) {
      checks.add("priorityOrder", "error.param.wholeNumber", "0", "10000");
    }
    checks.throwIfAny();
    if (input.partnerId() != null) {
      try {
        partners.find(input.partnerId());
      } catch (RecordNotFoundException e) {
        throw new InvalidInputException(
            List.of(new FieldError("partnerId", "error.issue.unknownPartner")));
      }
    }
    boolean manager =
        input.partnerId() == null
            ? em.createQuery(
                        "SELECT COUNT(a) FROM PortfolioAssignment a WHERE a.managerUsername = :u",
                        Long.class)
                    .setParameter("u", assignee)
                    .getSingleResult()
                > 0
            : managesPartner(assignee, input.partnerId());
    if (!manager) {
      throw new InvalidInputException(
          List.of(new FieldError("assignee", "error.issue.assigneeNotManager", assignee)));
    }
    Instant now = clock.now();
    IssueRoutingRule rule;
    if (input.id() == null) {
      rule =
          new IssueRoutingRule(
              category, input.partnerId(), assignee, order, caller.username(), now);
      em.persist(rule);
    } else {
      rule = em.find(IssueRoutingRule.class, input.id());
      if (rule == null) {
        throw new RecordNotFoundException("IssueRoutingRule", input.id());
      }
      Versions.check(rule, input.version());
      rule.change(category, input.partnerId(), assignee, order);
    }
    return RoutingRuleView.of(Versions.flushed(em, rule));
  }

  /** A channel administrator removes a routing rule. */
  public void deleteRoutingRule(long id, Long version) {
    requireAdmin();
    IssueRoutingRule rule = em.find(IssueRoutingRule.class, id);
    if (rule == null) {
      throw new RecordNotFoundException("IssueRoutingRule", id);
    }
    Versions.check(rule, version);
    em.remove(rule);
    em.flush();
  }

  private List<IssueRoutingRule> rules() {
    return em.createQuery(
            "SELECT r FROM IssueRoutingRule r ORDER BY r.priorityOrder, r.id",
            IssueRoutingRule.class)
        .getResultList();
  }

  /**
   * A new issue goes to the assignee of the first rule that fits (a rule for the partner before one
   * for every partner, then by order) who manages the partner; otherwise it waits in the queue.
   */
  private void route(ServiceIssue issue, Instant now) {
    List<IssueRoutingRule> fitting =
        new ArrayList<>(
            rules().stream()
                .filter(r -> r.matches(issue.getPartnerId(), issue.getCategory()))
                .toList());
    fitting.sort((a, b) -> Boolean.compare(a.getPartnerId() == null, b.getPartnerId() == null));
    for (IssueRoutingRule rule : fitting) {
      if (managesPartner(rule.getAssignee(), issue.getPartnerId())) {
        issue.assign(rule.getAssignee());
        record(
            issue,
            now,
            SYSTEM,
            IssueEvent.ASSIGNED,
            rule.getAssignee() + " (rule " + rule.getId() + ")",
            true);
        return;
      }
    }
  }

  // --- rules -------------------------------------------------------------------------------

  private boolean managesPartner(String username, long partnerId) {
    return em.createQuery(
                "SELECT COUNT(a) FROM PortfolioAssignment a"
                    + " WHERE a.managerUsername = :u AND a.partnerId = :p",
                Long.class)
            .setParameter("u", username)
            .setParameter("p", partnerId)
            .getSingleResult()
        > 0;
  }

  private boolean solutionPublished(long solutionId) {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM solution WHERE id = ? AND published")
                    .setParameter(1, solutionId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private boolean solutionExists(long solutionId) {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM solution WHERE id = ?")
                    .setParameter(1, solutionId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /** Who may ask for a return from an issue: a partner user or a channel manager (else 403). */
  static Caller requireReturner(AccessRules access) {
    Caller caller = access.requireUser();
    if (!caller.isPartnerUser() && !caller.isChannelManager()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    return caller;
  }

  private Caller requirePartnerUser() {
    Caller caller = access.require(Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE);
    if (!caller.isPartnerUser()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    return caller;
  }

  private Caller requireAdmin() {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    if (!caller.isChannelAdmin()) {
      throw new AccessDeniedException("error.issue.routing.adminOnly");
    }
    return caller;
  }

  private static <E extends Enum<E>> E code(
      Checks checks, String field, String text, Class<E> type) {
    if (text == null || text.isBlank()) {
      checks.add(field, "error.required");
      return null;
    }
    E value = org.channelport.shared.Codes.parse(type, text).orElse(null);
    if (value == null) {
      checks.add(
          field,
          "error.param.oneOf",
          String.join(
              ", ",
              java.util.Arrays.stream(type.getEnumConstants())
                  .map(org.channelport.shared.Codes::of)
                  .toList()));
    }
    return value;
  }

  /** An issue the caller may see, read (not locked). */
  private ServiceIssue visible(long id) {
    access.requireUser();
    return access.find(ServiceIssue.class, id);
  }

  /**
   * The issue, its row locked to the end of the transaction (a parallel step waits, then sees this
   * one's result), if the caller may see it; otherwise not found, and audited.
   */
  private ServiceIssue locked(long id) {
    // the caller's scope first, so nobody can hold or time a lock on a row they may not see
    ServiceIssue issue = access.find(ServiceIssue.class, id);
    locks.row("service_issue", issue.getId());
    em.refresh(issue);
    return issue;
  }

  private List<IssueAttachment> attachmentsOf(long issueId) {
    return em.createQuery(
            "SELECT a FROM IssueAttachment a WHERE a.issueId = :i ORDER BY a.createdAt, a.id",
            IssueAttachment.class)
        .setParameter("i", issueId)
        .getResultList();
  }

  private java.util.Set<Long> internalComments(long issueId) {
    return java.util.Set.copyOf(
        em.createQuery(
                "SELECT c.id FROM IssueComment c WHERE c.issueId = :i AND c.internal = TRUE",
                Long.class)
            .setParameter("i", issueId)
            .getResultList());
  }

  private List<AttachmentView> attach(
      ServiceIssue issue,
      Long commentId,
      List<IssueFiles.Checked> checked,
      Caller caller,
      Instant now) {
    List<AttachmentView> attached = new ArrayList<>();
    for (IssueFiles.Checked f : checked) {
      StoredFile stored = fileStore.store(files.purpose(), f.bytes(), f.name(), caller.username());
      IssueAttachment a =
          new IssueAttachment(
              issue.getId(),
              commentId,
              stored.id(),
              stored.clientName(),
              stored.mediaType(),
              stored.size(),
              caller.username(),
              now);
      em.persist(a);
      em.flush();
      attached.add(AttachmentView.of(a));
    }
    return attached;
  }

  /** The SLA flags before a step: a step past a due flags the breach itself. */
  private record Breached(boolean firstResponse, boolean resolution) {
    static Breached of(ServiceIssue issue) {
      return new Breached(
          issue.getSla().isFirstResponseBreached(), issue.getSla().isResolutionBreached());
    }
  }

  /**
   * The breaches this step flagged (it came after a due, before the breach job's round) are
   * escalated as the job would: one internal entry, one mail, in this transaction.
   */
  private void escalateNew(ServiceIssue issue, Breached before, Instant now) {
    List<String> flagged = new ArrayList<>();
    if (!before.firstResponse() && issue.getSla().isFirstResponseBreached()) {
      flagged.add(SlaBreaches.FIRST_RESPONSE);
    }
    if (!before.resolution() && issue.getSla().isResolutionBreached()) {
      flagged.add(SlaBreaches.RESOLUTION);
    }
    if (!flagged.isEmpty()) {
      breaches.noticed(issue, flagged, now);
    }
  }

  private void record(
      ServiceIssue issue, Instant at, String actor, String kind, String detail, boolean internal) {
    em.persist(new IssueEvent(issue.getId(), at, actor, kind, detail, internal));
  }

  private void fire(ServiceIssue issue, String kind, boolean visibleToPartner, String actor) {
    changed.fire(
        new IssueChanged(
            issue.getId(),
            issue.getNumber(),
            issue.getPartnerId(),
            issue.getAssignee(),
            kind,
            visibleToPartner,
            actor));
  }

  private IssueView view(ServiceIssue issue) {
    boolean partner = access.caller().isPartnerUser();
    boolean solutionShown =
        !partner || (issue.getSolutionId() != null && solutionPublished(issue.getSolutionId()));
    return IssueView.of(issue, partner, solutionShown, clock.now(), sla.calendar());
  }
}
