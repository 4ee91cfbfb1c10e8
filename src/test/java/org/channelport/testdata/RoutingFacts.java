package org.channelport.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.channelport.lead.dispatch.DispatchLadder.LeadFacts;
import org.channelport.lead.dispatch.DispatchLadder.PartnerFacts;
import org.channelport.lead.dispatch.DispatchLadder.Territory;

/**
 * What the dispatch ladder knows of partners and leads, for unit tests: {@code
 * aRoutingPartner(1).weight(4).open(3).facts()}, {@code aRoutingLead().in("AT").postcode("1030")
 * .facts()}.
 */
public final class RoutingFacts {
  private RoutingFacts() {}

  /** An active partner in Germany taking rule leads, no history: weight 1, 50 open at most. */
  public static PartnerBuilder aRoutingPartner(long id) {
    return new PartnerBuilder(id);
  }

  /** Lead 1 in Germany, 10115 Berlin's postcode, networking; nobody excluded. */
  public static LeadBuilder aRoutingLead() {
    return new LeadBuilder().postcode("10115").category("networking");
  }

  /** Lead {@code id} in Germany with nothing else known (no region, postcode or category). */
  public static LeadBuilder aBareRoutingLead(long id) {
    return new LeadBuilder().id(id);
  }

  public static final class PartnerBuilder {
    private final long id;
    private String name;
    private boolean active = true;
    private boolean takes = true;
    private int weight = 1;
    private int max = 50;
    private int open = 0;
    private Double rate;
    private String home = "DE";
    private final List<Territory> territories = new ArrayList<>();
    private Set<String> specialisations = Set.of("networking", "security");

    private PartnerBuilder(long id) {
      this.id = id;
      this.name = "Partner " + id;
    }

    public PartnerBuilder weight(int w) {
      this.weight = w;
      return this;
    }

    public PartnerBuilder open(int o) {
      this.open = o;
      return this;
    }

    public PartnerBuilder max(int m) {
      this.max = m;
      return this;
    }

    public PartnerBuilder suspended() {
      this.active = false;
      return this;
    }

    public PartnerBuilder noRuleLeads() {
      this.takes = false;
      return this;
    }

    public PartnerBuilder rate(Double r) {
      this.rate = r;
      return this;
    }

    public PartnerBuilder home(String c) {
      this.home = c;
      return this;
    }

    public PartnerBuilder territory(String country, String region, String prefix) {
      territories.add(new Territory(country, region, prefix));
      return this;
    }

    public PartnerBuilder specialisations(String... s) {
      this.specialisations = Set.of(s);
      return this;
    }

    public PartnerFacts facts() {
      return new PartnerFacts(
          id, name, active, takes, weight, max, open, rate, home, territories, specialisations);
    }
  }

  public static final class LeadBuilder {
    private long id = 1;
    private String country = "DE";
    private String region;
    private String postcode;
    private String category;
    private Set<Long> excluded = Set.of();

    private LeadBuilder() {}

    public LeadBuilder id(long id) {
      this.id = id;
      return this;
    }

    public LeadBuilder in(String country) {
      this.country = country;
      return this;
    }

    public LeadBuilder region(String region) {
      this.region = region;
      return this;
    }

    public LeadBuilder postcode(String postcode) {
      this.postcode = postcode;
      return this;
    }

    public LeadBuilder category(String category) {
      this.category = category;
      return this;
    }

    /** The partners that declined the lead or let it lapse. */
    public LeadBuilder excluding(Long... partners) {
      this.excluded = Set.of(partners);
      return this;
    }

    public LeadFacts facts() {
      return new LeadFacts(id, country, region, postcode, category, excluded);
    }
  }
}
