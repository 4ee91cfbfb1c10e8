package org.channelport.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.RecordNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The catalog upload interface: channel managers (pages and API) hand in a file; it is stored under
 * the upload's id (never under the name the client gave), and a background job validates and
 * applies it while pages and the API read its progress.
 */
@ApplicationScoped
public class CatalogUploads {
  private static final Logger LOG = Logger.getLogger(CatalogUploads.class.getName());
  static final int MAX_STORED_ERRORS = 10_000;

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject UploadJob job;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject @ConfigProperties CatalogConfig config;

  /** Uploads a restart interrupted are failed, not left running for ever. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE catalog_upload SET status = 'FAILED', message = ?, message_key = ?,"
                    + " finished_at = ? WHERE status IN ('QUEUED', 'VALIDATING', 'APPLYING')")) {
      s.setString(1, Messages.english("catalog.upload.interrupted"));
      s.setString(2, "catalog.upload.interrupted");
      s.setTimestamp(3, Timestamp.from(clock.now()));
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not fail interrupted catalog uploads", e);
    }
  }

  public long maxUploadMb() {
    return config.maxUploadMb;
  }

  /**
   * Stores the file and queues its job. Refuses (400) a missing, empty or non-catalog file and
   * (413) one over the size limit; nothing is kept then.
   */
  public CatalogUpload receive(
      InputStream content,
      String fileName,
      String contentType,
      boolean applyValidRows,
      boolean deactivateMissing) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    if (content == null) {
      throw invalid("catalog.file.missing");
    }
    long id = nextId();
    Path file = fileOf(id);
    String hash;
    long size;
    try {
      Files.createDirectories(file.getParent());
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long limit = config.maxUploadMb * 1024 * 1024;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
        size = copyLimited(content, out, limit);
      }
      if (size > limit) {
        Files.deleteIfExists(file);
        throw new UploadTooLargeException(config.maxUploadMb);
      }
      hash = HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CatalogFormat format;
    try {
      format = detect(file, contentType, fileName);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
    String name = displayName(fileName, format);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO catalog_upload (id, file_name, format, size_bytes, content_hash,"
                    + " status, apply_valid_rows, deactivate_missing, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setString(2, name);
      s.setString(3, format.name());
      s.setLong(4, size);
      s.setString(5, hash);
      s.setBoolean(6, applyValidRows);
      s.setBoolean(7, deactivateMissing);
      s.setString(8, caller.username());
      s.setTimestamp(9, Timestamp.from(clock.now()));
      s.executeUpdate();
    } catch (SQLException e) {
      deleteQuietly(file);
      throw new IllegalStateException("Could not record the upload", e);
    }
    submit(id);
    return find(id);
  }

  /** After a rejection for bad rows: apply the valid ones after all. */
  public CatalogUpload applyValidRows(long id) {
    access.require(Role.CHANNEL_MANAGER);
    CatalogUpload upload = find(id);
    if (!upload.isValidRowsApplicable() || !Files.isRegularFile(fileOf(id))) {
      throw new ConflictException("status", "catalog.upload.notApplicable");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE catalog_upload SET status = 'QUEUED', apply_valid_rows = TRUE,"
                    + " progress = 0, version = version + 1 WHERE id = ? AND status = 'REJECTED'")) {
      s.setLong(1, id);
      if (s.executeUpdate() != 1) {
        throw new ConflictException("status", "catalog.upload.notApplicable");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    submit(id);
    return find(id);
  }

  public CatalogUpload find(long id) {
    access.require(Role.CHANNEL_MANAGER);
    CatalogUpload upload = em.find(CatalogUpload.class, id);
    if (upload == null) {
      throw new RecordNotFoundException("CatalogUpload", id);
    }
    return upload;
  }

  /** The newest uploads first. */
  public List<CatalogUpload> recent(int max) {
    access.require(Role.CHANNEL_MANAGER);
    return em.createQuery("SELECT u FROM CatalogUpload u ORDER BY u.id DESC", CatalogUpload.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** A page of an upload's row errors, in file order. */
  public List<UploadError> errors(long id, int first, int max) {
    find(id);
    return em.createQuery(
            "SELECT e FROM UploadError e WHERE e.uploadId = :id ORDER BY e.seq", UploadError.class)
        .setParameter("id", id)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long storedErrorCount(long id) {
    find(id);
    return em.createQuery("SELECT COUNT(e) FROM UploadError e WHERE e.uploadId = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  private void submit(long id) {
    executor.submit(() -> job.run(id, fileOf(id)));
  }

  Path fileOf(long id) {
    return config.uploadFolder().resolve("upload-" + id + ".dat");
  }

  private long nextId() {
    try {
      return new IdAllocator(dataSource, "catalog_upload", 1).next();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long copyLimited(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        return total;
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  private static CatalogFormat detect(Path file, String contentType, String fileName)
      throws UncheckedIOException {
    byte[] head = new byte[512];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (length == 0) {
      throw invalid("catalog.file.empty");
    }
    var sniffed = CatalogFormat.sniff(head, length);
    if (sniffed.isEmpty()) {
      throw invalid("catalog.file.wrongType");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean declaredOther =
        !type.isEmpty()
            && !type.startsWith("application/octet-stream")
            && CatalogFormat.declared(contentType, null).isEmpty()
            && CatalogFormat.declared(null, fileName).isEmpty();
    var declared = CatalogFormat.declared(contentType, fileName);
    if (declaredOther || (declared.isPresent() && declared.get() != sniffed.get())) {
      throw invalid("catalog.file.wrongType");
    }
    return sniffed.get();
  }

  /** The client's file name, for display only: no path, no control characters, short. */
  static String displayName(String fileName, CatalogFormat format) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}]", "").strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    return name.isEmpty() ? (format == CatalogFormat.CSV ? "catalog.csv" : "catalog.xml") : name;
  }

  private static InvalidInputException invalid(String key) {
    return new InvalidInputException(List.of(new FieldError("file", key)));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stray temp file is harmless
    }
  }
}
