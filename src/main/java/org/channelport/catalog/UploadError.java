package org.channelport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.channelport.shared.Messages;

/** One bad row of an upload, as stored for the report. */
@Entity
@Table(name = "catalog_upload_error")
@IdClass(UploadError.Key.class)
public class UploadError {
  /** The composite key: upload and position in its report. */
  public static class Key implements Serializable {
    private Long uploadId;
    private Integer seq;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(uploadId, k.uploadId)
          && Objects.equals(seq, k.seq);
    }

    @Override
    public int hashCode() {
      return Objects.hash(uploadId, seq);
    }
  }

  @Id
  @Column(name = "upload_id")
  private Long uploadId;

  @Id private Integer seq;

  private long line;
  private String sku;
  private String field;

  @Column(name = "reason_key")
  private String reasonKey;

  @Column(name = "reason_args")
  private String reasonArgs;

  private String reason;

  protected UploadError() {}

  public long getLine() {
    return line;
  }

  public String getSku() {
    return sku;
  }

  public String getField() {
    return field;
  }

  /** In English, as stored. */
  public String getReason() {
    return reason;
  }

  public String reason(Locale locale) {
    return Messages.text(locale, reasonKey, Args.split(reasonArgs));
  }

  public int getSeq() {
    return seq;
  }
}
