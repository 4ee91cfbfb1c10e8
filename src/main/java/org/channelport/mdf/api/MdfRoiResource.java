package org.channelport.mdf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.channelport.mdf.MdfRoi;
import org.channelport.mdf.RoiView;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListParams;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mdf/roi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MDF")
public class MdfRoiResource {
  static final ListParams PARAMS =
      ListParams.plain()
          .id("programId")
          .id("partnerId")
          .oneOf("by", List.of("activity", "partner", "program"))
          .build();

  @Inject MdfRoi roi;

  @GET
  @Operation(
      summary = "Return on the funded activities in the caller's scope",
      description =
          "One row per funded request (approved, closed or expired), or with by=partner / by=program"
              + " one per partner or program and currency: the leads and deal registrations"
              + " credited to the activity's campaign code, the pipeline (open leads, registrations"
              + " awaiting a decision), the won value, the revenue of placed orders, what was paid,"
              + " and roi = (wonValue + orderRevenue) / paid — null when nothing was paid or there"
              + " is no campaign code. Query programId, partnerId, by; any other parameter, or a"
              + " bad value, answers 400 naming it.")
  @APIResponse(responseCode = "200", description = "The rows, oldest request first")
  @APIResponse(responseCode = "400", description = "A bad or unknown query parameter")
  public List<RoiJson> list(@Context UriInfo uri) {
    PageRequest query = PARAMS.parse(uri);
    Long programId = ListFilters.id(query.filter("programId"));
    Long partnerId = ListFilters.id(query.filter("partnerId"));
    String by = query.filter("by");
    List<RoiView> rows =
        "partner".equals(by)
            ? roi.partners(programId, partnerId)
            : "program".equals(by)
                ? roi.programs(programId, partnerId)
                : roi.activities(programId, partnerId);
    return rows.stream().map(RoiJson::of).toList();
  }

  /** One row of the ROI list. */
  public record RoiJson(
      Long requestId,
      String title,
      Long programId,
      Long partnerId,
      String campaignCode,
      long leads,
      long deals,
      BigDecimal pipeline,
      BigDecimal wonValue,
      BigDecimal orderRevenue,
      BigDecimal paid,
      BigDecimal roi,
      String currency) {
    static RoiJson of(RoiView v) {
      return new RoiJson(
          v.requestId(),
          v.title(),
          v.programId(),
          v.partnerId(),
          v.campaignCode(),
          v.leads(),
          v.deals(),
          v.pipeline(),
          v.wonValue(),
          v.orderRevenue(),
          v.paid(),
          v.roi(),
          v.currency());
    }
  }
}
