package org.channelport.mdf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelport.mdf.MdfActivityType;
import org.channelport.mdf.MdfPrograms;
import org.channelport.mdf.ProgramInput;
import org.channelport.mdf.ProgramView;
import org.channelport.platform.ApiRequests;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mdf/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "MDF",
    description =
        "Marketing development funds: programs, allocations, requests, claims, the ledger")
public class MdfProgramResource {
  @Inject MdfPrograms programs;

  @GET
  @Operation(
      summary = "Every fund program, the newest period first, with what its budget still holds")
  public List<MdfJson.ProgramJson> list() {
    return programs.list().stream().map(MdfJson.ProgramJson::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One fund program")
  @APIResponse(responseCode = "404", description = "No such program")
  public MdfJson.ProgramJson get(@PathParam("id") long id) {
    return MdfJson.ProgramJson.of(programs.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a fund program (channel managers); its budget is posted funding → budget",
      description =
          "Body {name, period, currency, budget, startsOn, endsOn, requestDeadline, claimDeadline,"
              + " reimbursementPct, coopPct, activityTypes: [webinar|event|advertising|trade_show],"
              + " overdraftLimit?, glCode?, paymentMethod?: credit_note|transfer}.")
  @APIResponse(responseCode = "201", description = "Created, with Location")
  @APIResponse(responseCode = "400", description = "Invalid input, each field named")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  public Response create(MdfJson.ProgramBody body, @Context UriInfo uri) {
    MdfJson.ProgramBody b = ApiRequests.body(body);
    ProgramView created =
        programs.create(
            new ProgramInput(
                b.name(),
                b.period(),
                b.currency(),
                b.budget(),
                b.startsOn(),
                b.endsOn(),
                b.requestDeadline(),
                b.claimDeadline(),
                b.reimbursementPct(),
                b.coopPct(),
                b.overdraftLimit(),
                b.glCode(),
                b.paymentMethod(),
                activityTypes(b.activityTypes())));
    return Response.created(
            uri.getBaseUriBuilder().path("mdf/programs").path(String.valueOf(created.id())).build())
        .entity(MdfJson.ProgramJson.of(created))
        .build();
  }

  static Set<MdfActivityType> activityTypes(List<String> codes) {
    if (codes == null) {
      return null;
    }
    Set<MdfActivityType> types = EnumSet.noneOf(MdfActivityType.class);
    List<FieldError> errors = new ArrayList<>();
    for (String code : codes) {
      MdfActivityType.parse(code)
          .ifPresentOrElse(
              types::add,
              () ->
                  errors.add(
                      new FieldError("activityTypes", "error.mdf.activityType", allTypes())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.subList(0, 1));
    }
    return types;
  }

  static MdfActivityType activityType(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return MdfActivityType.parse(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(new FieldError("activityType", "error.mdf.activityType", allTypes()))));
  }

  static String allTypes() {
    return String.join(
        ", ",
        java.util.stream.Stream.of(MdfActivityType.values()).map(MdfActivityType::code).toList());
  }
}
