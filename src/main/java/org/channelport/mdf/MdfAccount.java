package org.channelport.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An account of a program (budget, funding) or of one of its partners (allocation, reserved,
 * payable, paid, forfeited). Its balance is written only by {@link MdfLedger}, with SQL under a row
 * lock, never through this entity (which JPA only inserts and reads).
 */
@Entity
@Table(name = "mdf_account")
public class MdfAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_account_ids")
  private Long id;

  @Column(name = "program_id", updatable = false)
  private Long programId;

  @Column(name = "partner_id", updatable = false)
  private Long partnerId;

  @Convert(converter = MdfCodes.AccountKinds.class)
  @Column(updatable = false)
  private MdfAccountKind kind;

  @Column(updatable = false)
  private String currency;

  @Column(updatable = false)
  private BigDecimal balance = BigDecimal.ZERO;

  @Column(name = "overdraft_limit", updatable = false)
  private BigDecimal overdraftLimit;

  @Column(updatable = false)
  private long version;

  protected MdfAccount() {}

  MdfAccount(
      long programId, Long partnerId, MdfAccountKind kind, String currency, BigDecimal overdraft) {
    if (kind.partnerOwned() != (partnerId != null)) {
      throw new IllegalArgumentException(kind + " account of partner " + partnerId);
    }
    this.programId = programId;
    this.partnerId = partnerId;
    this.kind = kind;
    this.currency = currency;
    this.overdraftLimit = kind == MdfAccountKind.FUNDING ? null : overdraft;
  }

  public Long getId() {
    return id;
  }

  public Long getProgramId() {
    return programId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public MdfAccountKind getKind() {
    return kind;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public BigDecimal getOverdraftLimit() {
    return overdraftLimit;
  }
}
