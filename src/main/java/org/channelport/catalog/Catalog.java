package org.channelport.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Page;
import org.channelport.shared.RecordNotFoundException;

/**
 * The brand owner's catalog as each caller sees it: channel managers every product at base prices
 * (or a partner of their portfolio's net prices), partner users the active products at their own
 * net prices.
 */
@ApplicationScoped
public class Catalog {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;

  /** This node's search index; null outside the container (then SQL answers everything). */
  @Inject ProductIndexService index;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private ProductSearch search;

  @PostConstruct
  void init() {
    search = new ProductSearch(dataSource);
  }

  public ProductSearch search() {
    return search;
  }

  public CatalogExport export() {
    access.requireUser();
    return new CatalogExport(dataSource);
  }

  public boolean isChannelManager() {
    return access.caller().isChannelManager();
  }

  /**
   * Whose prices the caller sees: a partner user always their own partner's; a channel manager a
   * partner of their portfolio when they ask for one (another is not found), else none.
   */
  public PriceContext prices(Long asPartner) {
    Caller caller = access.requireUser();
    Long partnerId = caller.isPartnerUser() ? caller.partnerId() : asPartner;
    if (partnerId == null) {
      return PriceContext.NONE;
    }
    if (!caller.isPartnerUser()) {
      access.requireVisible("Partner", partnerId, partnerId);
    }
    return pricesOf(partnerId);
  }

