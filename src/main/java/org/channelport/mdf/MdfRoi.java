package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.deal.DealCampaignFigures;
import org.channelport.deal.DealRegistrationService;
import org.channelport.lead.CampaignFigures;
import org.channelport.lead.LeadService;
import org.channelport.order.CampaignRevenue;
import org.channelport.order.OrderService;
import org.channelport.security.AccessRules;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;

/**
 * The return on funded activities, filled from the portal's own records: the leads, deal
 * registrations and orders that carry an activity's campaign code, over what was paid for it. Per
 * activity (fund request), per partner and per program, in the caller's scope only: the requests
 * are the caller's (through {@link MdfRequests}), and so are the figures (each capability's service
 * scopes its own), matched by partner and code, so another partner's results never count even when
 * it uses the same code.
 *
 * <p>ROI = (won value + order revenue) / paid, as a ratio (2.5 = two and a half times what was
 * paid); null when nothing has been paid, or when no campaign code says what to count. The pipeline
 * (open leads, registrations awaiting a decision) stands beside it. Money is in the program's
 * currency; leads in another currency are counted, their amounts are not mixed in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MdfRoi {
  /** Requests whose activity was funded (or is): approved, then closed or expired. */
  static final Set<MdfRequestStatus> FUNDED =
      EnumSet.of(MdfRequestStatus.APPROVED, MdfRequestStatus.CLOSED, MdfRequestStatus.EXPIRED);

  private static final int CHUNK = 500;

  EntityManager em;
  AccessRules access;
  MdfRequests requests;
  LeadService leads;
  DealRegistrationService deals;
  OrderService orders;

  /** For the container's proxies. */
  protected MdfRoi() {}

  @Inject
  public MdfRoi(
      EntityManager em,
      AccessRules access,
      MdfRequests requests,
      LeadService leads,
      DealRegistrationService deals,
      OrderService orders) {
    this.em = em;
    this.access = access;
    this.requests = requests;
    this.leads = leads;
    this.deals = deals;
    this.orders = orders;
  }

  /** ROI per funded activity of the caller's scope (optionally of one program, one partner). */
  public List<RoiView> activities(Long programId, Long partnerId) {
    List<RoiInput> inputs = inputs(programId, partnerId);
    return activities(inputs, results(inputs));
  }

  /** ROI per partner (and currency) over its funded activities. */
  public List<RoiView> partners(Long programId, Long partnerId) {
    List<RoiInput> inputs = inputs(programId, partnerId);
    return rollup(inputs, results(inputs), false);
  }

  /** ROI per program (and currency) over its funded activities. */
  public List<RoiView> programs(Long programId, Long partnerId) {
    List<RoiInput> inputs = inputs(programId, partnerId);
    return rollup(inputs, results(inputs), true);
  }

  // --- reading ------------------------------------------------------------------------------

  /** The caller's funded requests with what was paid for each, oldest first. */
  List<RoiInput> inputs(Long programId, Long partnerId) {
    access.requireUser();
    Map<String, String> filters = new HashMap<>();
    filters.put(
        "status", FUNDED.stream().map(MdfRequestStatus::code).collect(Collectors.joining(",")));
    if (programId != null) {
      filters.put("programId", String.valueOf(programId));
    }
    if (partnerId != null) {
      filters.put("partnerId", String.valueOf(partnerId));
    }
    List<RequestView> funded = new ArrayList<>();
    for (int first = 0; ; first += PageRequest.MAX_SIZE) {
      Page<RequestView> page =
          requests.list(new PageRequest(first, PageRequest.MAX_SIZE, "submittedAt", true, filters));
      funded.addAll(page.rows());
      if (page.rows().size() < PageRequest.MAX_SIZE || funded.size() >= page.total()) {
        break;
      }
    }
    Map<Long, BigDecimal> paid = paid(funded.stream().map(RequestView::id).toList());
    return funded.stream()
        .map(
            r ->
                new RoiInput(
                    r.id(),
                    r.title(),
                    r.partnerId(),
                    r.programId(),
                    r.programName(),
                    r.campaignCode(),
                    r.currency(),
                    paid.getOrDefault(r.id(), BigDecimal.ZERO)))
        .toList();
  }

  /**
   * What was paid per request: the entries credited to a paid account for it less those debited
   * from one (reversals). One aggregate per {@value #CHUNK} requests, no entries loaded.
   */
  Map<Long, BigDecimal> paid(List<Long> requestIds) {
    Map<Long, BigDecimal> paid = new HashMap<>();
    for (int i = 0; i < requestIds.size(); i += CHUNK) {
      List<Long> chunk = requestIds.subList(i, Math.min(requestIds.size(), i + CHUNK));
      Query query =
          em.createNativeQuery(
              "SELECT e.request_id,"
                  + " COALESCE(SUM(CASE WHEN c.kind = 'paid' THEN e.amount ELSE 0 END), 0)"
                  + " - COALESCE(SUM(CASE WHEN d.kind = 'paid' THEN e.amount ELSE 0 END), 0)"
                  + " FROM mdf_journal_entry e"
                  + " JOIN mdf_account d ON d.id = e.debit_account_id"
                  + " JOIN mdf_account c ON c.id = e.credit_account_id"
                  + " WHERE e.request_id IN ("
                  + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                  + ") AND (c.kind = 'paid' OR d.kind = 'paid')"
                  + " GROUP BY e.request_id");
      for (int p = 0; p < chunk.size(); p++) {
        query.setParameter(p + 1, chunk.get(p));
      }
      for (Object row : query.getResultList()) {
        Object[] r = (Object[]) row;
        paid.put(((Number) r[0]).longValue(), decimal(r[1]));
      }
    }
    return paid;
  }

  /** The figures of the inputs' campaign codes, from the lead, deal and order services. */
  CampaignResults results(List<RoiInput> inputs) {
    Set<String> codes = new LinkedHashSet<>();
    for (RoiInput in : inputs) {
      if (in.campaignCode() != null) {
        codes.add(in.campaignCode().toUpperCase(Locale.ROOT));
      }
    }
    if (codes.isEmpty()) {
      return CampaignResults.of(List.of(), List.of(), List.of());
    }
    return CampaignResults.of(
        leads.campaignFigures(codes), deals.campaignFigures(codes), orders.campaignRevenue(codes));
  }

  // --- the arithmetic (pure: unit-tested) ---------------------------------------------------

  /** One row per activity, in the inputs' order. */
  static List<RoiView> activities(List<RoiInput> inputs, CampaignResults results) {
    List<RoiView> rows = new ArrayList<>();
    for (RoiInput in : inputs) {
      Key key = Key.of(in.partnerId(), in.campaignCode());
      Sums sums = new Sums(in.currency());
      if (key != null) {
        sums.add(results, key);
      }
      BigDecimal paid = nonNull(in.paid());
      rows.add(
          new RoiView(
              in.requestId(),
              in.title(),
              in.programId(),
              in.partnerId(),
              key == null ? null : key.code(),
              sums.leads,
              sums.deals,
              sums.pipeline,
              sums.won,
              sums.orders,
              paid,
              key == null ? null : roi(sums.won, sums.orders, paid),
              in.currency()));
    }
    return rows;
  }

  /**
   * One row per partner (or program) and currency: every activity's payment counts, each campaign
   * of a partner once (two activities of one partner with one code share their results). ROI null
   * when nothing was paid or none of the activities has a campaign code.
   */
  static List<RoiView> rollup(List<RoiInput> inputs, CampaignResults results, boolean byProgram) {
    Map<List<Object>, List<RoiInput>> groups = new LinkedHashMap<>();
    for (RoiInput in : inputs) {
      List<Object> group =
          List.of(byProgram ? in.programId() : in.partnerId(), String.valueOf(in.currency()));
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(in);
    }
    List<RoiView> rows = new ArrayList<>();
    for (List<RoiInput> group : groups.values()) {
      RoiInput first = group.get(0);
      Sums sums = new Sums(first.currency());
      Set<Key> counted = new LinkedHashSet<>();
      BigDecimal paid = BigDecimal.ZERO;
      for (RoiInput in : group) {
        paid = paid.add(nonNull(in.paid()));
        Key key = Key.of(in.partnerId(), in.campaignCode());
        if (key != null && counted.add(key)) {
          sums.add(results, key);
        }
      }
      rows.add(
          new RoiView(
              null,
              byProgram ? first.programName() : null,
              byProgram ? first.programId() : null,
              byProgram ? null : first.partnerId(),
              null,
              sums.leads,
              sums.deals,
              sums.pipeline,
              sums.won,
              sums.orders,
              paid,
              counted.isEmpty() ? null : roi(sums.won, sums.orders, paid),
              first.currency()));
    }
    return rows;
  }

  /** (won + orders) / paid, to 2 decimals (half up); null when nothing (or less) was paid. */
  static BigDecimal roi(BigDecimal won, BigDecimal orders, BigDecimal paid) {
    if (paid == null || paid.signum() <= 0) {
      return null;
    }
    return nonNull(won).add(nonNull(orders)).divide(paid, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal nonNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d
        ? d
        : value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  /** A partner's campaign: results are matched on both, never on the code alone. */
  record Key(long partnerId, String code) {
    static Key of(Long partnerId, String code) {
      return partnerId == null || code == null || code.isBlank()
          ? null
          : new Key(partnerId, code.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** What one key brought in one currency: pipeline, won value, order revenue. */
  record Money3(BigDecimal pipeline, BigDecimal won, BigDecimal orders) {
    static final Money3 ZERO = new Money3(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    Money3 plus(Money3 o) {
      return new Money3(pipeline.add(o.pipeline), won.add(o.won), orders.add(o.orders));
    }
  }

  /**
   * The figures of the lead, deal and order services, by partner's campaign: counts over every
   * currency, amounts per currency.
   */
  record CampaignResults(
      Map<Key, Long> leads, Map<Key, Long> deals, Map<Key, Map<String, Money3>> money) {

    static CampaignResults of(
        Collection<CampaignFigures> leadFigures,
        Collection<DealCampaignFigures> dealFigures,
        Collection<CampaignRevenue> revenue) {
      Map<Key, Long> leads = new HashMap<>();
      Map<Key, Long> deals = new HashMap<>();
      Map<Key, Map<String, Money3>> money = new HashMap<>();
      for (CampaignFigures f : leadFigures) {
        Key key = Key.of(f.partnerId(), f.campaignCode());
        if (key != null) {
          leads.merge(key, f.leads(), Long::sum);
          add(money, key, f.currency(), new Money3(f.pipeline(), f.wonValue(), BigDecimal.ZERO));
        }
      }
      for (DealCampaignFigures f : dealFigures) {
        Key key = Key.of(f.partnerId(), f.campaignCode());
        if (key != null) {
          deals.merge(key, f.registrations(), Long::sum);
          add(
              money,
              key,
              f.currency(),
              new Money3(f.pendingValue(), BigDecimal.ZERO, BigDecimal.ZERO));
        }
      }
      for (CampaignRevenue r : revenue) {
        Key key = Key.of(r.partnerId(), r.campaignCode());
        if (key != null) {
          add(money, key, r.currency(), new Money3(BigDecimal.ZERO, BigDecimal.ZERO, r.revenue()));
        }
      }
      return new CampaignResults(leads, deals, money);
    }

    private static void add(
        Map<Key, Map<String, Money3>> money, Key key, String currency, Money3 amounts) {
      if (currency == null) {
        return; // no amount without a currency (a lead with no estimated value)
      }
      Money3 clean =
          new Money3(
              nonNull(amounts.pipeline()), nonNull(amounts.won()), nonNull(amounts.orders()));
      money
          .computeIfAbsent(key, k -> new HashMap<>())
          .merge(currency.toUpperCase(Locale.ROOT), clean, Money3::plus);
    }

    Money3 in(Key key, String currency) {
      if (currency == null) {
        return Money3.ZERO;
      }
      return money
          .getOrDefault(key, Map.of())
          .getOrDefault(currency.toUpperCase(Locale.ROOT), Money3.ZERO);
    }
  }

  /** Running sums while a row is made. */
  private static final class Sums {
    final String currency;
    long leads;
    long deals;
    BigDecimal pipeline = BigDecimal.ZERO;
    BigDecimal won = BigDecimal.ZERO;
    BigDecimal orders = BigDecimal.ZERO;

    Sums(String currency) {
      this.currency = currency;
    }

    void add(CampaignResults results, Key key) {
      leads += results.leads().getOrDefault(key, 0L);
      deals += results.deals().getOrDefault(key, 0L);
      Money3 m = results.in(key, currency);
      pipeline = pipeline.add(m.pipeline());
      won = won.add(m.won());
      orders = orders.add(m.orders());
    }
  }
}
