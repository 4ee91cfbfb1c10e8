package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductView;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Page;
import org.channelport.shared.RecordNotFoundException;
import org.channelport.support.SolutionRanking.Context;
import org.channelport.support.SolutionSearch.Filter;
import org.channelport.support.SolutionSearch.Row;

/**
 * The solutions knowledge base. Channel managers write, publish and unpublish solutions and see
 * drafts; partner users read and search the published ones, and say "this solved it" on the
 * new-issue page (a deflected issue: counted for the partner and as a solve of the solution). A
 * draft is not found for a partner user (404), like a record outside their scope. Each change takes
 * the solution's row lock and checks the version the caller read.
 */
@ApplicationScoped
@Transactional
public class SolutionService {
  /** Sort fields of the list; {@code relevance} (the default with words) only with words. */
  public static final List<String> SORT_FIELDS =
      List.of("relevance", "solvedCount", "title", "updatedAt");

  /** A second "this solved it" of the same user for the same solution within this counts once. */
  static final Duration DEFLECTION_WINDOW = Duration.ofMinutes(10);

  static final int MAX_QUERY = 200;

  EntityManager em;
  AccessRules access;
  Clock clock;
  Locks locks;
  CategoryCodes categoryCodes;
  Catalog catalog;
  IssueService issues;
  SolutionSearch search;

  /** For the container's proxies. */
  protected SolutionService() {}

