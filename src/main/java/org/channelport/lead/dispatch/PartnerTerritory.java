package org.channelport.lead.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;

/** Where a partner takes rule leads: a country, optionally a region or a postcode prefix. */
@Entity
@Table(name = "partner_territory")
public class PartnerTerritory extends AuditedEntity implements PartnerOwned {
  @Id
  @GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "partner_territory_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  private String country;
  private String region;

  @Column(name = "postcode_prefix")
  private String postcodePrefix;

  protected PartnerTerritory() {}

  public PartnerTerritory(Long partnerId, String country, String region, String postcodePrefix) {
    this.partnerId = partnerId;
    this.country = country;
    this.region = region;
    this.postcodePrefix = postcodePrefix;
  }

  public Long getId() {
    return id;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getCountry() {
    return country;
  }

  public String getRegion() {
    return region;
  }

  public String getPostcodePrefix() {
    return postcodePrefix;
  }

  /** "DE", "DE · Bavaria", "DE 8…". */
  public String getLabel() {
    return country
        + (region == null ? "" : " · " + region)
        + (postcodePrefix == null ? "" : " " + postcodePrefix + "…");
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "PartnerTerritory";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("partnerId", partnerId);
    state.put("country", country);
    state.put("region", region);
    state.put("postcodePrefix", postcodePrefix);
    return state;
  }
}
