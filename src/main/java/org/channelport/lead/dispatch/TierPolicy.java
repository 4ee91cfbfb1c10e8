package org.channelport.lead.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.partner.PartnerTier;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/** Per partner tier: its weight in rule dispatch and how long its partners have to accept. */
@Entity
@Table(name = "tier_policy")
public class TierPolicy extends AuditedEntity implements Versioned {
  @Id
  @Enumerated(EnumType.STRING)
  private PartnerTier tier;

  @Column(name = "dispatch_weight")
  private int dispatchWeight;

  @Column(name = "accept_sla_hours")
  private int acceptSlaHours;

  @Version private long version;

  protected TierPolicy() {}

  public PartnerTier getTier() {
    return tier;
  }

  public int getDispatchWeight() {
    return dispatchWeight;
  }

  public int getAcceptSlaHours() {
    return acceptSlaHours;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return PartnerRouting.stale();
  }

  public void change(int weight, int slaHours) {
    this.dispatchWeight = weight;
    this.acceptSlaHours = slaHours;
  }

  @Override
  public String auditType() {
    return "TierPolicy";
  }

  @Override
  public Object auditId() {
    return tier;
  }

  @Override
  public Long auditPartnerId() {
    return null;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("dispatchWeight", dispatchWeight);
    state.put("acceptSlaHours", acceptSlaHours);
    return state;
  }
}
