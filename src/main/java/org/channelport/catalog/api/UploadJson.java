package org.channelport.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.channelport.catalog.CatalogUpload;
import org.channelport.catalog.UploadError;

/** An upload's state for the API. */
public record UploadJson(
    long id,
    String fileName,
    String format,
    long sizeBytes,
    String status,
    int progress,
    long totalRows,
    long processedRows,
    long validRows,
    long errorRows,
    long inserted,
    long updated,
    long unchanged,
    long deactivated,
    boolean applyValidRows,
    boolean deactivateMissing,
    String message,
    List<String> warnings,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    List<ErrorJson> errors) {

  public record ErrorJson(long line, String sku, String field, String reason) {}

  static UploadJson of(CatalogUpload u, List<UploadError> errors) {
    return new UploadJson(
        u.getId(),
        u.getFileName(),
        u.getFormat().code(),
        u.getSizeBytes(),
        u.getStatus().code(),
        u.getProgress(),
        u.getTotalRows(),
        u.getProcessedRows(),
        u.getValidRows(),
        u.getErrorRows(),
        u.getInserted(),
        u.getUpdated(),
        u.getUnchanged(),
        u.getDeactivated(),
        u.isApplyValidRows(),
        u.isDeactivateMissing(),
        u.message(Locale.ENGLISH),
        u.getWarningList(),
        u.getCreatedBy(),
        u.getCreatedAt(),
        u.getFinishedAt(),
        errors.stream()
            .map(e -> new ErrorJson(e.getLine(), e.getSku(), e.getField(), e.getReason()))
            .toList());
  }
}
