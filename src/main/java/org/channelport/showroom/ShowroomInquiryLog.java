package org.channelport.showroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One inquiry sent from a showroom: for the per-address rate limit (the address only hashed). */
@Entity
@Table(name = "showroom_inquiry")
public class ShowroomInquiryLog {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "ip_hash")
  private String ipHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "lead_id")
  private Long leadId;

  /** The campaign whose showroom link the visitor came by, or null. */
  @Column(name = "campaign_code")
  private String campaignCode;

  protected ShowroomInquiryLog() {}

  ShowroomInquiryLog(
      long partnerId, String ipHash, Instant createdAt, Long leadId, String campaignCode) {
    this.partnerId = partnerId;
    this.ipHash = ipHash;
    this.createdAt = createdAt;
    this.leadId = leadId;
    this.campaignCode = campaignCode;
  }
}
