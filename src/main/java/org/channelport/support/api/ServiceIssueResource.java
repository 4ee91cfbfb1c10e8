package org.channelport.support.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.IdempotencyKeys;
import org.channelport.platform.ListParams;
import org.channelport.security.AccessRules;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.support.AttachmentContent;
import org.channelport.support.CommentView;
import org.channelport.support.IssueCategory;
import org.channelport.support.IssueCounts;
import org.channelport.support.IssueFile;
import org.channelport.support.IssueFiles;
import org.channelport.support.IssueInput;
import org.channelport.support.IssuePriority;
import org.channelport.support.IssueRow;
import org.channelport.support.IssueService;
import org.channelport.support.IssueStatus;
import org.channelport.support.IssueView;
import org.channelport.support.SlaState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/service-issues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service issues", description = "Service issues in the caller's scope, with their SLA")
public class ServiceIssueResource {
  /** The query parameters of the issue list. */
  static final ListParams PARAMS =
      ListParams.paged(IssueService.SORT_FIELDS, "createdAt", false)
          .someOf("status", IssueStatus.class)
          .someOf("priority", IssuePriority.class)
          .someOf("category", IssueCategory.class)
          .oneOf("slaState", SlaState.class)
          .text("sku", 64)
          .id("customerId")
          .id("partnerId")
          .text("assignee", 100)
          .text("q", 100)
          .build();

  /** The multipart part with the comment's JSON. */
  static final String COMMENT_PART = "comment";

  /** The largest comment part (JSON) of a multipart comment. */
  static final int MAX_COMMENT_PART = 64 * 1024;

  /** The API's JSON (nulls written), also for the stored answers of idempotent requests. */
  static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject IssueService issues;
  @Inject IdempotencyKeys keys;
  @Inject AccessRules access;
  @Context Providers providers;

