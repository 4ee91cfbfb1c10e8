package org.channelport.lead.dispatch.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.lead.dispatch.PartnerTerritory;
import org.channelport.lead.dispatch.RoutingService;
import org.channelport.lead.dispatch.RoutingService.RoutingRow;
import org.channelport.lead.dispatch.TierPolicy;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.web.FacesMessages;
import org.channelport.platform.web.ServiceLazyModel;

/** The routing page: per partner capacity, opt-in and territories; the tier policy. */
@Named
@ViewScoped
public class RoutingBean implements Serializable {
  @Inject RoutingService routing;

  private ServiceLazyModel<RoutingRow> model;
  private RoutingRow selected;
  private Integer maxOpenLeads;
  private boolean takesRuleLeads;
  private String country;
  private String region;
  private String postcodePrefix;
  private List<TierPolicy> tiers;
  private final Map<PartnerTier, Integer[]> tierEdits = new HashMap<>();

  @PostConstruct
  void init() {
    model = ServiceLazyModel.of(routing::count, routing::rows, RoutingRow::partnerId);
  }

  public ServiceLazyModel<RoutingRow> getModel() {
    return model;
  }

  public void select(Long partnerId) {
    selected = routing.row(partnerId);
    maxOpenLeads = selected.maxOpenLeads();
    takesRuleLeads = selected.takesRuleLeads();
    country = selected.country();
    region = null;
    postcodePrefix = null;
  }

  public void saveRouting() {
    routing.saveRouting(
        selected.partnerId(), maxOpenLeads, takesRuleLeads, selected.routingVersion());
    FacesMessages.info("routing.saved", selected.name());
    select(selected.partnerId());
  }

  public void addTerritory() {
    PartnerTerritory added =
        routing.addTerritory(selected.partnerId(), country, region, postcodePrefix);
    FacesMessages.info("routing.territory.added", added.getLabel(), selected.name());
    select(selected.partnerId());
  }

  public void removeTerritory(Long territoryId) {
    routing.removeTerritory(territoryId);
    FacesMessages.info("routing.territory.removed", selected.name());
    select(selected.partnerId());
  }

  public List<TierPolicy> getTiers() {
    if (tiers == null) {
      tiers = routing.tierPolicies();
      tierEdits.clear();
      tiers.forEach(
          t ->
              tierEdits.put(
                  t.getTier(), new Integer[] {t.getDispatchWeight(), t.getAcceptSlaHours()}));
    }
    return tiers;
  }

  /** The edited weight and hours of a tier, bound by the tier table's inputs. */
  public Map<PartnerTier, Integer[]> getTierEdits() {
    return tierEdits;
  }

  public void saveTier(TierPolicy tier) {
    Integer[] edit = tierEdits.get(tier.getTier());
    routing.saveTierPolicy(tier.getTier(), edit[0], edit[1], tier.getVersion());
    FacesMessages.info("routing.tier.saved", tier.getTier().code());
    tiers = null;
  }

  public RoutingRow getSelected() {
    return selected;
  }

  public Integer getMaxOpenLeads() {
    return maxOpenLeads;
  }

  public void setMaxOpenLeads(Integer maxOpenLeads) {
    this.maxOpenLeads = maxOpenLeads;
  }

  public boolean isTakesRuleLeads() {
    return takesRuleLeads;
  }

  public void setTakesRuleLeads(boolean takesRuleLeads) {
    this.takesRuleLeads = takesRuleLeads;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPostcodePrefix() {
    return postcodePrefix;
  }

  public void setPostcodePrefix(String postcodePrefix) {
    this.postcodePrefix = postcodePrefix;
  }
}
