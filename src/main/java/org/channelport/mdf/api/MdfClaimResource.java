package org.channelport.mdf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.channelport.mdf.ClaimInput;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.MdfClaimStatus;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfProofFiles;
import org.channelport.mdf.MdfProofKind;
import org.channelport.mdf.ProofUpload;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mdf/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MDF")
public class MdfClaimResource {
  static final ListParams PARAMS =
      ListParams.paged(MdfClaims.SORT_FIELDS, "createdAt", false)
          .someOf("status", MdfClaimStatus.class)
          .id("requestId")
          .id("programId")
          .id("partnerId")
          .text("q", 100)
          .bool("awaiting")
          .build();

  static final ListParams PROOF_PARAMS =
      ListParams.plain().oneOf("kind", MdfProofKind.class).build();

  /** The multipart part with the claim's JSON. */
  static final String CLAIM_PART = "claim";

  /** The text parts naming the kind of each proof file, in order (optional). */
  static final String KIND_PART = "kind";

  static final int MAX_JSON_PART = 64 * 1024;

  @Inject MdfClaims claims;
  @Inject MdfProofFiles proofFiles;
  @Context Providers providers;

  @GET
  @Operation(
      summary = "The claims in the caller's scope (paged)",
      description =
          "Query status, requestId, programId, partnerId, q, awaiting=true (the review queue),"
              + " offset, limit, sort, order; X-Total-Count holds the total.")
  public Response list(@Context UriInfo uri) {
    Page<ClaimView> page = claims.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(MdfJson.ClaimJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One claim with its proof files and the reimbursement clock's dates")
  @APIResponse(responseCode = "404", description = "No such claim in the caller's scope")
  public MdfJson.ClaimJson get(@PathParam("id") long id) {
    return MdfJson.ClaimJson.of(claims.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Prepare a draft claim without files (partner users)",
      description = "Body {requestId, claimedAmount, actualCost, results, final}.")
  @APIResponse(responseCode = "201", description = "The draft")
  public Response create(MdfJson.ClaimBody body, @Context UriInfo uri) {
    MdfJson.ClaimBody b = ApiRequests.body(body);
    return created(claims.create(input(b), List.of()), uri);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @ProofUploadCheck
  @Operation(
      summary = "Prepare a draft claim with proof files (partner users; multipart/form-data)",
      description =
          "Part \"claim\": {requestId, claimedAmount, actualCost, results, final, proofKinds?};"
              + " parts \"proof\": the files (PDF, images, text/CSV, spreadsheets or zip; the type"
              + " is read from the bytes and must agree with the name). proofKinds (invoice,"
              + " attendee_list, photo, screenshot, other) names each file's kind in order; a file"
              + " without one counts for the first required proof still missing.")
  @APIResponse(responseCode = "201", description = "The draft")
  @APIResponse(responseCode = "413", description = "Too many or too large files")
  public Response createWithFiles(List<EntityPart> parts, @Context UriInfo uri) {
    List<EntityPart> all = parts == null ? List.of() : parts;
    EntityPart claimPart =
        all.stream().filter(p -> CLAIM_PART.equals(p.getName())).findFirst().orElse(null);
    if (claimPart == null) {
      throw new InvalidInputException(List.of(new FieldError(CLAIM_PART, "error.required")));
    }
    MdfJson.ClaimBody b = json(claimPart);
    List<String> kinds = b.proofKinds() == null ? List.of() : b.proofKinds();
    return created(claims.create(input(b), uploads(all, kinds)), uri);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a draft or returned claim (partner users)",
      description = "Body {claimedAmount, actualCost, results, final, version}.")
  public MdfJson.ClaimJson update(@PathParam("id") long id, MdfJson.ClaimBody body) {
    MdfJson.ClaimBody b = ApiRequests.body(body);
    return MdfJson.ClaimJson.of(claims.update(id, input(b), b.version()));
  }

  @POST
  @Path("/{id}/proof")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @ProofUploadCheck
  @Operation(
      summary = "Add proof files to a draft or returned claim (partner users; multipart)",
      description =
          "Parts \"proof\": the files; text parts \"kind\" (one per file, in order) or the query"
              + " parameter kind name their kind.")
  public MdfJson.ClaimJson addProof(
      @PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) {
    // who may add proof, before a byte of a file is read
    claims.requireMayAddProof(id);
    String kind = PROOF_PARAMS.parse(uri).filter("kind");
    List<EntityPart> all = parts == null ? List.of() : parts;
    List<String> kinds = new ArrayList<>();
    for (EntityPart p : all) {
      if (KIND_PART.equals(p.getName())) {
        kinds.add(new String(readUpTo(p, 100), StandardCharsets.UTF_8).strip());
      }
    }
    if (kinds.isEmpty() && kind != null) {
      long files = all.stream().filter(p -> MdfProofFiles.FIELD.equals(p.getName())).count();
      for (int i = 0; i < files; i++) {
        kinds.add(kind);
      }
    }
    return MdfJson.ClaimJson.of(claims.addProof(id, uploads(all, kinds)));
  }

  @GET
  @Path("/{id}/proof/{proofId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one of the claim's proof files")
  public Response download(@PathParam("id") long id, @PathParam("proofId") long proofId) {
    MdfClaims.ProofContent file = claims.proof(id, proofId);
    String name = file.name() == null ? "proof" : file.name();
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(file.bytes(), file.contentType())
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

  @GET
  @Path("/{id}/missing-proof")
  @Operation(
      summary = "The proof rules the claim does not meet yet",
      description = "[{kind, label, required: true}]; empty when the checklist is complete.")
  public List<MdfJson.ProofRuleJson> missingProof(@PathParam("id") long id) {
    return claims.missingProof(id).stream().map(MdfJson.ProofRuleJson::of).toList();
  }

  @POST
  @Path("/{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit the claim (partner managers)",
      description = "Body {version}? Refused (409, field proof) while a required proof is missing.")
  @APIResponse(responseCode = "403", description = "A partner employee, a channel manager")
  @APIResponse(responseCode = "409", description = "Proof missing, more than reserved, stale")
  public MdfJson.ClaimJson submit(@PathParam("id") long id, MdfJson.VersionBody body) {
    return MdfJson.ClaimJson.of(claims.submit(id, body == null ? null : body.version()));
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Approve the claim (channel managers): payable at once, its payment sent to the ERP",
      description =
          "Body {approvedAmount, reason, version}; a reason below the claimed amount; above the"
              + " caller's limit it awaits a second approver. A final claim releases the rest of"
              + " its request.")
  @APIResponse(responseCode = "409", description = "More than its request reserves (named), stale")
  public MdfJson.ClaimJson approve(@PathParam("id") long id, MdfJson.ApproveBody body) {
    MdfJson.ApproveBody b = body == null ? new MdfJson.ApproveBody(null, null, null) : body;
    return MdfJson.ClaimJson.of(claims.approve(id, b.approvedAmount(), b.reason(), b.version()));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject the claim, saying why (channel managers)")
  public MdfJson.ClaimJson reject(@PathParam("id") long id, MdfJson.ReasonBody body) {
    MdfJson.ReasonBody b = body == null ? new MdfJson.ReasonBody(null, null) : body;
    return MdfJson.ClaimJson.of(claims.reject(id, b.reason(), b.version()));
  }

  @POST
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Return the claim for a correction, saying what (channel managers)")
  public MdfJson.ClaimJson returnForCorrection(@PathParam("id") long id, MdfJson.ReasonBody body) {
    MdfJson.ReasonBody b = body == null ? new MdfJson.ReasonBody(null, null) : body;
    return MdfJson.ClaimJson.of(claims.returnForCorrection(id, b.reason(), b.version()));
  }

  @GET
  @Path("/{id}/events")
  @Operation(summary = "The claim's timeline, oldest first (what a resubmission changed, too)")
  public List<MdfJson.EventJson> events(@PathParam("id") long id) {
    return claims.events(id).stream().map(MdfJson.EventJson::of).toList();
  }

  // --- helpers -----------------------------------------------------------------------------

  private static ClaimInput input(MdfJson.ClaimBody b) {
    return new ClaimInput(
        b.requestId(), b.claimedAmount(), b.actualCost(), b.results(), b.finalClaim());
  }

  private List<ProofUpload> uploads(List<EntityPart> all, List<String> kinds) {
    MdfProofFiles.Limits limits = proofFiles.limits();
    List<EntityPart> fileParts =
        all.stream().filter(p -> MdfProofFiles.FIELD.equals(p.getName())).toList();
    if (fileParts.size() > limits.maxFiles()) {
      throw new MdfProofFiles.TooLarge("error.mdf.tooManyFiles", limits.maxFiles());
    }
    List<ProofUpload> uploads = new ArrayList<>();
    for (int i = 0; i < fileParts.size(); i++) {
      EntityPart part = fileParts.get(i);
      MdfProofKind kind = null;
      if (i < kinds.size() && kinds.get(i) != null && !kinds.get(i).isBlank()) {
        kind =
            MdfProofKind.parse(kinds.get(i))
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            List.of(
                                new FieldError(
                                    "proofKinds",
                                    "error.mdf.proofKind",
                                    "invoice, attendee_list, photo, screenshot, other"))));
      }
      uploads.add(
          new ProofUpload(
              kind, part.getFileName().orElse(null), readUpTo(part, limits.maxBytes())));
    }
    return uploads;
  }

  private MdfJson.ClaimBody json(EntityPart part) {
    byte[] bytes = readUpTo(part, MAX_JSON_PART);
    if (bytes.length > MAX_JSON_PART) {
      throw new InvalidInputException(
          List.of(new FieldError(CLAIM_PART, "error.tooLong", MAX_JSON_PART)));
    }
    MessageBodyReader<MdfJson.ClaimBody> reader =
        providers.getMessageBodyReader(
            MdfJson.ClaimBody.class,
            MdfJson.ClaimBody.class,
            new Annotation[0],
            MediaType.APPLICATION_JSON_TYPE);
    try {
      return ApiRequests.body(
          reader.readFrom(
              MdfJson.ClaimBody.class,
              MdfJson.ClaimBody.class,
              new Annotation[0],
              MediaType.APPLICATION_JSON_TYPE,
              new MultivaluedHashMap<>(),
              new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readUpTo(EntityPart part, int max) {
    try (InputStream in = part.getContent()) {
      return in.readNBytes(max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response created(ClaimView c, UriInfo uri) {
    return Response.created(
            uri.getBaseUriBuilder().path("mdf/claims").path(String.valueOf(c.id())).build())
        .entity(MdfJson.ClaimJson.of(c))
        .build();
  }
}
