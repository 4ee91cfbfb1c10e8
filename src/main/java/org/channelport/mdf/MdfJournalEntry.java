package org.channelport.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One double-entry journal entry: {@code amount} moved from the debit account to the credit
 * account, why ({@link #getReason()}), by whom, for which request or claim. Append-only: nothing of
 * it is ever updated (every column is {@code updatable = false}, and the table refuses UPDATE and
 * DELETE); a mistake is corrected by a reversing entry naming this one. Written only by {@link
 * MdfLedger}.
 */
@Entity
@Table(name = "mdf_journal_entry")
public class MdfJournalEntry {
  public static final String FUNDING = "funding";
  public static final String COOP_ACCRUAL = "coop_accrual";
  public static final String ALLOCATION = "allocation";
  public static final String RESERVATION = "reservation";
  public static final String RELEASE = "release";
  public static final String CLAIM_APPROVED = "claim_approved";
  public static final String PAYMENT = "payment";
  public static final String FORFEITURE = "forfeiture";
  public static final String REVERSAL = "reversal";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_journal_entry_ids")
  private Long id;

  /** The table's AUTO_INCREMENT counter: read, never written. */
  @Column(name = "entry_no", insertable = false, updatable = false)
  private Long entryNo;

  @Column(name = "program_id", updatable = false)
  private long programId;

  @Column(name = "partner_id", updatable = false)
  private Long partnerId;

  @Column(name = "debit_account_id", updatable = false)
  private long debitAccountId;

  @Column(name = "credit_account_id", updatable = false)
  private long creditAccountId;

  @Column(updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private String currency;

  @Column(updatable = false)
  private String reason;

  @Column(updatable = false)
  private String note;

  @Column(updatable = false)
  private String actor;

  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(name = "claim_id", updatable = false)
  private Long claimId;

  @Column(name = "reverses_entry_id", updatable = false)
  private Long reversesEntryId;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected MdfJournalEntry() {}

  MdfJournalEntry(
      long programId,
      Long partnerId,
      long debitAccountId,
      long creditAccountId,
      BigDecimal amount,
      String currency,
      String reason,
      String note,
      String actor,
      Long requestId,
      Long claimId,
      Long reversesEntryId,
      Instant createdAt) {
    this.programId = programId;
    this.partnerId = partnerId;
    this.debitAccountId = debitAccountId;
    this.creditAccountId = creditAccountId;
    this.amount = amount;
    this.currency = currency;
    this.reason = reason;
    this.note = note == null ? null : note.substring(0, Math.min(note.length(), 2000));
    this.actor = actor;
    this.requestId = requestId;
    this.claimId = claimId;
    this.reversesEntryId = reversesEntryId;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getEntryNo() {
    return entryNo;
  }

  public long getProgramId() {
    return programId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public long getDebitAccountId() {
    return debitAccountId;
  }

  public long getCreditAccountId() {
    return creditAccountId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public String getActor() {
    return actor;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Long getReversesEntryId() {
    return reversesEntryId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
