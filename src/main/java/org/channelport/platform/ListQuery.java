package org.channelport.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;

/**
 * One paged list in JPQL: the caller's scope, the filters, the sort order from an allow-list, one
 * page of rows read as projections (or read-only entities) and the count of all matches. Every
 * value is a parameter, so each shape of list query is parsed and prepared once (EclipseLink keeps
 * parsed JPQL; criteria queries are translated anew every time).
 *
 * <p>A capability declares its sort fields once, as a constant that also feeds {@link ListParams}:
 *
 * <pre>{@code
 * static final ListQuery.Sorts SORTS =
 *     ListQuery.sorts("c.id", ListQuery.Tie.SAME)
 *         .field("name", "c.name")
 *         .field("createdAt", "c.createdAt")
 *         .byDefault("createdAt", false);
 * public static final List<String> SORT_FIELDS = SORTS.names();   // ListParams.paged(SORT_FIELDS, …)
 *
 * public Page<CustomerRow> list(PageRequest page) {
 *   access.requireUser();
 *   Map<String, Object> scope = new HashMap<>();
 *   String visible = access.visibleJpql("c.partnerId", scope, false);
 *   return ListQuery.from("Customer c")
 *       .where(visible, scope)                                   // the caller's scope
 *       .contains(page.filter("q"), 100, "LOWER(c.name)", "c.email")
 *       .equalId("c.partnerId", page.filter("partnerId"))        // a bad number matches nothing
 *       .in("c.status", ListFilters.codes(page.filter("status"), CustomerStatus::parse))
 *       .page(em, page, SORTS, CustomerRow.class,
 *           "NEW org.channelport.customer.CustomerRow(c.id, c.name, c.email, c.createdAt)");
 * }
 * }</pre>
 *
 * <p>The scope is a JPQL condition with its parameters, given by the capability (from {@code
 * AccessRules.visibleJpql}); platform knows no access rules. Filters whose value is null are left
 * out; a filter whose value could not be read ({@link ListFilters}) matches nothing. Rows are read
 * with EclipseLink's read-only hint: no working copies, and a constructor expression ({@code SELECT
 * NEW …}) builds records directly, with no entity, no audit snapshot, no cache lookup.
 */
public final class ListQuery {
  /** The character {@link #like} patterns escape with; written as {@code ESCAPE '!'}. */
  public static final char ESCAPE = '!';

  /** The ESCAPE clause that goes with every {@link #like} pattern (JPQL and MariaDB SQL alike). */
  public static final String ESCAPE_CLAUSE = " ESCAPE '" + ESCAPE + "'";

  private static final String READ_ONLY = "eclipselink.read-only";

  private final String from;
  private final List<String> where = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();
  private int next;

  private ListQuery(String from) {
    this.from = from;
  }

  /** A list over {@code entityAndAlias}, e.g. {@code "Lead l"}. */
  public static ListQuery from(String entityAndAlias) {
    return new ListQuery(entityAndAlias);
  }

  /** Sort fields by the names pages and the API use; {@code tieBreak} keeps pages stable. */
  public static Sorts sorts(String tieBreak, Tie tie) {
    return new Sorts(new LinkedHashMap<>(), tieBreak, tie, null, null);
  }

  // --- conditions ------------------------------------------------------------------------------

  /**
   * A JPQL condition and its named parameters, e.g. the caller's scope from {@code
   * AccessRules.visibleJpql}. Parameter names must not start with {@code p_} (the helper's own).
   */
  public ListQuery where(String condition, Map<String, ?> conditionParameters) {
    where.add(condition);
    parameters.putAll(conditionParameters);
    return this;
  }

  /** A JPQL condition with one named parameter. */
  public ListQuery where(String condition, String parameter, Object value) {
    return where(condition, Map.of(parameter, value));
  }

  /** A JPQL condition without parameters; e.g. {@code "l.partnerId IS NULL"}. */
  public ListQuery where(String condition) {
    where.add(condition);
    return this;
  }

  /** {@code path = value}; left out when {@code value} is null. */
  public ListQuery equal(String path, Object value) {
    if (value != null) {
      where.add(path + " = :" + parameter(value));
    }
    return this;
  }

  /**
   * {@code path = id} for an id filter's text; left out when {@code text} is null, matches nothing
   * when it is not a whole number ({@link ListFilters#id}).
   */
  public ListQuery equalId(String path, String text) {
    if (text == null) {
      return this;
    }
    Long id = ListFilters.id(text);
    return id == null ? nothing() : equal(path, id);
  }

  /**
   * {@code path IN values} ({@code path = value} for one value); left out when {@code values} is
   * null, matches nothing when it is empty (a list of which nothing could be read).
   */
  public ListQuery in(String path, Collection<?> values) {
    if (values == null) {
      return this;
    }
    if (values.isEmpty()) {
      return nothing();
    }
    if (values.size() == 1) {
      // EclipseLink prints the SQL of a list parameter anew every time; one value needs no list
      return equal(path, values.iterator().next());
    }
    where.add(path + " IN :" + parameter(List.copyOf(values)));
    return this;
  }

