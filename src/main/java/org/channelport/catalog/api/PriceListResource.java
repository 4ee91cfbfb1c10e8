package org.channelport.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelport.catalog.ContractPrice;
import org.channelport.catalog.ContractPriceInput;
import org.channelport.catalog.ContractPriceView;
import org.channelport.catalog.PriceLists;
import org.channelport.catalog.TierDiscount;
import org.channelport.platform.ApiRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/catalog/price-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Price lists", description = "Tier discounts and partner contract prices")
public class PriceListResource {
  @Inject PriceLists priceLists;

  public record TierJson(String tier, BigDecimal discountPct, long version) {
    static TierJson of(TierDiscount d) {
      return new TierJson(d.getTier().code(), d.getDiscountPct(), d.getVersion());
    }
  }

  public record TierInput(BigDecimal discountPct, Long version) {}

  public record ContractJson(
      long id,
      long partnerId,
      String sku,
      String productName,
      BigDecimal basePrice,
      BigDecimal price,
      String currency,
      LocalDate validFrom,
      LocalDate validTo,
      long version) {
    static ContractJson of(ContractPriceView v) {
      return new ContractJson(
          v.id(),
          v.partnerId(),
          v.sku(),
          v.productName(),
          v.getBasePrice(),
          v.getPrice(),
          v.currency(),
          v.validFrom(),
          v.validTo(),
          v.version());
    }
  }

  @GET
  @Path("/tiers")
  @Operation(summary = "Tier discounts (partner users: their own tier's only)")
  public List<TierJson> tiers() {
    return priceLists.tierDiscounts().stream().map(TierJson::of).toList();
  }

  @PUT
  @Path("/tiers/{tier}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a tier's discount (channel managers)")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "409", description = "Stale version")
  public TierJson setTier(@PathParam("tier") String tier, TierInput input) {
    ApiRequests.body(input);
    return TierJson.of(priceLists.setTierDiscount(tier, input.discountPct(), input.version()));
  }

  @GET
  @Path("/partners/{partnerId}")
  @Operation(summary = "A partner's contract prices")
  @APIResponse(responseCode = "404", description = "Not a partner of the caller")
  public List<ContractJson> contractPrices(@PathParam("partnerId") long partnerId) {
    return priceLists.contractPrices(partnerId).stream().map(ContractJson::of).toList();
  }

  @POST
  @Path("/partners/{partnerId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a contract price (channel managers of the partner's portfolio)",
      description = "{sku, price, currency (optional: the product's), validFrom, validTo}")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "404", description = "Not a partner of the caller's portfolio")
  @APIResponse(responseCode = "409", description = "Overlaps another contract price of the SKU")
  public Response addContractPrice(
      @PathParam("partnerId") long partnerId, ContractPriceInput input) {
    ContractPrice created = priceLists.addContractPrice(partnerId, input);
    ContractJson json =
        priceLists.contractPrices(partnerId).stream()
            .filter(v -> v.id() == created.getId())
            .findFirst()
            .map(ContractJson::of)
            .orElseThrow();
    return Response.status(Response.Status.CREATED).entity(json).build();
  }

  @DELETE
  @Path("/partners/{partnerId}/{id}")
  @Operation(summary = "Remove a contract price (channel managers of the partner's portfolio)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such contract price for the caller")
  public Response removeContractPrice(
      @PathParam("partnerId") long partnerId, @PathParam("id") long id) {
    priceLists.removeContractPrice(partnerId, id);
    return Response.noContent().build();
  }
}
