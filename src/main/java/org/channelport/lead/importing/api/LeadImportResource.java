package org.channelport.lead.importing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.channelport.lead.BoundedInput;
import org.channelport.lead.importing.ImportReport;
import org.channelport.lead.importing.LeadImport;
import org.channelport.platform.ListParams;
import org.channelport.shared.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/leads/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadImportResource {
  static final ListParams PARAMS = ListParams.plain().bool("validOnly").build();

  @Inject LeadImport imports;

  /** The report as JSON: counts, unknown columns, and each refused row with its reasons. */
  public record ReportJson(
      int rows,
      int valid,
      int invalid,
      int duplicates,
      int imported,
      List<String> warnings,
      List<RowJson> problems) {
    static ReportJson of(ImportReport r) {
      return new ReportJson(
          r.rows(),
          r.valid(),
          r.invalid(),
          r.duplicates(),
          r.imported(),
          r.warnings().stream().map(FieldError::message).toList(),
          r.problems().stream().map(RowJson::of).toList());
    }
  }

  public record RowJson(long line, String company, boolean duplicate, List<FieldJson> errors) {
    static RowJson of(ImportReport.RowProblem p) {
      return new RowJson(
          p.line(),
          p.company(),
          p.duplicate(),
          p.errors().stream().map(e -> new FieldJson(e.field(), e.message())).toList());
    }
  }

  public record FieldJson(String field, String message) {}

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import leads from CSV (channel managers)",
      description =
          "UTF-8 CSV with a header row (company, contact_name, email, phone, country, region,"
              + " postcode, need, category, products, estimated_value, currency; any order, comma"
              + " or semicolon), at most 5 MB and 10000 rows. All rows valid: all are imported"
              + " into the pool in one transaction (200). Some invalid: nothing is imported and"
              + " the report answers 422, unless validOnly=true imports the valid rows. Rows that"
              + " repeat an already imported lead are skipped and reported as duplicates.")
  @APIResponse(responseCode = "200", description = "Imported; the report")
  @APIResponse(responseCode = "400", description = "The file cannot be read (problem+json)")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "422", description = "Invalid rows; nothing imported; the report")
  public Response importLeads(InputStream csv, @Context UriInfo uri) {
    boolean validOnly = "true".equals(PARAMS.parse(uri).filter("validOnly"));
    ImportReport report = imports.importFile(BoundedInput.of(csv), validOnly);
    boolean refused = !report.allValid() && !validOnly;
    return Response.status(refused ? 422 : 200).entity(ReportJson.of(report)).build();
  }
}
