package org.channelport.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.CatalogExport;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductSearch;
import org.channelport.catalog.ProductView;
import org.channelport.platform.ApiRequests;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Catalog",
    description = "Products, categories and the catalog export for partner shops")
public class CatalogResource {
  public static final String REVISION = "X-Catalog-Revision";

  @Inject Catalog catalog;

  @GET
  @Path("/products")
  @Operation(
      summary = "Search products",
      description =
          "A JSON array of products, one page (offset, limit), with the caller's net prices"
              + " (partner users; channel managers with ?partner=<id of their portfolio>)."
              + " X-Total-Count holds the number of all matches.")
  public Response products(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("minPrice") String minPrice,
      @QueryParam("maxPrice") String maxPrice,
      @Parameter(description = "relevance, name, price, sku, newest") @QueryParam("sort")
          String sort,
      @QueryParam("order") @DefaultValue("asc") String order,
      @QueryParam("partner") Long partner,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    ApiRequests.checkPaging(offset, limit);
    PriceContext prices = catalog.prices(partner);
    ProductSearch.Criteria criteria =
        new ProductSearch.Criteria(
            clip(q),
            categories(category),
            price("minPrice", minPrice),
            price("maxPrice", maxPrice),
            null,
            null,
            null,
            sort == null ? (q == null ? "sku" : "relevance") : sort,
            !"desc".equalsIgnoreCase(order));
    Page<ProductView> page = catalog.find(criteria, prices, offset, limit);
    return Response.ok(page.rows().stream().map(ProductJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/products/{sku}")
  @Operation(summary = "One product by SKU, with the caller's net price")
  @APIResponse(responseCode = "404", description = "No such product")
  public ProductJson product(@PathParam("sku") String sku, @QueryParam("partner") Long partner) {
    return ProductJson.of(catalog.product(sku, catalog.prices(partner)));
  }

  @GET
  @Path("/categories")
  @Operation(summary = "The category tree, parents before children")
  public List<CategoryJson> categories() {
    catalog.prices(null);
    var tree = catalog.categoryTree();
    java.util.Map<Long, String> codes = new java.util.HashMap<>();
    tree.forEach(n -> codes.put(n.getId(), n.getCode()));
    return tree.stream().map(n -> CategoryJson.of(n, codes)).toList();
  }

  public record CategoryInput(String code, String name, String parent) {}

  @jakarta.ws.rs.POST
  @Path("/categories")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a category (channel managers): {code, name, parent (a code)}")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The code is taken")
  public Response addCategory(CategoryInput input) {
    ApiRequests.body(input);
    var created = catalog.addCategory(input.code(), input.name(), input.parent());
    return Response.status(Response.Status.CREATED)
        .entity(new CategoryJson(created.getCode(), created.getName(), input.parent(), 0))
        .build();
  }

  @GET
  @Path("/export")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "The catalog for a partner shop",
      description =
          "format=csv (the upload's columns plus net_price) or format=bmecat (BMEcat 2005), with"
              + " the caller's net prices; since=<revision> or since=<ISO timestamp> for only what"
              + " changed after it. X-Catalog-Revision gives the revision to ask from next time.")
  @APIResponse(responseCode = "200", description = "The file")
  @APIResponse(responseCode = "400", description = "Unknown format or since")
  public Response export(
      @QueryParam("format") @DefaultValue("csv") String format,
      @QueryParam("since") String since,
      @QueryParam("partner") Long partner) {
    if (!Set.of("csv", "bmecat").contains(format)) {
      throw new InvalidInputException(List.of(new FieldError("format", "catalog.export.format")));
    }
    PriceContext prices = catalog.prices(partner);
    Long sinceRevision = null;
    Instant sinceTime = null;
    if (since != null && !since.isBlank()) {
      String s = since.strip();
      if (s.matches("\\d{1,18}")) {
        sinceRevision = Long.parseLong(s);
      } else {
        try {
          sinceTime = Instant.parse(s);
        } catch (DateTimeParseException e) {
          throw new InvalidInputException(List.of(new FieldError("since", "catalog.export.since")));
        }
      }
    }
    boolean partnerView = prices.forPartner() || !catalog.isChannelManager();
    ProductSearch.Criteria criteria =
        new ProductSearch.Criteria(
            null,
            null,
            null,
            null,
            // a full export lists active products; a delta also tells which were deactivated
            sinceRevision == null && sinceTime == null && partnerView ? Boolean.TRUE : null,
            sinceRevision,
            sinceTime,
            "sku",
            true);
    CatalogExport export = catalog.export();
    long revision = export.revision();
    boolean update = sinceRevision != null || sinceTime != null;
    var categories = catalog.categories();
    StreamingOutput body =
        "csv".equals(format)
            ? out -> export.csv(criteria, prices, out)
            : out ->
                export.bmecat(
                    criteria,
                    prices,
                    categories,
                    update,
                    "channelport-" + (prices.forPartner() ? prices.partnerId() : "base"),
                    out);
    String file = "catalog-r" + revision + ("csv".equals(format) ? ".csv" : ".xml");
    return Response.ok(body)
        .type("csv".equals(format) ? "text/csv; charset=UTF-8" : "application/xml; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .header(REVISION, revision)
        .build();
  }

  private java.util.Collection<Long> categories(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    var category = catalog.categoryByCode(code.strip());
    return category == null ? List.of() : catalog.withDescendants(category.getId());
  }

  static BigDecimal price(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.signum() < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new FieldError(field, "catalog.price.amount")));
    }
  }

  static String clip(String q) {
    return q == null || q.length() <= 200 ? q : q.substring(0, 200);
  }
}