  /** A partner's net prices, whoever asks (the caller has been checked, or it is the showroom). */
  PriceContext pricesOf(long partnerId) {
    List<BigDecimal> discount =
        em.createQuery(
                "SELECT d.discountPct FROM TierDiscount d, Partner p"
                    + " WHERE p.id = :partner AND d.tier = p.tier",
                BigDecimal.class)
            .setParameter("partner", partnerId)
            .getResultList();
    return new PriceContext(
        partnerId, discount.isEmpty() ? BigDecimal.ZERO : discount.get(0), today());
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  /**
   * One page of products; partner users see active products only. A keyword search is answered by
   * the search index when it is ready (the rows and prices of its page then come from SQL by id),
   * else by MariaDB.
   */
  public Page<ProductView> find(
      ProductSearch.Criteria criteria, PriceContext prices, int offset, int limit) {
    ProductSearch.Criteria scoped = scoped(criteria);
    Optional<Hits> hits = indexed(scoped, prices, offset, limit);
    if (hits.isPresent()) {
      return new Page<>(hits.get().rows(), hits.get().total());
    }
    List<ProductView> rows = search.rows(scoped, prices, offset, limit);
    return new Page<>(rows, search.count(scoped));
  }

  public List<ProductView> rows(
      ProductSearch.Criteria criteria, PriceContext prices, int offset, int limit) {
    ProductSearch.Criteria scoped = scoped(criteria);
    return indexed(scoped, prices, offset, limit)
        .map(Hits::rows)
        .orElseGet(() -> search.rows(scoped, prices, offset, limit));
  }

  public long count(ProductSearch.Criteria criteria) {
    ProductSearch.Criteria scoped = scoped(criteria);
    return indexed(scoped, PriceContext.NONE, 0, 0)
        .map(Hits::total)
        .orElseGet(() -> search.count(scoped));
  }

  /**
   * An index search answered with the page's products in order (with the caller's prices), the
   * number of all matches, the facets and the marked names and snippets by product id.
   */
  public record Hits(
      List<ProductView> rows,
      long total,
      ProductIndexResult.Facets facets,
      Map<Long, ProductIndexResult.Hit> marks) {}

  /**
   * The catalog list with its facets (the catalog page): the caller's scope applies, the facet
   * values clicked (a manufacturer, in stock) filter too. Empty while the index is not ready.
   */
  public Optional<Hits> findWithFacets(
      ProductSearch.Criteria criteria,
      String manufacturer,
      Boolean inStock,
      PriceContext prices,
      int offset,
      int limit,
      List<BigDecimal> priceBounds) {
    ProductSearch.Criteria scoped = scoped(criteria);
    return indexed(
        ProductIndexQuery.of(scoped, offset, limit)
            .withFacetFilters(manufacturer, inStock)
            .withFacets(priceBounds)
            .withHighlight(),
        prices);
  }

  /**
   * A search of the public showroom (no signed-in user; the caller has set its visibility rules as
   * filters): active products only, base prices. Empty while the index is not ready.
   */
  public Optional<Hits> publicSearch(ProductIndexQuery query) {
    ProductIndexQuery active =
        new ProductIndexQuery(
            query.keywords(),
            query.categoryIds(),
            query.minBasePrice(),
            query.maxBasePrice(),
            Boolean.TRUE,
            query.manufacturer(),
            query.inStock(),
            query.featuredIds(),
            query.sort(),
            query.ascending(),
            query.offset(),
            query.limit(),
            query.priceBounds(),
            query.facets(),
            query.highlight());
    return indexed(active, PriceContext.NONE);
  }

  /**
   * Counts per category with each category's descendants added up (an index search counts each
   * product in its own category only): what a click on that category would find.
   */
  public Map<Long, Long> withDescendantCounts(Map<Long, Long> ownCounts) {
    Map<Long, Long> parents = new HashMap<>();
    categories().forEach(c -> parents.put(c.getId(), c.getParentId()));
    Map<Long, Long> total = new HashMap<>();
    ownCounts.forEach(
        (id, n) -> {
          Long at = id;
          for (int depth = 0; at != null && depth < 20; depth++) {
            total.merge(at, n, Long::sum);
            at = parents.get(at);
          }
        });
    return total;
  }

  /** Products for a search box: those whose name or codes start like the words typed. */
  public List<ProductIndexResult.Suggestion> suggest(String typed, Set<Long> categoryIds, int max) {
    return index == null ? List.of() : index.suggest(typed, categoryIds, max);
  }

  private Optional<Hits> indexed(
      ProductSearch.Criteria c, PriceContext prices, int offset, int limit) {
    boolean keywords = c.keywords() != null && !c.keywords().isBlank();
    if (!keywords || c.sinceRevision() != null || c.changedSince() != null) {
      return Optional.empty();
    }
    return indexed(ProductIndexQuery.of(c, offset, limit), prices);
  }

  private Optional<Hits> indexed(ProductIndexQuery q, PriceContext prices) {
    if (index == null) {
      return Optional.empty();
    }
    return index
        .search(q)
        .map(
            r -> {
              Map<Long, ProductIndexResult.Hit> marks = new HashMap<>();
              r.hits().forEach(h -> marks.put(h.id(), h));
              List<ProductView> rows =
                  r.ids().isEmpty()
                      ? List.of()
                      : search.byIds(r.ids(), prices, q.active(), q.categoryIds());
              return new Hits(rows, r.total(), r.facets(), marks);
            });
  }

  private ProductSearch.Criteria scoped(ProductSearch.Criteria c) {
    Caller caller = access.requireUser();
    if (caller.isChannelManager()) {
      return c;
    }
    return new ProductSearch.Criteria(
        c.keywords(),
        c.categoryIds(),
        c.minBasePrice(),
        c.maxBasePrice(),
        Boolean.TRUE,
        c.sinceRevision(),
        c.changedSince(),
        c.sort(),
        c.ascending());
  }

  /** One product by SKU, as the caller sees it. */
  public ProductView product(String sku, PriceContext prices) {
    access.requireUser();
    ProductView view = bySku(sku, prices);
    if (view == null || (!view.active() && !access.caller().isChannelManager())) {
      throw new RecordNotFoundException("Product", sku);
    }
    return view;
  }

  ProductView bySku(String sku, PriceContext prices) {
    if (sku == null || sku.isBlank() || sku.length() > ProductValidator.MAX_SKU) {
      return null;
    }
    return search.bySku(sku.strip(), prices);
  }

  public List<Category> categories() {
    return em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.name", Category.class)
        .getResultList();
  }

  /** The categories as a tree, depth-first, each with its depth (for indented menus). */
  public List<CategoryNode> categoryTree() {
    List<Category> all = categories();
    List<CategoryNode> tree = new ArrayList<>();
    addChildren(all, null, 0, tree);
    return tree;
  }

  public record CategoryNode(Category category, int depth) implements Serializable {
    public String getLabel() {
      return "\u00a0\u00a0".repeat(depth) + category.getName();
    }

    public Long getId() {
      return category.getId();
    }

    public String getCode() {
      return category.getCode();
    }

    public String getName() {
      return category.getName();
    }
  }

  private static void addChildren(
      List<Category> all, Long parent, int depth, List<CategoryNode> tree) {
    for (Category c : all) {
      if (Objects.equals(c.getParentId(), parent) && depth < 10) {
        tree.add(new CategoryNode(c, depth));
        addChildren(all, c.getId(), depth + 1, tree);
      }
    }
  }

  /** A category and all below it; empty when there is no such category. */
  public Set<Long> withDescendants(Long categoryId) {
    Set<Long> ids = new HashSet<>();
    if (categoryId == null) {
      return ids;
    }
    List<Category> all = categories();
    if (all.stream().noneMatch(c -> c.getId().equals(categoryId))) {
      return ids;
    }
    collect(all, categoryId, ids);
    return ids;
  }

  public Set<Long> withDescendants(Collection<Long> roots) {
    Set<Long> ids = new HashSet<>();
    roots.forEach(r -> ids.addAll(withDescendants(r)));
    return ids;
  }

  private static void collect(List<Category> all, Long id, Set<Long> ids) {
    if (!ids.add(id)) {
      return;
    }
    for (Category c : all) {
      if (id.equals(c.getParentId())) {
        collect(all, c.getId(), ids);
      }
    }
  }

  static final Pattern CATEGORY_CODE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

  /** A new category (channel managers): a lower-case code, a name, perhaps a parent's code. */
  @jakarta.transaction.Transactional
  public Category addCategory(String code, String name, String parentCode) {
    access.require(Role.CHANNEL_MANAGER);
    Checks checks = new Checks();
    String c = Checks.clean(code);
    String n = Checks.clean(name);
    String p = Checks.clean(parentCode);
    checks.required("code", c).matches("code", c, CATEGORY_CODE, "catalog.category.code");
    checks.text("name", n, true, 200);
    Category parent = p == null ? null : categoryByCode(p);
    if (p != null && parent == null) {
      checks.add("parent", "catalog.row.unknownCategory", p.length() > 64 ? p.substring(0, 64) : p);
    }
    checks.throwIfAny();
    if (categoryByCode(c) != null) {
      throw new ConflictException("code", "catalog.category.taken", c);
    }
    Category category =
        new Category(c, n, parent == null ? null : parent.getId(), categories().size() + 1);
    em.persist(category);
    em.flush();
    return category;
  }

  public Category categoryByCode(String code) {
    return em.createQuery("SELECT c FROM Category c WHERE c.code = :code", Category.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
