package org.channelport.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.channelport.catalog.CatalogUpload;
import org.channelport.catalog.CatalogUploads;
import org.channelport.catalog.UploadError;
import org.channelport.catalog.UploadErrorReport;
import org.channelport.platform.ListParams;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/catalog/uploads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog uploads", description = "The catalog upload interface (channel managers)")
public class CatalogUploadResource {
  static final ListParams RAW_UPLOAD =
      ListParams.plain()
          .text("fileName", 255)
          .bool("applyValidRows")
          .bool("deactivateMissing")
          .build();
  static final ListParams MULTIPART_UPLOAD =
      ListParams.plain().bool("applyValidRows").bool("deactivateMissing").build();
  static final ListParams STATUS = ListParams.plain().whole("errors", 0, 1000).build();

  @Inject CatalogUploads uploads;

  @POST
  @Consumes({"text/csv", "application/xml", "text/xml", "text/plain", "application/octet-stream"})
  @Operation(
      summary = "Upload a catalog file (raw body: text/csv or application/xml)",
      description =
          "CSV (header row; sku, name, description, category, base_price, currency required) or"
              + " BMEcat 1.2/2005 XML. Answers 202 with the upload; GET it for status and errors."
              + " applyValidRows=true applies the valid rows even when some rows have errors;"
              + " deactivateMissing=true deactivates products missing from the file.")
  @APIResponse(responseCode = "202", description = "Queued")
  @APIResponse(responseCode = "400", description = "Empty file or not a catalog file")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "413", description = "Over the size limit")
  public Response uploadRaw(
      InputStream body, @Context HttpServletRequest request, @Context UriInfo uri) {
    PageRequest params = RAW_UPLOAD.parse(uri);
    return receive(
        body,
        params.filter("fileName"),
        request.getContentType(),
        "true".equals(params.filter("applyValidRows")),
        "true".equals(params.filter("deactivateMissing")),
        uri);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload a catalog file as multipart/form-data (part \"file\")")
  @APIResponse(responseCode = "202", description = "Queued")
  @APIResponse(responseCode = "400", description = "No file part, empty file or not a catalog")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "413", description = "Over the size limit")
  public Response uploadMultipart(List<EntityPart> parts, @Context UriInfo uri) {
    PageRequest params = MULTIPART_UPLOAD.parse(uri);
    EntityPart file =
        parts == null
            ? null
            : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
    if (file == null) {
      throw new InvalidInputException(List.of(new FieldError("file", "catalog.file.missing")));
    }
    String type = file.getMediaType() == null ? null : file.getMediaType().toString();
    return receive(
        file.getContent(),
        file.getFileName().orElse(null),
        type,
        "true".equals(params.filter("applyValidRows")),
        "true".equals(params.filter("deactivateMissing")),
        uri);
  }

  private Response receive(
      InputStream body,
      String fileName,
      String contentType,
      boolean applyValidRows,
      boolean deactivateMissing,
      UriInfo uri) {
    // over the size limit: UploadTooLargeException, answered 413 like every business rule
    CatalogUpload upload =
        uploads.receive(body, fileName, contentType, applyValidRows, deactivateMissing);
    return Response.accepted(UploadJson.of(upload, List.of()))
        .location(uri.getBaseUriBuilder().path("catalog/uploads/" + upload.getId()).build())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "An upload's status and counts, and its first errors (line, field, reason)",
      description =
          "status: queued, validating, applying, done, failed, rejected. errors=0 to 1000 (100):"
              + " how many errors to list.")
  @APIResponse(responseCode = "404", description = "No such upload")
  public UploadJson get(@PathParam("id") long id, @Context UriInfo uri) {
    String errors = STATUS.parse(uri).filter("errors");
    int max = errors == null ? 100 : Integer.parseInt(errors);
    return UploadJson.of(uploads.find(id), uploads.errors(id, 0, max));
  }

  @GET
  @Path("/{id}/errors")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The error report as CSV: line, sku, field, reason")
  public Response errorReport(@PathParam("id") long id) {
    CatalogUpload upload = uploads.find(id);
    List<UploadError> errors = uploads.errors(id, 0, Integer.MAX_VALUE);
    StreamingOutput body =
        out -> {
          try {
            UploadErrorReport.write(errors.stream(), Locale.ENGLISH, out);
          } catch (UncheckedIOException e) {
            throw new IOException(e);
          }
        };
    return Response.ok(body)
        .type("text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"upload-" + upload.getId() + "-errors.csv\"")
        .build();
  }

  @POST
  @Path("/{id}/apply-valid-rows")
  @Operation(summary = "Apply the valid rows of an upload rejected for bad rows")
  @APIResponse(responseCode = "202", description = "Queued again")
  @APIResponse(responseCode = "409", description = "Nothing to apply")
  public Response applyValidRows(@PathParam("id") long id) {
    return Response.accepted(UploadJson.of(uploads.applyValidRows(id), List.of())).build();
  }
}
