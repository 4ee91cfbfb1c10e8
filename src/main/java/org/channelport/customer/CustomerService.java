package org.channelport.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.platform.ListQuery;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * Reading customers, scoped like leads: a caller sees a customer when they see one of its leads or
 * one of its deal registrations. A partner user sees the customers of its partner's leads (a
 * partner employee only of the leads assigned to them) and of its partner's registrations; a
 * channel manager those of the leads and registrations of the partners in their portfolio, and of
 * the leads in the pool. Which partners work with a customer is never shown.
 *
 * <p>The scope is written as SQL {@code EXISTS} over the {@code sales_lead} and {@code
 * deal_registration} tables, not through the lead or deal classes: leads and deals use the customer
 * capability (they are about a customer), so the customer capability must not depend on them back;
 * the tables and their {@code customer_id}, {@code partner_id} and {@code assigned_username}
 * columns are the contract.
 */
@ApplicationScoped
public class CustomerService {
  static final String TYPE = "Customer";

  /** Sortable columns, by the name the API uses. */
  private static final Map<String, String> SORTS =
      Map.of("company", "c.company", "country", "c.country", "createdAt", "c.created_at");

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.keySet().stream().sorted().toList();

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;

  /** The caller's customers. Filters: q (text in company or e-mail), country. */
  public Page<CustomerView> list(PageRequest page) {
    return new Page<>(rows(page), count(page));
  }

  /** One page of the caller's customers: one SQL statement, rows built as records. */
  public List<CustomerView> rows(PageRequest page) {
    access.requireUser();
    List<Object> parameters = new ArrayList<>();
    String where = where(page, parameters);
    String sort = SORTS.getOrDefault(page.sortField(), "c.company");
    String direction = page.ascending() ? "ASC" : "DESC";
    Query query =
        em.createNativeQuery(
            "SELECT c.id, c.company, c.email, c.country, c.created_at FROM customer c WHERE "
                + where
                + " ORDER BY "
                + sort
                + " "
                + direction
                + ", c.id "
                + direction);
    bind(query, parameters);
    // plain column values, not entities: nothing for EclipseLink to track (a native query takes no
    // read-only hint; a JPQL version of this list would set it)
    List<?> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    return rows.stream().map(r -> view((Object[]) r)).toList();
  }

  /** How many of the caller's customers match the filters: one SQL statement. */
  public long count(PageRequest page) {
    access.requireUser();
    List<Object> parameters = new ArrayList<>();
    Query query =
        em.createNativeQuery("SELECT COUNT(*) FROM customer c WHERE " + where(page, parameters));
    bind(query, parameters);
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * A customer the caller may see; anything else is not found, and the attempt on an existing
   * customer outside the caller's scope is audited.
   */
  public CustomerView find(Long id) {
    access.requireUser();
    Customer customer = id == null ? null : em.find(Customer.class, id);
    if (customer == null) {
      throw new RecordNotFoundException(TYPE, id);
    }
    List<Object> parameters = new ArrayList<>();
    String scope = scope(parameters);
    parameters.add(id);
    Query query =
        em.createNativeQuery("SELECT COUNT(*) FROM customer c WHERE " + scope + " AND c.id = ?");
    bind(query, parameters);
    if (((Number) query.getSingleResult()).longValue() == 0) {
      // no partner named: the customer may be linked to several, none of them the caller's
      access.denied(TYPE, id, null);
    }
    return new CustomerView(
        customer.getId(),
        customer.getCompany(),
        customer.getEmail(),
        customer.getCountry(),
        customer.getCreatedAt());
  }

  /** The caller's scope and the filters, every value a parameter, in the order of their "?". */
  private String where(PageRequest page, List<Object> parameters) {
    List<String> where = new ArrayList<>();
    where.add(scope(parameters));
    String q = page.filter("q");
    if (q != null) {
      String like = ListQuery.like(q.toLowerCase(Locale.ROOT));
      where.add(
          "(LOWER(c.company) LIKE ?"
              + ListQuery.ESCAPE_CLAUSE
              + " OR c.email LIKE ?"
              + ListQuery.ESCAPE_CLAUSE
              + ")");
      parameters.add(like);
      parameters.add(like);
    }
    String country = page.filter("country");
    if (country != null) {
      where.add("c.country = ?");
      parameters.add(country.toUpperCase(Locale.ROOT));
    }
    return String.join(" AND ", where);
  }

  /**
   * The customers of the leads, registrations, orders and service issues the caller sees: the same
   * rules as the lead, deal and order lists ({@link AccessRules#visibleSql}, pool leads for channel
   * managers, a partner employee's own assigned leads).
   */
  private String scope(List<Object> parameters) {
    Caller caller = access.caller();
    StringBuilder leads =
        new StringBuilder("EXISTS (SELECT 1 FROM sales_lead l WHERE l.customer_id = c.id AND ");
    leads.append(access.visibleSql("l.partner_id", parameters, true));
    if (caller.isPartnerUser() && !caller.isPartnerManager()) {
      leads.append(" AND l.assigned_username = ?");
      parameters.add(caller.username());
    }
    leads.append(")");
    String deals =
        "EXISTS (SELECT 1 FROM deal_registration d WHERE d.customer_id = c.id AND "
            + access.visibleSql("d.partner_id", parameters, false)
            + ")";
    // the customers of the orders the caller sees (a partner's users see all of its orders)
    String orders =
        "EXISTS (SELECT 1 FROM sales_order o WHERE o.customer_id = c.id AND "
            + access.visibleSql("o.partner_id", parameters, false)
            + ")";
    // the customers of the service issues the caller sees (an issue is its partner's team's)
    String issues =
        "EXISTS (SELECT 1 FROM service_issue si WHERE si.customer_id = c.id AND "
            + access.visibleSql("si.partner_id", parameters, false)
            + ")";
    return "(" + leads + " OR " + deals + " OR " + orders + " OR " + issues + ")";
  }

  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static CustomerView view(Object[] row) {
    return new CustomerView(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        instant(row[4]));
  }

  /** A DATETIME column as the driver hands it over, read the way the entities' converter does. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof LocalDateTime t) {
      return Timestamp.valueOf(t).toInstant();
    }
    throw new IllegalStateException("a DATETIME read as " + value.getClass().getName());
  }
}
