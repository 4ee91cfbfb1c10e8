package org.channelport.platform.files;

import java.time.Instant;

/**
 * A file kept by the {@link FileStore}: its content's SHA-256, the media type recognised from it
 * and its size. The name the client gave is metadata only (sanitised), never a storage path.
 */
public record StoredFile(
    long id,
    String purpose,
    String sha256,
    String mediaType,
    long size,
    String clientName,
    Instant createdAt,
    String createdBy) {}
