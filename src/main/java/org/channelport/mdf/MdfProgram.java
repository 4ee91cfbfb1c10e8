package org.channelport.mdf;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.channelport.audit.AuditedEntity;
import org.channelport.shared.Versioned;

/**
 * A fund program: its period, currency and budget, the activity types it funds, its deadlines and
 * its reimbursement and co-op percentages. Its money is in its accounts ({@link MdfLedger}); {@code
 * budget} is what it was created with.
 */
@Entity
@Table(name = "mdf_program")
public class MdfProgram extends AuditedEntity implements Versioned {
  static final String TYPE = "MdfProgram";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_program_ids")
  private Long id;

  private String name;
  private String period;
  private String currency;
  private BigDecimal budget;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "request_deadline")
  private LocalDate requestDeadline;

  @Column(name = "claim_deadline")
  private LocalDate claimDeadline;

  @Column(name = "reimbursement_pct")
  private BigDecimal reimbursementPct;

  @Column(name = "coop_pct")
  private BigDecimal coopPct;

  @Column(name = "overdraft_limit")
  private BigDecimal overdraftLimit;

  @Column(name = "gl_code")
  private String glCode;

  @Column(name = "payment_method")
  private String paymentMethod;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mdf_program_activity", joinColumns = @JoinColumn(name = "program_id"))
  @Column(name = "activity_type")
  @Convert(converter = MdfCodes.ActivityTypes.class)
  private Set<MdfActivityType> activityTypes = EnumSet.noneOf(MdfActivityType.class);

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected MdfProgram() {}

  MdfProgram(ProgramInput in, String createdBy, Instant now) {
    this.name = in.name();
    this.period = in.period();
    this.currency = in.currency();
    this.budget = in.budget();
    this.startsOn = in.startsOn();
    this.endsOn = in.endsOn();
    this.requestDeadline = in.requestDeadline();
    this.claimDeadline = in.claimDeadline();
    this.reimbursementPct = in.reimbursementPct();
    this.coopPct = in.coopPct() == null ? BigDecimal.ZERO : in.coopPct();
    this.overdraftLimit = in.overdraftLimit() == null ? BigDecimal.ZERO : in.overdraftLimit();
    this.glCode = in.glCode();
    this.paymentMethod = in.paymentMethod();
    this.activityTypes = EnumSet.copyOf(in.activityTypes());
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Whether requests may still be made on {@code day}. */
  public boolean takesRequestsOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(requestDeadline);
  }

  /** Whether the period is over on {@code day}: what is left available is forfeited. */
  public boolean endedBy(LocalDate day) {
    return day.isAfter(endsOn);
  }

  public boolean funds(MdfActivityType type) {
    return activityTypes.contains(type);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPeriod() {
    return period;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public LocalDate getRequestDeadline() {
    return requestDeadline;
  }

  public LocalDate getClaimDeadline() {
    return claimDeadline;
  }

  public BigDecimal getReimbursementPct() {
    return reimbursementPct;
  }

  public BigDecimal getCoopPct() {
    return coopPct;
  }

  public BigDecimal getOverdraftLimit() {
    return overdraftLimit;
  }

  public String getGlCode() {
    return glCode;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public Set<MdfActivityType> getActivityTypes() {
    return activityTypes.isEmpty()
        ? EnumSet.noneOf(MdfActivityType.class)
        : EnumSet.copyOf(activityTypes);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public org.channelport.shared.ConflictException staleConflict() {
    return Versioned.stale("error.mdf.program.stale", name);
  }

  @Override
  public String auditType() {
    return TYPE;
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return null;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("period", period);
    s.put("currency", currency);
    s.put("budget", budget);
    s.put("startsOn", startsOn);
    s.put("endsOn", endsOn);
    s.put("requestDeadline", requestDeadline);
    s.put("claimDeadline", claimDeadline);
    s.put("reimbursementPct", reimbursementPct);
    s.put("coopPct", coopPct);
    s.put("activityTypes", new TreeSet<>(activityTypes.stream().map(Enum::name).toList()));
    return s;
  }
}