  @Inject
  public SolutionService(
      EntityManager em,
      AccessRules access,
      Clock clock,
      Locks locks,
      CategoryCodes categoryCodes,
      Catalog catalog,
      IssueService issues,
      DataSource dataSource) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.locks = locks;
    this.categoryCodes = categoryCodes;
    this.catalog = catalog;
    this.issues = issues;
    this.search = new SolutionSearch(dataSource);
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * What a search asks for: {@code q} the words (perhaps half typed), {@code sku} and {@code
   * category} the product and catalog category of the issue being typed (with words they lift the
   * solutions for them; without words they limit the list to them), {@code published} for channel
   * managers (partner users always get published ones only), {@code sort} one of {@link
   * #SORT_FIELDS} or null.
   */
  public record Search(
      String q,
      String sku,
      String category,
      Boolean published,
      String sort,
      boolean ascending,
      int offset,
      int limit) {
    public static Search suggestions(String q, String sku, String category, int limit) {
      return new Search(q, sku, category, true, null, false, 0, limit);
    }
  }

  /**
   * The solutions that fit, best first (with words) or most used first; the total is the number of
   * matches (with words: of the candidates the index returned, at most {@link
   * SolutionSearch#CANDIDATES}). Two SQL statements without words (rows, count), one with.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SolutionHit> search(Search s) {
    Scoped scoped = scoped(s);
    if (scoped.q() == null) {
      return new Page<>(browse(scoped, s), search.count(scoped.filter()));
    }
    List<SolutionHit> hits = ranked(scoped, s);
    int from = Math.min(s.offset(), hits.size());
    int to = Math.min(from + s.limit(), hits.size());
    return new Page<>(List.copyOf(hits.subList(from, to)), hits.size());
  }

  /** How many solutions fit (a lazy table's count: one SQL statement). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(Search s) {
    Scoped scoped = scoped(s);
    return scoped.q() == null ? search.count(scoped.filter()) : ranked(scoped, s).size();
  }

  /** One page of the solutions that fit (a lazy table's rows: one SQL statement). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SolutionHit> rows(Search s) {
    Scoped scoped = scoped(s);
    if (scoped.q() == null) {
      return browse(scoped, s);
    }
    List<SolutionHit> hits = ranked(scoped, s);
    int from = Math.min(s.offset(), hits.size());
    return List.copyOf(hits.subList(from, Math.min(from + s.limit(), hits.size())));
  }

  /** A search as the caller may make it: partner users see published solutions only. */
  private record Scoped(String q, String sku, String category, Boolean published) {
    Filter filter() {
      return new Filter(
          published,
          sku == null ? null : sku.toUpperCase(Locale.ROOT),
          category == null ? null : category.toLowerCase(Locale.ROOT));
    }
  }

  private Scoped scoped(Search s) {
    Caller caller = access.requireUser();
    Boolean published = caller.isChannelManager() ? s.published() : Boolean.TRUE;
    String q = blankToNull(s.q());
    if (q != null && q.length() > MAX_QUERY) {
      q = q.substring(0, MAX_QUERY);
    }
    return new Scoped(q, blankToNull(s.sku()), blankToNull(s.category()), published);
  }

  private List<SolutionHit> browse(Scoped scoped, Search s) {
    return search.browse(scoped.filter(), s.sort(), s.ascending(), s.offset(), s.limit()).stream()
        .map(r -> hit(r, 0))
        .toList();
  }

  private List<SolutionHit> ranked(Scoped scoped, Search s) {
    List<SolutionSearch.Hit> ranked =
        search.ranked(
            SolutionRanking.parse(scoped.q()),
            scoped.q(),
            scoped.published(),
            context(scoped.sku(), scoped.category()),
            Math.max(SolutionSearch.CANDIDATES, s.offset() + s.limit()));
    List<SolutionHit> hits = new ArrayList<>(ranked.size());
    for (SolutionSearch.Hit h : ranked) {
      hits.add(hit(new Row(h.ranked().solution(), h.published()), h.ranked().score()));
    }
    sortHits(hits, s.sort(), s.ascending());
    return hits;
  }

  /** The best few published solutions for what is being typed on the new-issue page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SolutionHit> suggest(String text, String sku, String category, int limit) {
    if (text == null || SolutionRanking.parse(text).isEmpty()) {
      return List.of();
    }
    return search(Search.suggestions(text, sku, category, limit)).rows();
  }

  /** The issue being typed: its product and the product's category, or the category named. */
  private Context context(String sku, String category) {
    Set<String> categories = new LinkedHashSet<>();
    if (category != null) {
      categories.add(category);
    }
    if (sku != null) {
      ProductView product = catalog.search().bySku(sku, PriceContext.NONE);
      if (product != null && product.categoryCode() != null) {
        categories.add(product.categoryCode());
      }
    }
    return new Context(sku, categories);
  }

  private static void sortHits(List<SolutionHit> hits, String sort, boolean ascending) {
    Comparator<SolutionHit> by =
        switch (sort == null ? "" : sort) {
          case "title" -> Comparator.comparing(SolutionHit::title, String.CASE_INSENSITIVE_ORDER);
          case "solvedCount" -> Comparator.comparingInt(SolutionHit::solvedCount);
          default -> null;
        };
    if (by != null) {
      hits.sort(ascending ? by : by.reversed());
    }
  }

  private static SolutionHit hit(Row row, double score) {
    SolutionRanking.Candidate c = row.candidate();
    return new SolutionHit(
        c.id(),
        c.title(),
        c.symptoms(),
        c.steps(),
        score,
        c.solvedCount(),
        row.published(),
        c.skus().stream().sorted().toList(),
        c.categories().stream().sorted().toList());
  }

  /** One solution: any for channel managers, a published one for partner users (else 404). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SolutionView find(long id) {
    access.requireUser();
    return SolutionView.of(visible(id));
  }

  private Solution visible(long id) {
    Solution solution = em.find(Solution.class, id);
    if (solution == null) {
      throw new RecordNotFoundException(Solution.TYPE, id);
    }
    if (!solution.isPublished() && !access.caller().isChannelManager()) {
      // a draft is the service's own: not found for partners, and the attempt audited
      access.denied(Solution.TYPE, id, null);
    }
    return solution;
  }

  /**
   * Issues deflected by a "this solved it" before they were logged: a partner user's partner's, a
   * channel manager's portfolio's.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long deflectedIssues() {
    access.requireUser();
    List<Object> args = new ArrayList<>();
    String scope = access.visibleSql("d.partner_id", args, false);
    jakarta.persistence.Query count =
        em.createNativeQuery("SELECT COUNT(*) FROM solution_deflection d WHERE " + scope);
    for (int i = 0; i < args.size(); i++) {
      count.setParameter(i + 1, args.get(i));
    }
    return ((Number) count.getSingleResult()).longValue();
  }

  // --- writing (channel managers) ------------------------------------------------------------

  /** A new solution: a draft unless {@code published} is true. */
  public SolutionView create(SolutionInput input) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    SolutionContent content = checked(input, Boolean.TRUE.equals(input.published()));
    Instant now = clock.now();
    Solution solution = new Solution(content, null, caller.username(), now);
    if (Boolean.TRUE.equals(input.published())) {
      solution.publish(caller.username(), now);
    }
    em.persist(solution);
    em.flush();
    return SolutionView.of(solution);
  }

