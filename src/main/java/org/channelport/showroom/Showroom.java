package org.channelport.showroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/**
 * A partner's public showroom: its address (slug), co-branding (intro, contact; the logo is kept
 * beside it), and the public price: the base price adjusted by a percentage the partner chooses.
 */
@Entity
@Table(name = "showroom")
public class Showroom extends AuditedEntity implements PartnerOwned, Versioned {
  @Id
  @Column(name = "partner_id")
  private Long partnerId;

  private String slug;
  private String intro;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "price_adjustment_pct")
  private BigDecimal priceAdjustmentPct;

  @Column(name = "logo_type")
  private String logoType;

  /** The logo in the file store (its type is repeated in logo_type), or null. */
  @Column(name = "logo_file_id")
  private Long logoFileId;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Showroom() {}

  public Showroom(long partnerId, String slug, Instant now) {
    this.partnerId = partnerId;
    this.slug = slug;
    this.priceAdjustmentPct = BigDecimal.ZERO;
    this.updatedAt = now;
  }

  public void change(String intro, String email, String phone, BigDecimal adjustment, Instant now) {
    this.intro = intro;
    this.contactEmail = email;
    this.contactPhone = phone;
    this.priceAdjustmentPct = adjustment;
    this.updatedAt = now;
  }

  void logoChanged(Long fileId, String type, Instant now) {
    this.logoFileId = fileId;
    this.logoType = type;
    this.updatedAt = now;
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "Showroom";
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
    state.put("slug", slug);
    state.put("intro", intro);
    state.put("contactEmail", contactEmail);
    state.put("contactPhone", contactPhone);
    state.put("priceAdjustmentPct", priceAdjustmentPct);
    state.put("logoType", logoType);
    return state;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getSlug() {
    return slug;
  }

  public String getIntro() {
    return intro;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public BigDecimal getPriceAdjustmentPct() {
    return priceAdjustmentPct;
  }

  public String getLogoType() {
    return logoType;
  }

  public Long getLogoFileId() {
    return logoFileId;
  }

  public boolean hasLogo() {
    return logoType != null;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.stale", slug);
  }
}
