package org.channelport.lead.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/** A partner's settings for rule dispatch: how many open leads it takes, and whether at all. */
@Entity
@Table(name = "partner_routing")
public class PartnerRouting extends AuditedEntity implements PartnerOwned, Versioned {
  public static final int MAX_OPEN_LIMIT = 1_000_000;

  @Id
  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "max_open_leads")
  private int maxOpenLeads;

  @Column(name = "takes_rule_leads")
  private boolean takesRuleLeads;

  @Version private long version;

  protected PartnerRouting() {}

  /** The defaults a partner has before anyone sets them: 50 open leads, takes rule leads. */
  public PartnerRouting(Long partnerId) {
    this.partnerId = partnerId;
    this.maxOpenLeads = 50;
    this.takesRuleLeads = true;
  }

  public void change(int maxOpenLeads, boolean takesRuleLeads) {
    this.maxOpenLeads = maxOpenLeads;
    this.takesRuleLeads = takesRuleLeads;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public int getMaxOpenLeads() {
    return maxOpenLeads;
  }

  public boolean isTakesRuleLeads() {
    return takesRuleLeads;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return stale();
  }

  /** The conflict of a routing changed (or first saved) by someone else meanwhile. */
  static ConflictException stale() {
    return Versioned.stale("error.routing.stale");
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "PartnerRouting";
  }

  @Override
  public Object auditId() {
    return partnerId;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("maxOpenLeads", maxOpenLeads);
    state.put("takesRuleLeads", takesRuleLeads);
    return state;
  }
}
