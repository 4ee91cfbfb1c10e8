package org.channelport.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.Money;

/** A partner's contract price for one product, valid from a day and perhaps until a day. */
@Entity
@Table(name = "contract_price")
public class ContractPrice extends AuditedEntity implements PartnerOwned {
  @Id
  @GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "contract_price_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "product_id")
  private Long productId;

  /** In the product's currency, up to four decimals (a unit price). */
  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "price"))
  @AttributeOverride(name = "currency", column = @Column(name = "currency"))
  private Money price;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected ContractPrice() {}

  public ContractPrice(
      long partnerId,
      long productId,
      Money price,
      LocalDate validFrom,
      LocalDate validTo,
      String createdBy,
      Instant now) {
    this.partnerId = partnerId;
    this.productId = productId;
    this.price = price;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
    boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  /** Ends this price the day before {@code day} (a newer price from the ERP starts then). */
  void endBefore(LocalDate day) {
    this.validTo = day.minusDays(1);
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "ContractPrice";
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
    state.put("productId", productId);
    state.put("price", price.amount());
    state.put("currency", price.currency());
    state.put("validFrom", validFrom);
    state.put("validTo", validTo);
    return state;
  }

  public Long getId() {
    return id;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Long getProductId() {
    return productId;
  }

  public Money getPrice() {
    return price;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
