package org.channelport.lead.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of dispatch, with no database: (1) strict filters — territory, specialisation, active
 * (and taking rule leads), capacity left, not excluded from the lead; (2) a score for each partner
 * left — its tier weight scaled by its recent acceptance rate, with its capacity left beside it;
 * (3) a pick among them: weighted least-loaded, the partner with the smallest {@code (open +
 * assigned in this run + 1) / score}, ties to more capacity left, then to the lowest id.
 *
 * <p>The ladder keeps no state beyond one run: the open leads come from the database at the start
 * of every run, and the run counts what it hands out, so a restart or a bulk run of thousands of
 * leads spreads the work as the weights say instead of sending it all to one partner.
 */
public final class DispatchLadder {
  /** The strict filters, in the order they apply. */
  public static final List<String> FILTERS =
      List.of("territory", "specialisation", "active", "capacity", "notExcluded");

  /** How many runners-up an explanation names. */
  public static final int RUNNERS_UP = 3;

  /** A country, optionally narrowed to a region or to postcodes starting with a prefix. */
  public record Territory(String country, String region, String postcodePrefix) {
    public Territory {
      country = upper(country);
      region = blankToNull(region);
      postcodePrefix = blankToNull(postcodePrefix);
    }

    boolean covers(LeadFacts lead) {
      if (country == null || !country.equals(lead.country())) {
        return false;
      }
      if (region != null && !region.equalsIgnoreCase(nullToEmpty(lead.region()))) {
        return false;
      }
      return postcodePrefix == null
          || postcodeKey(lead.postcode()).startsWith(postcodeKey(postcodePrefix));
    }
  }

  /**
   * What the rules know of a partner at the start of a run. {@code acceptanceRate} is null when the
   * partner has no recent history (then it counts as neutral).
   */
  public record PartnerFacts(
      long id,
      String name,
      boolean active,
      boolean takesRuleLeads,
      int tierWeight,
      int maxOpenLeads,
      int openLeads,
      Double acceptanceRate,
      String homeCountry,
      List<Territory> territories,
      Set<String> specialisations) {
    public PartnerFacts {
      territories = territories == null ? List.of() : List.copyOf(territories);
      specialisations = specialisations == null ? Set.of() : Set.copyOf(specialisations);
      homeCountry = upper(homeCountry);
      if (tierWeight < 1) {
        throw new IllegalArgumentException("tier weight must be at least 1: " + tierWeight);
      }
    }

    /** The territories that count: its own rows, or its home country when it has none. */
    List<Territory> effectiveTerritories() {
      return territories.isEmpty() ? List.of(new Territory(homeCountry, null, null)) : territories;
    }

    /** The score: the tier weight, scaled between ×0.5 and ×1.5 by the acceptance rate. */
    public double score() {
      return DispatchLadder.score(tierWeight, acceptanceRate);
    }
  }

  /** The lead to place, and the partners that must not get it (declined it or let it lapse). */
  public record LeadFacts(
      long id,
      String country,
      String region,
      String postcode,
      String category,
      Collection<Long> excluded) {
    public LeadFacts {
      country = upper(country);
      category = blankToNull(category) == null ? null : category.strip().toLowerCase(Locale.ROOT);
      excluded = excluded == null ? Set.of() : excluded;
    }
  }

  /** A partner that passed every filter, as the pick saw it. */
  public record Ranked(PartnerFacts partner, int load, int capacityLeft, double score) {
    double key() {
      return (load + 1) / score;
    }
  }

  /**
   * The outcome for one lead: the chosen partner (or null), the runners-up, and how many partners
   * each filter removed.
   */
  public record Decision(
      LeadFacts lead, Ranked chosen, List<Ranked> runnersUp, Map<String, Integer> removedBy) {
    public boolean dispatched() {
      return chosen != null;
    }
  }

  private static final Comparator<Ranked> PICK_ORDER =
      Comparator.comparingDouble(Ranked::key)
          .thenComparing(Comparator.comparingInt(Ranked::capacityLeft).reversed())
          .thenComparingLong(r -> r.partner().id());