  /**
   * A solution's new text, products and categories; {@code published} true or false publishes or
   * withdraws it, null leaves it. Refused (409) when it changed since the version read.
   */
  public SolutionView update(long id, SolutionInput input) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    Solution solution = locked(id);
    Versions.check(solution, input.version());
    boolean publish =
        input.published() == null ? solution.isPublished() : input.published().booleanValue();
    SolutionContent content = checked(input, publish);
    Instant now = clock.now();
    solution.revise(content, caller.username(), now);
    if (publish) {
      solution.publish(caller.username(), now);
    } else {
      solution.unpublish(caller.username(), now);
    }
    return SolutionView.of(Versions.flushed(em, solution));
  }

  /** Partner users see it from now on (it needs symptoms: 400 otherwise). */
  public SolutionView publish(long id, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    Solution solution = locked(id);
    Versions.check(solution, version);
    solution.publish(caller.username(), clock.now());
    return SolutionView.of(Versions.flushed(em, solution));
  }

  /** Back to a draft. */
  public SolutionView unpublish(long id, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    Solution solution = locked(id);
    Versions.check(solution, version);
    solution.unpublish(caller.username(), clock.now());
    return SolutionView.of(Versions.flushed(em, solution));
  }

  /**
   * A solved issue's answer made into a solution, in one step (see {@link
   * SolutionInput.FromIssue}): linked to the issue (its {@code solution_id}), counted as having
   * solved it, a draft unless published. An issue not solved yet, or already linked to a solution,
   * is refused (409).
   */
  public SolutionView fromIssue(long issueId, SolutionInput.FromIssue body) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    SolutionInput.FromIssue in =
        body == null ? new SolutionInput.FromIssue(null, null, null, null, null, null, null) : body;
    IssueView issue = issues.solvedAnswer(issueId);
    locks.row("service_issue", issueId);
    Object linked =
        em.createNativeQuery("SELECT solution_id FROM service_issue WHERE id = ?")
            .setParameter(1, issueId)
            .getSingleResult();
    if (linked != null) {
      throw new ConflictException(
          "solutionId", "support.solution.issueHasSolution", issue.number(), linked);
    }
    boolean publish = Boolean.TRUE.equals(in.published());
    String symptoms =
        Checks.clean(in.symptoms()) != null
            ? in.symptoms()
            : Boolean.TRUE.equals(in.useDescription()) ? issue.description() : null;
    List<String> skus = in.skus();
    if (skus == null) {
      skus =
          issue.sku() != null && catalog.search().bySku(issue.sku(), PriceContext.NONE) != null
              ? List.of(issue.sku())
              : List.of();
    }
    // the partner's own words (its subject, its description) only when the channel manager asks
    boolean partnersText = Boolean.TRUE.equals(in.useDescription());
    SolutionContent content =
        content(
            Checks.clean(in.title()) != null ? in.title() : partnersText ? issue.subject() : null,
            symptoms,
            Checks.clean(in.steps()) != null ? in.steps() : issue.solution(),
            in.categories(),
            skus,
            publish);
    Instant now = clock.now();
    Solution solution = new Solution(content, issueId, caller.username(), now);
    if (publish) {
      solution.publish(caller.username(), now);
    }
    em.persist(solution);
    em.flush();
    em.createNativeQuery("UPDATE service_issue SET solution_id = ? WHERE id = ?")
        .setParameter(1, solution.getId())
        .setParameter(2, issueId)
        .executeUpdate();
    solvedBy(solution.getId(), issueId, now);
    return SolutionView.of(reload(solution.getId()));
  }

  /**
   * An issue solved with a solution of the knowledge base: one more issue it solved — each issue
   * once (a reopened issue solved again with it is the same issue).
   */
  void issueSolved(@Observes IssueChanged change) {
    if (!IssueEvent.SOLVED.equals(change.kind())) {
      return;
    }
    // the issue's own link (the step's transaction holds its row), whoever may see the solution
    Object linked =
        em.createNativeQuery("SELECT solution_id FROM service_issue WHERE id = ?")
            .setParameter(1, change.issueId())
            .getSingleResult();
    if (linked != null && locks.row("solution", ((Number) linked).longValue())) {
      solvedBy(((Number) linked).longValue(), change.issueId(), clock.now());
    }
  }

  /** The issue solved with the solution: counted when it was not yet (INSERT IGNORE). */
  void solvedBy(long solutionId, long issueId, Instant now) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO solution_solve (solution_id, issue_id, at) VALUES (?, ?, ?)")
            .setParameter(1, solutionId)
            .setParameter(2, issueId)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate();
    if (inserted == 1) {
      solvedOnce(solutionId);
    }
  }

  // --- counting ------------------------------------------------------------------------------

  /**
   * "This solved it" from a partner user before an issue was logged: one deflected issue of their
   * partner and one more solve of the solution. The same user's second click on the same solution
   * within {@link #DEFLECTION_WINDOW} counts once.
   */
  public SolutionView deflect(long id, SolutionInput.Deflection body) {
    Caller caller = access.requireUser();
    if (!caller.isPartnerUser()) {
      throw new AccessDeniedException("support.solution.deflectPartnersOnly");
    }
    String sku = body == null ? null : Checks.clean(body.sku());
    Checks checks = new Checks();
    checks.maxLength("sku", sku, 64);
    checks.throwIfAny();
    visible(id);
    locks.row("solution", id);
    Instant now = clock.now();
    boolean counted =
        !em.createNativeQuery(
                "SELECT id FROM solution_deflection WHERE solution_id = ? AND username = ?"
                    + " AND at > ? LIMIT 1")
            .setParameter(1, id)
            .setParameter(2, caller.username())
            .setParameter(3, Timestamp.from(now.minus(DEFLECTION_WINDOW)))
            .getResultList()
            .isEmpty();
    if (!counted) {
      em.createNativeQuery(
              "INSERT INTO solution_deflection (solution_id, partner_id, username, sku, at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, caller.partnerId())
          .setParameter(3, caller.username())
          .setParameter(4, sku == null ? null : sku.toUpperCase(Locale.ROOT))
          .setParameter(5, Timestamp.from(now))
          .executeUpdate();
      solvedOnce(id);
    }
    return SolutionView.of(reload(id));
  }

  /**
   * One more issue solved with the solution. A plain SQL increment under the row lock: the count is
   * not the solution's content, so it does not make a channel manager's open edit stale.
   */
  void solvedOnce(long id) {
    em.createNativeQuery("UPDATE solution SET solved_count = solved_count + 1 WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }

  // --- helpers -------------------------------------------------------------------------------

  private Solution locked(long id) {
    if (!locks.row("solution", id)) {
      throw new RecordNotFoundException(Solution.TYPE, id);
    }
    return reload(id);
  }

  private Solution reload(long id) {
    Solution solution = em.find(Solution.class, id);
    if (solution == null) {
      throw new RecordNotFoundException(Solution.TYPE, id);
    }
    em.refresh(solution);
    return solution;
  }

  /** The input checked (every problem at once, each naming its field) and normalised. */
  SolutionContent checked(SolutionInput input, boolean publish) {
    return content(
        input.title(), input.symptoms(), input.steps(), input.categories(), input.skus(), publish);
  }

  SolutionContent content(
      String rawTitle,
      String rawSymptoms,
      String rawSteps,
      List<String> rawCategories,
      List<String> rawSkus,
      boolean publish) {
    Checks checks = new Checks();
    String title = Checks.clean(rawTitle);
    String symptoms = Checks.clean(rawSymptoms);
    String steps = Checks.clean(rawSteps);
    checks.text("title", title, true, SolutionContent.MAX_TITLE);
    checks.multiLineText("symptoms", symptoms, publish, SolutionContent.MAX_TEXT);
    checks.multiLineText("steps", steps, true, SolutionContent.MAX_TEXT);
    List<String> categories = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    List<String> givenCategories = rawCategories == null ? List.of() : rawCategories;
    List<String> givenSkus = rawSkus == null ? List.of() : rawSkus;
    if (givenCategories.size() > SolutionContent.MAX_REFS) {
      checks.add("categories", "support.solution.tooMany", SolutionContent.MAX_REFS);
    } else {
      for (int i = 0; i < givenCategories.size(); i++) {
        String field = "categories[" + i + "]";
        String code = Checks.clean(givenCategories.get(i));
        checks.required(field, code).maxLength(field, code, 64);
        if (code != null && code.length() <= 64) {
          String lower = code.toLowerCase(Locale.ROOT);
          if (!categoryCodes.exists(lower)) {
            checks.add(field, "support.solution.unknownCategory", lower);
          } else if (!categories.contains(lower)) {
            categories.add(lower);
          }
        }
      }
    }
    if (givenSkus.size() > SolutionContent.MAX_REFS) {
      checks.add("skus", "support.solution.tooMany", SolutionContent.MAX_REFS);
    } else {
      for (int i = 0; i < givenSkus.size(); i++) {
        String field = "skus[" + i + "]";
        String sku = Checks.clean(givenSkus.get(i));
        checks.required(field, sku).maxLength(field, sku, 64);
        if (sku != null && sku.length() <= 64) {
          ProductView product = catalog.search().bySku(sku, PriceContext.NONE);
          if (product == null) {
            checks.add(field, "support.solution.unknownSku", sku);
          } else if (!skus.contains(product.sku())) {
            skus.add(product.sku());
          }
        }
      }
    }
    checks.throwIfAny();
    return new SolutionContent(title, symptoms, steps, categories, skus);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
