package org.channelport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.partner.PartnerTier;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/** The discount off the base price that every partner of a tier gets. */
@Entity
@Table(name = "tier_discount")
public class TierDiscount extends AuditedEntity implements Versioned {
  @Id
  @Enumerated(EnumType.STRING)
  private PartnerTier tier;

  @Column(name = "discount_pct")
  private BigDecimal discountPct;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected TierDiscount() {}

  public void change(BigDecimal pct, String by, Instant now) {
    this.discountPct = pct;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  @Override
  public String auditType() {
    return "TierDiscount";
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
    state.put("discountPct", discountPct);
    return state;
  }

  public PartnerTier getTier() {
    return tier;
  }

  public BigDecimal getDiscountPct() {
    return discountPct;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.stale", tier.code());
  }
}