  private final List<PartnerFacts> partners;
  private final Map<String, List<Integer>> byCountry = new HashMap<>();
  private final int[] assignedInRun;

  public DispatchLadder(List<PartnerFacts> partners) {
    this.partners = List.copyOf(partners);
    this.assignedInRun = new int[this.partners.size()];
    for (int i = 0; i < this.partners.size(); i++) {
      Set<String> countries = new LinkedHashSet<>();
      for (Territory t : this.partners.get(i).effectiveTerritories()) {
        if (t.country() != null) {
          countries.add(t.country());
        }
      }
      for (String country : countries) {
        byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The score of a tier weight and an acceptance rate (null: no history, neutral). */
  public static double score(int tierWeight, Double acceptanceRate) {
    double rate = acceptanceRate == null ? 0.5 : Math.max(0, Math.min(1, acceptanceRate));
    return tierWeight * (0.5 + rate);
  }

  /**
   * Decides one lead and, when a partner is chosen, counts it against that partner for the rest of
   * the run.
   */
  public Decision decide(LeadFacts lead) {
    Map<String, Integer> removed = new LinkedHashMap<>();
    FILTERS.forEach(f -> removed.put(f, 0));
    List<Integer> inCountry = byCountry.getOrDefault(lead.country(), List.of());
    int territoryMisses = partners.size() - inCountry.size();
    List<Ranked> ranked = new ArrayList<>();
    List<Integer> rankedIndex = new ArrayList<>();
    for (int i : inCountry) {
      PartnerFacts p = partners.get(i);
      String failed = firstFailedFilter(p, i, lead);
      if (failed != null) {
        removed.merge(failed, 1, Integer::sum);
        continue;
      }
      int load = p.openLeads() + assignedInRun[i];
      ranked.add(new Ranked(p, load, p.maxOpenLeads() - load, p.score()));
      rankedIndex.add(i);
    }
    removed.merge("territory", territoryMisses, Integer::sum);
    if (ranked.isEmpty()) {
      return new Decision(lead, null, List.of(), removed);
    }
    Ranked best = ranked.get(0);
    int bestIndex = rankedIndex.get(0);
    for (int k = 1; k < ranked.size(); k++) {
      if (PICK_ORDER.compare(ranked.get(k), best) < 0) {
        best = ranked.get(k);
        bestIndex = rankedIndex.get(k);
      }
    }
    assignedInRun[bestIndex]++;
    Ranked chosen = best;
    List<Ranked> runnersUp =
        ranked.stream().filter(r -> r != chosen).sorted(PICK_ORDER).limit(RUNNERS_UP).toList();
    return new Decision(lead, chosen, runnersUp, removed);
  }

  /** How many leads this run has handed to each partner so far, by partner id. */
  public Map<Long, Integer> assignedInRun() {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < partners.size(); i++) {
      if (assignedInRun[i] > 0) {
        counts.put(partners.get(i).id(), assignedInRun[i]);
      }
    }
    return counts;
  }

  private String firstFailedFilter(PartnerFacts p, int index, LeadFacts lead) {
    if (p.effectiveTerritories().stream().noneMatch(t -> t.covers(lead))) {
      return "territory";
    }
    if (lead.category() != null && !p.specialisations().contains(lead.category())) {
      return "specialisation";
    }
    if (!p.active() || !p.takesRuleLeads()) {
      return "active";
    }
    if (p.maxOpenLeads() - p.openLeads() - assignedInRun[index] <= 0) {
      return "capacity";
    }
    if (lead.excluded().contains(p.id())) {
      return "notExcluded";
    }
    return null;
  }

  private static String upper(String text) {
    String t = blankToNull(text);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text.strip();
  }

  /** Postcodes compare without spaces and dashes, case-insensitively ("LT-01100" ~ "lt01100"). */
  static String postcodeKey(String postcode) {
    return postcode == null
        ? ""
        : postcode.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
  }
}
