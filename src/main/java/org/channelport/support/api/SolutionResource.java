package org.channelport.support.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.support.SolutionHit;
import org.channelport.support.SolutionInput;
import org.channelport.support.SolutionService;
import org.channelport.support.SolutionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Solutions", description = "The knowledge base of known solutions")
public class SolutionResource {
  /** The query parameters of the list. */
  static final ListParams PARAMS =
      ListParams.paged(SolutionService.SORT_FIELDS, null, false)
          .text("q", 200)
          .text("sku", 64)
          .text("category", 64)
          .bool("published")
          .build();

  @Inject SolutionService solutions;

  @GET
  @Operation(
      summary = "Search the solutions, best first",
      description =
          "A JSON array [{id, title, symptoms, steps, score, solvedCount, published, skus,"
              + " categories}], one page of it (offset, limit); X-Total-Count holds the number of"
              + " matches. q: the words typed so far (a half-typed last word matches as a"
              + " prefix); with q, sku and category (of the issue being typed) lift the solutions"
              + " for that product or catalog category, without q they limit the list to them."
              + " Partner users get published solutions only; channel managers all, or"
              + " published=true|false. sort: relevance (the default with q), solvedCount (the"
              + " default without), title, updatedAt.")
  @APIResponse(responseCode = "200", description = "The matching solutions")
  @APIResponse(responseCode = "400", description = "A bad query parameter, named")
  public Response list(@Context UriInfo uri) {
    PageRequest page = PARAMS.parse(uri);
    String published = page.filter("published");
    Page<SolutionHit> hits =
        solutions.search(
            new SolutionService.Search(
                page.filter("q"),
                page.filter("sku"),
                page.filter("category"),
                published == null ? null : Boolean.valueOf(published),
                page.sortField(),
                page.ascending(),
                page.first(),
                page.size()));
    return Response.ok(hits.rows().stream().map(SolutionJson.Hit::of).toList())
        .header(ApiRequests.TOTAL_COUNT, hits.total())
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Write a solution (channel managers)",
      description =
          "Body {title, symptoms, steps, categories: [catalog category codes], skus: [catalog"
              + " SKUs], published}. A draft unless published is true; publishing needs"
              + " symptoms.")
  @APIResponse(responseCode = "201", description = "Created, with Location")
  @APIResponse(responseCode = "400", description = "Invalid input, the field named")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  public Response create(SolutionInput input, @Context UriInfo uri) {
    SolutionView created = solutions.create(ApiRequests.body(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(SolutionJson.Full.of(created))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One solution (a draft only for channel managers)")
  @APIResponse(responseCode = "200", description = "The solution")
  @APIResponse(responseCode = "404", description = "No such solution, or a draft for a partner")
  public SolutionJson.Full get(@PathParam("id") long id) {
    return SolutionJson.Full.of(solutions.find(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a solution (channel managers)",
      description =
          "Body as for POST, with the version read; published true or false publishes or"
              + " withdraws it, left out keeps it as it is.")
  @APIResponse(responseCode = "200", description = "The solution")
  @APIResponse(responseCode = "409", description = "Changed meanwhile (stale version)")
  public SolutionJson.Full update(@PathParam("id") long id, SolutionInput input) {
    return SolutionJson.Full.of(solutions.update(id, ApiRequests.body(input)));
  }

  @POST
  @Path("/{id}/deflect")
  @Operation(
      summary = "\"This solved it\" before an issue was logged (partner users)",
      description =
          "Counts a deflected issue of the caller's partner and one more solve of the solution;"
              + " body {sku} optional (the product the issue was about). The same user's second"
              + " click within 10 minutes counts once.")
  @APIResponse(responseCode = "200", description = "The solution, with its new solvedCount")
  @APIResponse(responseCode = "403", description = "Not a partner user")
  @APIResponse(responseCode = "404", description = "No such published solution")
  public SolutionJson.Full deflect(@PathParam("id") long id, SolutionInput.Deflection body) {
    return SolutionJson.Full.of(solutions.deflect(id, body));
  }
}
