package org.channelport.customer.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "End customers of the leads and deals in the caller's scope")
public class CustomerResource {
  /** The query parameters of the customer list. */
  static final ListParams PARAMS =
      ListParams.paged(CustomerService.SORT_FIELDS, "company", true)
          .text("q", 100)
          .country("country")
          .build();

  @Inject CustomerService customers;

  @GET
  @Operation(
      summary = "List the customers the caller may see",
      description =
          "A JSON array, one page of it (offset, limit); X-Total-Count holds the number of all"
              + " matching customers. A customer is in the caller's scope when one of its leads or"
              + " deal registrations is: channel managers see those of their portfolio's partners"
              + " and of the lead pool, partner managers their partner's, partner employees those"
              + " of the leads assigned to them and of their partner's registrations. Query"
              + " parameters: offset, limit, sort (company, country, createdAt; company), order"
              + " (asc), q (text in company or e-mail), country. Any other parameter, or a bad"
              + " value, answers 400 naming it.")
  @APIResponse(responseCode = "200", description = "A page of customers")
  @APIResponse(responseCode = "400", description = "A bad query parameter, named")
  public Response list(@Context UriInfo uri) {
    Page<CustomerView> page = customers.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(CustomerJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One customer")
  @APIResponse(responseCode = "200", description = "The customer")
  @APIResponse(responseCode = "404", description = "No such customer in the caller's scope")
  public CustomerJson get(@PathParam("id") long id) {
    return CustomerJson.of(customers.find(id));
  }
}