  /**
   * The text (clipped to {@code maxLength}, lower-cased) anywhere in one of the {@code paths}, each
   * compared with LIKE and the {@link #like} escaping: {@code %}, {@code _}, {@code \} and {@code
   * !} match themselves. Give {@code LOWER(x.name)} for columns whose case may differ. Left out
   * when {@code text} is null.
   */
  public ListQuery contains(String text, int maxLength, String... paths) {
    if (text == null) {
      return this;
    }
    String clipped = text.length() > maxLength ? text.substring(0, maxLength) : text;
    String name = parameter(like(clipped.toLowerCase(Locale.ROOT)));
    List<String> any = new ArrayList<>();
    for (String path : paths) {
      any.add(path + " LIKE :" + name + ESCAPE_CLAUSE);
    }
    where.add("(" + String.join(" OR ", any) + ")");
    return this;
  }

  /** A condition that no row meets (a filter value that names nothing). */
  public ListQuery nothing() {
    where.add("1 = 0");
    return this;
  }

  /** Adds a named parameter under a fresh name and gives the name (for {@link #where}). */
  public String parameter(Object value) {
    String name = "p_" + next++;
    parameters.put(name, value);
    return name;
  }

  // --- reading ---------------------------------------------------------------------------------

  /** One page of rows and the count of all matches: two SQL statements. */
  public <R> Page<R> page(
      EntityManager em, PageRequest page, Sorts sorts, Class<R> type, String select) {
    return new Page<>(rows(em, page, sorts, type, select), count(em));
  }

  /**
   * One page of rows: {@code select} is what the query selects, a constructor expression ({@code
   * "NEW org.channelport.lead.LeadRow(l.id, l.company, …)"}) or the alias of the entity (read
   * read-only, no working copy).
   */
  public <R> List<R> rows(
      EntityManager em, PageRequest page, Sorts sorts, Class<R> type, String select) {
    TypedQuery<R> query =
        em.createQuery(
            "SELECT " + select + " FROM " + from + where() + " ORDER BY " + sorts.orderBy(page),
            type);
    parameters.forEach(query::setParameter);
    return query
        .setHint(READ_ONLY, "True")
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many rows match: one SQL statement. */
  public long count(EntityManager em) {
    String alias = from.substring(from.strip().lastIndexOf(' ') + 1);
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(" + alias + ") FROM " + from + where(), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** The JPQL condition so far ({@code " WHERE …"}, or empty); for tests and custom queries. */
  public String where() {
    return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
  }

  /** The parameters so far; for tests and custom queries. */
  public Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }

  /**
   * A LIKE pattern that finds {@code text} anywhere: {@code %text%}, with {@code !}, {@code %} and
   * {@code _} of the text escaped by {@code !}. Use it with {@link #ESCAPE_CLAUSE}: with an
   * explicit ESCAPE clause, MariaDB's default escape character (backslash) is an ordinary
   * character, so {@code a\b}, {@code 50%} and {@code a_b} match only themselves.
   */
  public static String like(String text) {
    StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE || c == '%' || c == '_') {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  // --- sorting ---------------------------------------------------------------------------------

  /** How the tie-breaking column is ordered. */
  public enum Tie {
    /** In the direction of the sort column. */
    SAME,
    /** Always ascending. */
    ASC,
    /** Always descending. */
    DESC
  }

  /**
   * A list's sort fields: the names pages and the API use, each with its JPQL path; a default field
   * (and order) for a request that names none (or one that is not in the list); a tie-break column.
   * Immutable: each method gives a new declaration.
   */
  public record Sorts(
      Map<String, String> paths,
      String tieBreak,
      Tie tie,
      String defaultField,
      Boolean defaultAscending) {

    public Sorts {
      paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /** A sort field: {@code name} as pages and the API say it, {@code path} in JPQL. */
    public Sorts field(String name, String path) {
      Map<String, String> more = new LinkedHashMap<>(paths);
      if (more.put(name, path) != null) {
        throw new IllegalArgumentException("sort field " + name + " declared twice");
      }
      return new Sorts(more, tieBreak, tie, defaultField, defaultAscending);
    }

    /** Without a sort field the list sorts by {@code name}, in the order given. */
    public Sorts byDefault(String name, boolean ascending) {
      requireKnown(name);
      return new Sorts(paths, tieBreak, tie, name, ascending);
    }

    /** Without a sort field the list sorts by {@code name}, in the order the request asks for. */
    public Sorts byDefault(String name) {
      requireKnown(name);
      return new Sorts(paths, tieBreak, tie, name, null);
    }

    /** The names, alphabetically: the API's allowed {@code sort} values. */
    public List<String> names() {
      return paths.keySet().stream().sorted().toList();
    }

    /** The JPQL ORDER BY items for the request's sort field and order. */
    public String orderBy(PageRequest page) {
      boolean known = page.sortField() != null && paths.containsKey(page.sortField());
      String path = paths.get(known ? page.sortField() : defaultField);
      boolean ascending =
          known || defaultAscending == null ? page.ascending() : defaultAscending.booleanValue();
      String direction = ascending ? " ASC" : " DESC";
      String tieDirection =
          switch (tie) {
            case SAME -> direction;
            case ASC -> " ASC";
            case DESC -> " DESC";
          };
      return path + direction + ", " + tieBreak + tieDirection;
    }

    private void requireKnown(String name) {
      if (!paths.containsKey(name)) {
        throw new IllegalArgumentException("default sort " + name + " is not in " + paths.keySet());
      }
    }
  }
}
