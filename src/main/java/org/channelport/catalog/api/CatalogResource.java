package org.channelport.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.CatalogExport;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductSearch;
import org.channelport.catalog.ProductView;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  /** The query parameters of the product search. */
  static final ListParams PRODUCTS =
      ListParams.paged(ProductSearch.SORTS, null, true)
          .text("q", 200)
          .text("category", 64)
          .decimal("minPrice")
          .decimal("maxPrice")
          .id("partner")
          .build();

  /** One product: whose net price. */
  static final ListParams PRODUCT = ListParams.plain().id("partner").build();

  /** The export: format, since (a revision or a timestamp, checked here), whose prices. */
  static final ListParams EXPORT =
      ListParams.plain()
          .oneOf("format", List.of("csv", "bmecat"))
          .text("since", 40)
          .id("partner")
          .build();

  @Inject Catalog catalog;

  @GET
  @Path("/products")
  @Operation(
      summary = "Search products",
      description =
          "A JSON array of products, one page (offset, limit), with the caller's net prices"
              + " (partner users; channel managers with ?partner=<id of their portfolio>)."
              + " X-Total-Count holds the number of all matches. Query parameters: q (text, at"
              + " most 200 characters), category (a category code: it and its subcategories),"
              + " minPrice, maxPrice (decimals like 12.50), sort (relevance, name, price, sku,"
              + " newest; relevance with q, else sku), order (asc, desc; asc), partner (a"
              + " partner id), offset, limit. Any other parameter, or a bad value, answers 400"
              + " naming it.")
  public Response products(@Context UriInfo uri) {
    PageRequest request = PRODUCTS.parse(uri);
    String q = request.filter("q");
    BigDecimal minPrice = price(request.filter("minPrice"));
    BigDecimal maxPrice = price(request.filter("maxPrice"));
    if (minPrice != null && maxPrice != null && maxPrice.compareTo(minPrice) < 0) {
      throw new InvalidInputException(
          List.of(new FieldError("maxPrice", "error.param.priceRange")));
    }
    PriceContext prices = catalog.prices(partner(request));
    ProductSearch.Criteria criteria =
        new ProductSearch.Criteria(
            q,
            categories(request.filter("category")),
            minPrice,
            maxPrice,
            null,
            null,
            null,
            request.sortField() != null ? request.sortField() : q == null ? "sku" : "relevance",
            request.ascending());
    int offset = request.first();
    int limit = request.size();
    Page<ProductView> page = catalog.find(criteria, prices, offset, limit);
    return Response.ok(page.rows().stream().map(ProductJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/products/{sku}")
  @Operation(summary = "One product by SKU, with the caller's net price")
  @APIResponse(responseCode = "404", description = "No such product")
  public ProductJson product(@PathParam("sku") String sku, @Context UriInfo uri) {
    return ProductJson.of(catalog.product(sku, catalog.prices(partner(PRODUCT.parse(uri)))));
  }

  @GET
  @Path("/categories")
  @Operation(summary = "The category tree, parents before children")
  public List<CategoryJson> categories() {
    catalog.prices(null);
    var tree = catalog.categoryTree();
    Map<Long, String> codes = new HashMap<>();
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
  public Response export(@Context UriInfo uri) {
    PageRequest request = EXPORT.parse(uri);
    String format = request.filter("format") == null ? "csv" : request.filter("format");
    Long sinceRevision = null;
    Instant sinceTime = null;
    String since = request.filter("since");
    if (since != null) {
      if (since.matches("[0-9]{1,18}")) {
        sinceRevision = Long.parseLong(since);
      } else {
        try {
          sinceTime = Instant.parse(since);
        } catch (DateTimeParseException e) {
          throw new InvalidInputException(List.of(new FieldError("since", "catalog.export.since")));
        }
      }
    }
    PriceContext prices = catalog.prices(partner(request));
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

  /** The category and its subcategories; a code that names no category is bad input. */
  private Collection<Long> categories(String code) {
    if (code == null) {
      return null;
    }
    var category = catalog.categoryByCode(code);
    if (category == null) {
      throw new InvalidInputException(List.of(new FieldError("category", "error.param.category")));
    }
    return catalog.withDescendants(category.getId());
  }

  /** A price filter, already checked by {@link ListParams} (a decimal of 0 or more). */
  private static BigDecimal price(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static Long partner(PageRequest request) {
    String partner = request.filter("partner");
    return partner == null ? null : Long.valueOf(partner);
  }
}
