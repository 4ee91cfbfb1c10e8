package org.channelport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.channelport.shared.Messages;

/**
 * One catalog upload and its job's state. The job writes these rows with plain JDBC while it runs
 * (so that progress is visible outside its transaction); pages and the API read them here.
 */
@Entity
@Table(name = "catalog_upload")
public class CatalogUpload {
  @Id private Long id;

  @Column(name = "file_name")
  private String fileName;

  @Enumerated(EnumType.STRING)
  private CatalogFormat format;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "content_hash")
  private String contentHash;

  @Enumerated(EnumType.STRING)
  private UploadStatus status;

  @Column(name = "apply_valid_rows")
  private boolean applyValidRows;

  @Column(name = "deactivate_missing")
  private boolean deactivateMissing;

  @Column(name = "total_rows")
  private long totalRows;

  @Column(name = "processed_rows")
  private long processedRows;

  private int progress;

  @Column(name = "valid_rows")
  private long validRows;

  @Column(name = "error_rows")
  private long errorRows;

  private long inserted;
  private long updated;
  private long unchanged;
  private long deactivated;
  private String warnings;
  private String message;

  @Column(name = "message_key")
  private String messageKey;

  @Column(name = "message_args")
  private String messageArgs;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected CatalogUpload() {}

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public CatalogFormat getFormat() {
    return format;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getContentHash() {
    return contentHash;
  }

  public UploadStatus getStatus() {
    return status;
  }

  public boolean isApplyValidRows() {
    return applyValidRows;
  }

  public boolean isDeactivateMissing() {
    return deactivateMissing;
  }

  public long getTotalRows() {
    return totalRows;
  }

  public long getProcessedRows() {
    return processedRows;
  }

  public int getProgress() {
    return progress;
  }

  public long getValidRows() {
    return validRows;
  }

  public long getErrorRows() {
    return errorRows;
  }

  public long getInserted() {
    return inserted;
  }

  public long getUpdated() {
    return updated;
  }

  public long getUnchanged() {
    return unchanged;
  }

  public long getDeactivated() {
    return deactivated;
  }

  /** Notes that are not errors (unknown columns and the like), one per line. */
  public List<String> getWarningList() {
    return warnings == null || warnings.isBlank() ? List.of() : Arrays.asList(warnings.split("\n"));
  }

  public String getMessage() {
    return message;
  }

  /** The outcome or refusal in the reader's language. */
  public String message(Locale locale) {
    if (messageKey == null) {
      return message;
    }
    return Messages.text(locale, messageKey, Args.split(messageArgs));
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getVersion() {
    return version;
  }

  public boolean isRunning() {
    return status.running();
  }

  /** Rejected for bad rows, with some good ones: the user may apply those. */
  public boolean isValidRowsApplicable() {
    return status == UploadStatus.REJECTED && errorRows > 0 && validRows > 0;
  }
}
