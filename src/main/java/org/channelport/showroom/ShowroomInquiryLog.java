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

  protected ShowroomInquiryLog() {}

  ShowroomInquiryLog(long partnerId, String ipHash, Instant createdAt, Long leadId) {
    this.partnerId = partnerId;
    this.ipHash = ipHash;
    this.createdAt = createdAt;
    this.leadId = leadId;
  }
}
