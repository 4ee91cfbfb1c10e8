package org.channelport.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.channelport.order.OrderService;
import org.channelport.platform.ListParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stock", description = "Stock per product and warehouse, as the ERP reported it")
public class StockResource {
  static final ListParams PARAMS = ListParams.plain().text("sku", 64).build();

  @Inject OrderService orders;

  public record StockJson(
      String sku, String warehouse, String warehouseName, long quantity, Instant asOf) {}

  @GET
  @Operation(
      summary = "Stock of one product per warehouse",
      description = "?sku=NET-SW24 (required): one row per warehouse with the ERP's time (asOf).")
  public List<StockJson> stock(@Context UriInfo uri) {
    String sku = PARAMS.parse(uri).filter("sku");
    return orders.stock(sku).stream()
        .map(s -> new StockJson(s.sku(), s.warehouse(), s.warehouseName(), s.quantity(), s.asOf()))
        .toList();
  }
}
