package org.channelport.platform.files;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.eclipse.microprofile.config.Config;

/**
 * The one place files users upload are kept (showroom logos; next proof of performance,
 * service-issue attachments, catalog files). A file is checked against its {@link FilePurpose}
 * (type by content, size), stored with its SHA-256 where every portal node reads it — in the
 * database (default, {@code channelport.files.store=database}) or in a shared folder ({@code
 * channelport.files.store=folder}, {@code channelport.files.folder}) under its hash — and never
 * under the client's file name. The metadata row is written in the caller's transaction.
 */
@ApplicationScoped
public class FileStore {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Config config;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private Path folder;

  @PostConstruct
  void init() {
    String store =
        config.getOptionalValue("channelport.files.store", String.class).orElse("database");
    switch (store) {
      case "database" -> folder = null;
      case "folder" ->
          folder =
              Path.of(
                      config
                          .getOptionalValue("channelport.files.folder", String.class)
                          .orElseThrow(
                              () ->
                                  new IllegalStateException(
                                      "channelport.files.store=folder needs channelport.files.folder")))
                  .toAbsolutePath()
                  .normalize();
      default ->
          throw new IllegalStateException(
              "channelport.files.store must be database or folder, not " + store);
    }
  }

  /** The size limit of this kind of upload in bytes. */
  public int maxBytes(FilePurpose purpose) {
    return config
        .getOptionalValue("channelport.files." + purpose.name() + ".max-kb", Integer.class)
        .map(kb -> kb * 1024)
        .orElse(purpose.defaultMaxBytes());
  }

  /** Reads an upload with one byte more than its limit, so the size check sees an excess. */
  public byte[] readUpTo(InputStream in, FilePurpose purpose) throws IOException {
    return in.readNBytes(maxBytes(purpose) + 1);
  }

  /**
   * Checks and keeps a file; bad input naming the purpose's field when its type or size is wrong.
   */
  @Transactional
  public StoredFile store(
      FilePurpose purpose, byte[] content, String clientName, String createdBy) {
    String type = purpose.check(content, maxBytes(purpose));
    String sha = sha256(content);
    String name = sanitisedName(clientName);
    Instant now = clock.now();
    if (folder != null) {
      writeToFolder(sha, content);
    }
    em.createNativeQuery(
            "INSERT INTO stored_file (purpose, sha256, media_type, size_bytes, content,"
                + " client_name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, purpose.name())
        .setParameter(2, sha)
        .setParameter(3, type)
        .setParameter(4, (long) content.length)
        .setParameter(5, folder == null ? content : null)
        .setParameter(6, name)
        .setParameter(7, Timestamp.from(now))
        .setParameter(8, createdBy)
        .executeUpdate();
    long id =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    return new StoredFile(id, purpose.name(), sha, type, content.length, name, now, createdBy);
  }

  /** A kept file's media type and bytes, wherever they are kept; empty when there is none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Content> content(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT media_type, sha256, content FROM stored_file WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        byte[] bytes = rs.getBytes(3);
        if (bytes == null) {
          bytes = readFromFolder(rs.getString(2));
        }
        return Optional.of(new Content(rs.getString(1), bytes));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Forgets a file, in the caller's transaction. Content in the shared folder stays: it is kept
   * under its hash and another file may have the same bytes.
   */
  @Transactional
  public void delete(long id) {
    em.createNativeQuery("DELETE FROM stored_file WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** A file's media type and bytes. */
  public record Content(String mediaType, byte[] bytes) {}

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The client's file name as metadata: without any folder part, control or format characters, at
   * most 255 characters; null when nothing is left.
   */
  static String sanitisedName(String clientName) {
    if (clientName == null) {
      return null;
    }
    String name = Normalizer.normalize(clientName, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return null;
    }
    return name.length() <= 255 ? name : name.substring(0, 255);
  }

  private Path pathOf(String sha) {
    return folder.resolve(sha.substring(0, 2)).resolve(sha);
  }

  private void writeToFolder(String sha, byte[] content) {
    Path target = pathOf(sha);
    try {
      if (Files.exists(target)) {
        return;
      }
      Files.createDirectories(target.getParent());
      Path part = Files.createTempFile(target.getParent(), sha, ".part");
      Files.write(part, content);
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the file in the shared folder", e);
    }
  }

  private byte[] readFromFolder(String sha) {
    if (folder == null) {
      throw new IllegalStateException(
          "File " + sha + " is kept in a shared folder, but channelport.files.store is database");
    }
    try {
      return Files.readAllBytes(pathOf(sha));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the file from the shared folder", e);
    }
  }
}
