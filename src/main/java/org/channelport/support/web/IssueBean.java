package org.channelport.support.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.channelport.order.OrderService;
import org.channelport.order.ReturnInput;
import org.channelport.order.ReturnView;
import org.channelport.partner.PartnerService;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.RecordNotFoundException;
import org.channelport.support.AttachmentContent;
import org.channelport.support.AttachmentView;
import org.channelport.support.CommentView;
import org.channelport.support.EventView;
import org.channelport.support.IssueActions;
import org.channelport.support.IssueFile;
import org.channelport.support.IssueReturns;
import org.channelport.support.IssueService;
import org.channelport.support.IssueStatus;
import org.channelport.support.IssueView;
import org.channelport.support.SlaState;
import org.channelport.support.SolutionHit;
import org.channelport.support.SolutionInput;
import org.channelport.support.SolutionService;
import org.channelport.support.SolutionView;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One service issue (/partner/issue.xhtml, /channel/issue.xhtml): status, priority and the two SLA
 * clocks, the details, the timeline (the steps and the conversation in one; the service's internal
 * notes only for channel managers, marked), the comment form with files, and the steps the caller
 * may take ({@link IssueService#actions}) — the service checks each again.
 */
@Named
@ViewScoped
public class IssueBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Timeline entries a comment stands for: the comment itself is shown instead. */
  static final Set<String> COMMENT_KINDS = Set.of("commented", "note");

  @Inject IssueService issues;
  @Inject SolutionService solutions;
  @Inject PartnerService partners;
  @Inject CurrentCaller currentCaller;
  @Inject IssueReturns returns;
  @Inject OrderService orders;

  private String idParam;
  private Long id;
  private Long version;

  private String assignTo;
  private String waitFor = "partner";
  private String waitReason;
  private String solutionText;
  private Long solutionId;
  private String reopenReason;
  private String commentText;
  private boolean internal;
  private String fileProblem;
  private String publishTitle;
  private String publishSymptoms;
  private String publishSteps;
  private String returnReason;
  private List<ReturnChoice> returnLines;

  // the bytes of files not sent yet stay out of a replicated session: a failover loses only them
  private transient PendingFiles files;
  private transient UploadedFile chosen;

  // read again after a restart of the view rather than kept in the session
  private transient IssueView issue;
  private transient IssueActions actions;
  private transient List<Entry> timeline;
  private transient List<String> assignees;
  private transient List<SolutionHit> knownSolutions;
  private transient String partnerName;
  private transient ReturnView returned;
  private transient boolean returnRead;

  /** One line of the timeline: a step, or a comment with its files. */
  public record Entry(
      Instant at,
      String actor,
      String kind,
      String text,
      boolean internal,
      List<AttachmentView> attachments)
      implements Serializable {}

  /** A line of the issue's order and how many of it go back. */
  public static final class ReturnChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int lineNo;
    private final String sku;
    private final String productName;
    private final long ordered;
    private Long quantity;

    ReturnChoice(int lineNo, String sku, String productName, long ordered, Long quantity) {
      this.lineNo = lineNo;
      this.sku = sku;
      this.productName = productName;
      this.ordered = ordered;
      this.quantity = quantity;
    }

    public int getLineNo() {
      return lineNo;
    }

    public String getSku() {
      return sku;
    }

    public String getProductName() {
      return productName;
    }

    public long getOrdered() {
      return ordered;
    }

    public Long getQuantity() {
      return quantity;
    }

    public void setQuantity(Long quantity) {
      this.quantity = quantity;
    }
  }

  /** The SLA clocks in words and the state each is coloured by. */
  public record Sla(
      String firstResponse,
      String firstResponseState,
      String resolution,
      String resolutionState,
      boolean paused)
      implements Serializable {}

  /** viewAction: the issue, or the not-found page if the caller may not see it. */
  public void load() {
    id = ListFilters.id(idParam);
    if (id == null) {
      throw new RecordNotFoundException("ServiceIssue", idParam);
    }
    issue = issues.find(id);
    version = issue.version();
    prefillPublish();
  }

  public IssueView getIssue() {
    if (issue == null && id != null) {
      issue = issues.find(id);
    }
    return issue;
  }

  public IssueActions getCan() {
    if (actions == null) {
      actions = issues.actions(getIssue());
    }
    return actions;
  }

  // --- steps ---------------------------------------------------------------------------------

  public String take() {
    return step(
        () -> issues.take(id, blankToNull(assignTo), version),
        i -> FacesMessages.info("issuePage.done.take", i.number(), i.assignee()));
  }

  public String waitStep() {
    return step(
        () -> issues.waitFor(id, waitFor, waitReason, version),
        i -> FacesMessages.info("issuePage.done.wait", i.number()));
  }

  public String solve() {
    String text = solutionText;
    if ((text == null || text.isBlank()) && solutionId != null) {
      // a known solution chosen and nothing written: its steps are the answer
      text = solutions.find(solutionId).steps();
    }
    String answer = text;
    return step(
        () -> issues.solve(id, answer, solutionId, version),
        i -> FacesMessages.info("issuePage.done.solve", i.number()));
  }

  public String close() {
    return step(
        () -> issues.close(id, version),
        i -> FacesMessages.info("issuePage.done.close", i.number()));
  }

  public String reopen() {
    return step(
        () -> issues.reopen(id, reopenReason, version),
        i -> FacesMessages.info("issuePage.done.reopen", i.number()));
  }

  /** The solved issue's answer as a published solution of the knowledge base. */
  public String publish() {
    try {
      SolutionView published =
          solutions.fromIssue(
              id,
              new SolutionInput.FromIssue(
                  publishTitle, publishSymptoms, false, publishSteps, null, null, true));
      FacesMessages.info("issuePage.done.publish", published.title());
    } catch (InvalidInputException invalid) {
      IssueMessages.show(invalid);
      return null;
    }
    return reload();
  }

  /** A return (RMA) of the order's products the issue is about, with a reason. */
  public String requestReturn() {
    List<ReturnInput.Line> lines =
        getReturnLines().stream()
            .filter(l -> l.getQuantity() != null && l.getQuantity() > 0)
            .map(l -> new ReturnInput.Line(l.getLineNo(), l.getQuantity()))
            .toList();
    IssueReturns.Requested requested;
    try {
      requested = returns.request(id, lines, returnReason, version);
    } catch (InvalidInputException invalid) {
      IssueMessages.show(invalid);
      return null;
    }
    FacesMessages.info("issuePage.done.return", requested.returned().number());
    return reload();
  }

  public String comment() {
    if ((commentText == null || commentText.isBlank()) && files().isEmpty()) {
      IssueMessages.error("issuePage.comment.empty");
      return null;
    }
    boolean note = internal && isChannelView();
    try {
      issues.comment(id, commentText, note, uploads());
    } catch (InvalidInputException invalid) {
      IssueMessages.show(invalid);
      return null;
    }
    files().clear();
    FacesMessages.info(note ? "issuePage.done.note" : "issuePage.done.comment");
    return reload();
  }

  /** Takes a step; bad input stays on the page, a conflict is shown by the exception handler. */
  private String step(Supplier<IssueView> action, java.util.function.Consumer<IssueView> done) {
    IssueView after;
    try {
      after = action.get();
    } catch (InvalidInputException invalid) {
      IssueMessages.show(invalid);
      return null;
    }
    done.accept(after);
    return reload();
  }

  private String reload() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "")
        + "?faces-redirect=true&id="
        + id;
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

  public String getFileProblem() {
    return fileProblem;
  }

  private PendingFiles files() {
    if (files == null) {
      files = new PendingFiles();
    }
    return files;
  }

  private List<IssueFile> uploads() {
    return files().list().stream().map(f -> new IssueFile(f.name(), f.bytes())).toList();
  }

  /** A file of the issue to download (the service checks the caller may see it). */
  public StreamedContent download(long attachmentId) {
    AttachmentContent content = issues.attachment(id, attachmentId);
    AttachmentView a = content.attachment();
    return DefaultStreamedContent.builder()
        .name(a.name() == null ? "attachment-" + a.id() : a.name())
        .contentType(a.contentType())
        .contentLength((long) content.bytes().length)
        .stream(() -> new ByteArrayInputStream(content.bytes()))
        .build();
  }

  // --- what the page shows -------------------------------------------------------------------

  /**
   * The steps and the conversation, oldest first: each comment once (with its files), the issue's
   * own files with its creation; a partner user's lists come without internal entries already.
   */
  public List<Entry> getTimeline() {
    if (timeline == null) {
      List<AttachmentView> issueFiles =
          issues.attachments(id).stream().filter(a -> a.commentId() == null).toList();
      List<Entry> entries = new ArrayList<>();
      boolean firstCreated = true;
      for (EventView e : issues.events(id)) {
        if (COMMENT_KINDS.contains(e.kind())) {
          continue;
        }
        boolean created = "created".equals(e.kind()) && firstCreated;
        if (created) {
          firstCreated = false;
        }
        entries.add(
            new Entry(
                e.at(),
                e.actor(),
                e.kind(),
                eventText(e),
                e.internal(),
                created ? issueFiles : List.of()));
      }
      for (CommentView c : issues.comments(id)) {
        entries.add(
            new Entry(
                c.createdAt(),
                c.author(),
                c.internal() ? "note" : "commented",
                c.text(),
                c.internal(),
                c.attachments()));
      }
      entries.sort(Comparator.comparing(Entry::at));
      timeline = entries;
    }
    return timeline;
  }

  /** What a step's entry says besides its kind: the reason of a wait or reopening, the assignee. */
  private String eventText(EventView e) {
    if ("created".equals(e.kind())) {
      return null;
    }
    return e.detail();
  }

  /** A timeline kind in words ({@code issuePage.event.<kind>}), or the kind's code. */
  public String kindName(String kind) {
    String key = "issuePage.event." + kind;
    String text = Messages.text(IssuePages.locale(), key);
    return text.equals(key) ? kind : text;
  }

  public Sla getSla() {
    IssueView i = getIssue();
    var locale = IssuePages.locale();
    String first;
    String firstState;
    if (i.firstRespondedAt() != null) {
      first =
          Messages.text(
              locale,
              i.firstResponseBreached() ? "issuePage.sla.missed" : "issuePage.sla.respondedAt");
      firstState = i.firstResponseBreached() ? SlaState.BREACHED.code() : SlaState.MET.code();
    } else {
      SlaState state =
          i.firstResponseBreached()
              ? SlaState.BREACHED
              : i.slaPaused() ? SlaState.PAUSED : SlaState.ON_TRACK;
      first = IssuePages.clock(state, i.firstResponseLeft(), locale);
      firstState = state.code();
    }
    SlaState resolution = i.slaState() == null ? SlaState.ON_TRACK : i.slaState();
    if (resolution == SlaState.BREACHED
        && !i.resolutionBreached()
        && i.resolutionLeft() != null
        && !i.resolutionLeft().isNegative()) {
      // only the first response was missed: the resolution clock itself still runs
      resolution = i.slaPaused() ? SlaState.PAUSED : SlaState.ON_TRACK;
    }
    String resolutionText =
        (i.status() == IssueStatus.SOLVED || i.status() == IssueStatus.CLOSED)
            ? Messages.text(
                locale, i.resolutionBreached() ? "issuePage.sla.missed" : "issuePage.sla.metAt")
            : IssuePages.clock(resolution, i.resolutionLeft(), locale);
    return new Sla(first, firstState, resolutionText, resolution.code(), i.slaPaused());
  }

  public boolean isWaiting() {
    return getIssue().status().isWaiting();
  }

  public boolean isWaitingForPartner() {
    return getIssue().status() == IssueStatus.WAITING_PARTNER;
  }

  public boolean isChannelView() {
    return currentCaller.get().isChannelManager();
  }

  public boolean isPartnerView() {
    return currentCaller.get().isPartnerUser();
  }

  /** Channel managers of the issue's partner's portfolio, for "take for a colleague". */
  public List<String> getAssignees() {
    if (assignees == null) {
      assignees = getCan().take() ? issues.assignees(getIssue().partnerId()) : List.of();
    }
    return assignees;
  }

  /** Published solutions that fit the issue, for "solved with a known solution". */
  public List<SolutionHit> getKnownSolutions() {
    if (knownSolutions == null) {
      IssueView i = getIssue();
      knownSolutions =
          getCan().solve()
              ? solutions.suggest(i.subject() + " " + i.description(), i.sku(), null, 10)
              : List.of();
    }
    return knownSolutions;
  }

  /**
   * "Publish as solution": for channel managers once the issue is solved (or closed) and its answer
   * is not a known solution already.
   */
  public boolean isCanPublish() {
    IssueView i = getIssue();
    return isChannelView()
        && i.solution() != null
        && i.solutionId() == null
        && (i.status() == IssueStatus.SOLVED || i.status() == IssueStatus.CLOSED);
  }

  /** The issue's return, once asked for (its status moves as the ERP says), or null. */
  public ReturnView getReturned() {
    if (!returnRead) {
      returned = getIssue().orderId() == null ? null : returns.of(id);
      returnRead = true;
    }
    return returned;
  }

  /**
   * "Request a return": a defect or return issue with an order, not closed and without a return
   * yet; its partner's users and the service ask for it.
   */
  public boolean isCanReturn() {
    IssueView i = getIssue();
    return (isChannelView() || isPartnerView())
        && IssueReturns.CATEGORIES.contains(i.category())
        && i.orderId() != null
        && i.status() != IssueStatus.CLOSED
        && getReturned() == null;
  }

  /** The order's lines to choose from: the issue's own line with one piece, the others none. */
  public List<ReturnChoice> getReturnLines() {
    if (returnLines == null) {
      IssueView i = getIssue();
      returnLines =
          orders.items(i.orderId()).items().stream()
              .map(
                  l ->
                      new ReturnChoice(
                          l.lineNo(),
                          l.sku(),
                          l.productName(),
                          l.quantity(),
                          i.orderLineNo() != null && i.orderLineNo() == l.lineNo() ? 1L : 0L))
              .toList();
    }
    return returnLines;
  }

  private void prefillPublish() {
    publishTitle = issue.subject();
    publishSymptoms = issue.description();
    publishSteps = issue.solution();
  }

  public String getPartnerName() {
    return partners.name(getIssue().partnerId());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // --- bound values --------------------------------------------------------------------------

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getId() {
    return id;
  }

  public String getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }

  public String getWaitFor() {
    return waitFor;
  }

  public void setWaitFor(String waitFor) {
    this.waitFor = waitFor;
  }

  public String getWaitReason() {
    return waitReason;
  }

  public void setWaitReason(String waitReason) {
    this.waitReason = waitReason;
  }

  public String getSolutionText() {
    return solutionText;
  }

  public void setSolutionText(String solutionText) {
    this.solutionText = solutionText;
  }

  public Long getSolutionId() {
    return solutionId;
  }

  public void setSolutionId(Long solutionId) {
    this.solutionId = solutionId;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public void setReopenReason(String reopenReason) {
    this.reopenReason = reopenReason;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public String getPublishTitle() {
    return publishTitle;
  }

  public void setPublishTitle(String publishTitle) {
    this.publishTitle = publishTitle;
  }

  public String getPublishSymptoms() {
    return publishSymptoms;
  }

  public void setPublishSymptoms(String publishSymptoms) {
    this.publishSymptoms = publishSymptoms;
  }

  public String getPublishSteps() {
    return publishSteps;
  }

  public void setPublishSteps(String publishSteps) {
    this.publishSteps = publishSteps;
  }
}
