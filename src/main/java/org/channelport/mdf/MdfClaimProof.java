package org.channelport.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proof-of-performance file of a claim, kept by the platform's file store: its kind (invoice,
 * attendee list, …), the type recognised from its bytes, the client's name (metadata only).
 */
@Entity
@Table(name = "mdf_claim_proof")
public class MdfClaimProof {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_claim_proof_ids")
  private Long id;

  @Column(name = "claim_id")
  private Long claimId;

  @Convert(converter = MdfCodes.ProofKinds.class)
  private MdfProofKind kind;

  @Column(name = "file_id")
  private Long fileId;

  private String name;

  @Column(name = "content_type")
  private String contentType;

  private long size;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected MdfClaimProof() {}

  MdfClaimProof(
      long claimId,
      MdfProofKind kind,
      long fileId,
      String name,
      String contentType,
      long size,
      String createdBy,
      Instant createdAt) {
    this.claimId = claimId;
    this.kind = kind;
    this.fileId = fileId;
    this.name = name;
    this.contentType = contentType;
    this.size = size;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getClaimId() {
    return claimId;
  }

  public MdfProofKind getKind() {
    return kind;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