  @GET
  @Operation(
      summary = "List the service issues the caller may see",
      description =
          "A JSON array, one page of it (offset, limit); X-Total-Count holds the number of all"
              + " matching issues. Partner users see their partner's issues, channel managers"
              + " their portfolio's. Query parameters: offset, limit, sort, order, status, priority"
              + " and category (one or several codes, comma-separated), slaState (on_track,"
              + " at_risk, breached, paused, met), sku, customerId, partnerId, assignee, q (number"
              + " or subject).")
  @APIResponse(responseCode = "200", description = "A page of issues")
  public Response list(@Context UriInfo uri) {
    Page<IssueRow> page = issues.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(IssueRowJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/counts")
  @Operation(
      summary = "The caller's issues at a glance",
      description =
          "{open, unassigned, waiting, breached, atRisk, mine}: open ones (new, in progress,"
              + " waiting), new ones nobody took, waiting ones, open ones breached or at risk, and"
              + " those assigned to the calling channel manager.")
  public IssueCounts counts() {
    return issues.counts();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One service issue with its SLA clocks")
  @APIResponse(responseCode = "200", description = "The issue")
  @APIResponse(responseCode = "404", description = "No such issue in the caller's scope")
  public IssueJson get(@PathParam("id") long id) {
    return IssueJson.of(issues.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Log a service issue (partner users)",
      description =
          "Body {customerId, sku, serialNumber, orderId, orderLineNo, subject, description,"
              + " priority: low|normal|high|urgent, category: defect|installation|question|return}."
              + " The customer must be one the partner works with, the SKU a product of the"
              + " catalog, the order (optional) the partner's own with the SKU on it. An optional"
              + " Idempotency-Key header makes a repeat answer the first request's result.")
  @APIResponse(responseCode = "201", description = "Created, with Location")
  @APIResponse(responseCode = "400", description = "Invalid input, each field named")
  public Response create(
      @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
      IssueInput input,
      @Context UriInfo uri) {
    IssueInput body = ApiRequests.body(input);
    if (idempotencyKey == null) {
      IssueView issue = issues.create(body);
      return Response.created(location(uri, issue.id())).entity(IssueJson.of(issue)).build();
    }
    String key = IdempotencyKeys.requireKey(idempotencyKey);
    access.requireUser();
    IdempotencyKeys.Claim claim =
        keys.claim(
            "service-issues:" + access.caller().username(),
            key,
            IdempotencyKeys.hash(JSON.toJson(body)));
    if (claim instanceof IdempotencyKeys.Replay replay) {
      return answer(replay.answer());
    }
    IdempotencyKeys.Fresh fresh = (IdempotencyKeys.Fresh) claim;
    try {
      return answer(
          keys.complete(
              fresh,
              () -> {
                IssueView issue = issues.create(body);
                return new IdempotencyKeys.Answer(
                    201, location(uri, issue.id()).toString(), JSON.toJson(IssueJson.of(issue)));
              }));
    } catch (RuntimeException e) {
      keys.release(fresh);
      throw e;
    }
  }

  private static URI location(UriInfo uri, long id) {
    return uri.getBaseUriBuilder().path("service-issues").path(String.valueOf(id)).build();
  }

  private static Response answer(IdempotencyKeys.Answer answer) {
    Response.ResponseBuilder response =
        Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON);
    if (answer.location() != null) {
      response.location(URI.create(answer.location()));
    }
    return response.build();
  }

  // --- steps -------------------------------------------------------------------------------

  @POST
  @Path("/{id}/take")
  @Operation(
      summary = "Take the issue (channel managers), for the caller or for {\"assignee\"}",
      description = "Body {\"assignee\"?, \"version\"?}: in progress; a stale version is 409.")
  @APIResponse(responseCode = "409", description = "The step does not fit, or a stale version")
  public IssueJson take(@PathParam("id") long id, IssueStepsJson.Take body) {
    IssueStepsJson.Take b = body == null ? new IssueStepsJson.Take(null, null) : body;
    return IssueJson.of(issues.take(id, b.assignee(), b.version()));
  }

  @POST
  @Path("/{id}/wait")
  @Operation(
      summary = "Wait for the partner or the customer (channel managers): the SLA clock pauses",
      description = "Body {\"for\": \"partner\" | \"customer\", \"reason\", \"version\"?}.")
  public IssueJson waitFor(@PathParam("id") long id, IssueStepsJson.Wait body) {
    IssueStepsJson.Wait b = ApiRequests.body(body);
    return IssueJson.of(issues.waitFor(id, b.forWhom(), b.reason(), b.version()));
  }

  @POST
  @Path("/{id}/solve")
  @Operation(
      summary = "Solve the issue with the solution (channel managers)",
      description = "Body {\"solution\", \"solutionId\"?, \"version\"?}.")
  public IssueJson solve(@PathParam("id") long id, IssueStepsJson.Solve body) {
    IssueStepsJson.Solve b = ApiRequests.body(body);
    return IssueJson.of(issues.solve(id, b.solution(), b.solutionId(), b.version()));
  }

  @POST
  @Path("/{id}/close")
  @Operation(summary = "Confirm the solution: closed (partner managers, channel managers)")
  public IssueJson close(@PathParam("id") long id, IssueStepsJson.Versioned body) {
    return IssueJson.of(issues.close(id, body == null ? null : body.version()));
  }

  @POST
  @Path("/{id}/reopen")
  @Operation(
      summary = "Reopen a solved or closed issue, saying why (partner managers, channel managers)",
      description = "Body {\"reason\", \"version\"?}; only within the reopen days of the solution.")
  public IssueJson reopen(@PathParam("id") long id, IssueStepsJson.Reopen body) {
    IssueStepsJson.Reopen b = ApiRequests.body(body);
    return IssueJson.of(issues.reopen(id, b.reason(), b.version()));
  }

  // --- conversation ------------------------------------------------------------------------

  @GET
  @Path("/{id}/comments")
  @Operation(
      summary = "The conversation, oldest first, with its files",
      description = "Internal notes of the service are never returned to partner users.")
  public List<CommentJson> comments(@PathParam("id") long id) {
    return issues.comments(id).stream().map(c -> CommentJson.of(id, c)).toList();
  }

  @POST
  @Path("/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Comment on the issue",
      description =
          "Body {\"text\", \"internal\": false}; internal notes only from channel managers, never"
              + " shown to partner users. A partner's reply resumes a waiting issue.")
  @APIResponse(responseCode = "201", description = "The comment")
  public Response comment(
      @PathParam("id") long id, IssueStepsJson.Comment body, @Context UriInfo uri) {
    IssueStepsJson.Comment b = ApiRequests.body(body);
    return created(
        id, issues.comment(id, b.text(), Boolean.TRUE.equals(b.internal()), List.of()), uri);
  }

  @POST
  @Path("/{id}/comments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @CommentUpload
  @Operation(
      summary = "Comment with files (multipart/form-data)",
      description =
          "Part \"comment\": the comment's JSON {\"text\", \"internal\"}; parts \"file\": the"
              + " files (photos, PDFs, text logs, zip/gzip archives; the type is read from the"
              + " bytes and must agree with the file name). Too many or too large files: 413,"
              + " checked before the files are read.")
  @APIResponse(responseCode = "201", description = "The comment with its files")
  @APIResponse(responseCode = "413", description = "Too many or too large files")
  public Response commentWithFiles(
      @PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) {
    IssueFiles.Limits limits = issues.attachmentLimits();
    List<EntityPart> all = parts == null ? List.of() : parts;
    List<EntityPart> fileParts =
        all.stream().filter(p -> IssueFiles.FIELD.equals(p.getName())).toList();
    if (fileParts.size() > limits.maxFiles()) {
      throw new IssueFiles.TooLarge("error.issue.tooManyFiles", limits.maxFiles());
    }
    EntityPart commentPart =
        all.stream().filter(p -> COMMENT_PART.equals(p.getName())).findFirst().orElse(null);
    IssueStepsJson.Comment comment =
        commentPart == null ? new IssueStepsJson.Comment(null, false) : commentOf(commentPart);
    boolean internal = comment != null && Boolean.TRUE.equals(comment.internal());
    // who may write it, before a byte of a file is read
    issues.requireMayComment(id, internal);
    List<IssueFile> files = new ArrayList<>();
    for (EntityPart part : fileParts) {
      files.add(new IssueFile(part.getFileName().orElse(null), readUpTo(part, limits.maxBytes())));
    }
    return created(
        id, issues.comment(id, comment == null ? null : comment.text(), internal, files), uri);
  }

  private IssueStepsJson.Comment commentOf(EntityPart part) {
    byte[] bytes = readUpTo(part, MAX_COMMENT_PART);
    if (bytes.length > MAX_COMMENT_PART) {
      throw new InvalidInputException(
          List.of(new FieldError(COMMENT_PART, "error.tooLong", MAX_COMMENT_PART)));
    }
    MessageBodyReader<IssueStepsJson.Comment> reader =
        providers.getMessageBodyReader(
            IssueStepsJson.Comment.class,
            IssueStepsJson.Comment.class,
            new Annotation[0],
            MediaType.APPLICATION_JSON_TYPE);
    try {
      return reader.readFrom(
          IssueStepsJson.Comment.class,
          IssueStepsJson.Comment.class,
          new Annotation[0],
          MediaType.APPLICATION_JSON_TYPE,
          new MultivaluedHashMap<>(),
          new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A part's bytes, at most one past {@code max} (so an excess shows without reading it all). */
  private static byte[] readUpTo(EntityPart part, int max) {
    try (InputStream in = part.getContent()) {
      return in.readNBytes(max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response created(long id, CommentView comment, UriInfo uri) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path("service-issues")
                .path(String.valueOf(id))
                .path("comments")
                .build())
        .entity(CommentJson.of(id, comment))
        .build();
  }

  @GET
  @Path("/{id}/events")
  @Operation(
      summary = "The issue's timeline, oldest first: who, when, what",
      description = "The service's internal entries (notes, assignments) are hidden from partners.")
  public List<EventJson> events(@PathParam("id") long id) {
    return issues.events(id).stream()
        .map(e -> new EventJson(e.at(), e.actor(), e.kind(), e.detail(), e.internal()))
        .toList();
  }

  public record EventJson(
      java.time.Instant at, String actor, String kind, String detail, boolean internal) {}

  @GET
  @Path("/{id}/attachments")
  @Operation(summary = "The issue's files the caller may see")
  public List<CommentJson.AttachmentJson> attachments(@PathParam("id") long id) {
    return issues.attachments(id).stream().map(a -> CommentJson.AttachmentJson.of(id, a)).toList();
  }

  @GET
  @Path("/{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one of the issue's files")
  @APIResponse(responseCode = "404", description = "No such file the caller may see")
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    AttachmentContent file = issues.attachment(id, attachmentId);
    String name = file.attachment().name() == null ? "attachment" : file.attachment().name();
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(file.bytes(), file.attachment().contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
