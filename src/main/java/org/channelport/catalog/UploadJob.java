package org.channelport.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.shared.Messages;

/**
 * The background job of one upload: validate every row (errors stored with line and reason), then
 * either reject the upload or apply it in one transaction. Status and progress are written in short
 * transactions of their own, so pages and the API see them while the job runs.
 */
@ApplicationScoped
public class UploadJob {
  private static final Logger LOG = Logger.getLogger(UploadJob.class.getName());
  private static final long PROGRESS_EVERY_NANOS = 300_000_000L;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  public void run(long id, Path file) {
    boolean keepFile = false;
    try {
      Options options = options(id);
      if (options == null) {
        return;
      }
      CatalogImport importer = new CatalogImport(dataSource, executor);
      CatalogReader.Source source = () -> Files.newInputStream(file);
      update("DELETE FROM catalog_upload_error WHERE upload_id = ?", id);
      status(id, UploadStatus.VALIDATING, "started_at = ?", Timestamp.from(clock.now()));
      ErrorWriter errors = new ErrorWriter(id);
      Progress progress = new Progress(id, options.size);
      CatalogImport.Result result =
          importer.run(
              source,
              options.format,
              options.applyValidRows,
              options.deactivateMissing,
              clock.now(),
              new CatalogImport.Listener() {
                @Override
                public void progress(long rows, long bytes) {
                  progress.report(rows, bytes);
                }

                @Override
                public void error(RowError error) {
                  errors.add(error);
                }
              },
              () -> {
                try {
                  status(id, UploadStatus.APPLYING, "progress = ?", 95);
                } catch (SQLException e) {
                  LOG.log(Level.WARNING, "Could not record the status of upload " + id, e);
                }
              });
      errors.flush();
      CatalogImport.Validation validation = result.validation();
      counts(id, validation, errors.rowsWithErrors());
      if (validation.rows() == 0) {
        finish(id, UploadStatus.REJECTED, "catalog.file.noRows");
        return;
      }
      if (result.outcome() == null) {
        keepFile = validation.valid() > 0;
        finish(id, UploadStatus.REJECTED, "catalog.upload.rejected", validation.errors());
        return;
      }
      done(id, result.outcome());
    } catch (CatalogFileException e) {
      finish(id, UploadStatus.REJECTED, e.messageKey(), argsOf(e));
    } catch (IOException | SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Catalog upload " + id + " failed", e);
      finish(id, UploadStatus.FAILED, "catalog.upload.failed");
    } finally {
      if (!keepFile) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
      }
    }
  }

  private static Object[] argsOf(CatalogFileException e) {
    return e.args();
  }

  private record Options(
      CatalogFormat format, long size, boolean applyValidRows, boolean deactivateMissing) {}

  private Options options(long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT format, size_bytes, apply_valid_rows, deactivate_missing FROM"
                    + " catalog_upload WHERE id = ? AND status = 'QUEUED'")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Options(
            CatalogFormat.valueOf(rs.getString(1)),
            rs.getLong(2),
            rs.getBoolean(3),
            rs.getBoolean(4));
      }
    }
  }

  private void status(long id, UploadStatus status, String set, Object value) throws SQLException {
    update(
        "UPDATE catalog_upload SET status = ?, " + set + ", version = version + 1 WHERE id = ?",
        status.name(),
        value,
        id);
  }

  private void counts(long id, CatalogImport.Validation v, long errorRows) throws SQLException {
    update(
        "UPDATE catalog_upload SET total_rows = ?, valid_rows = ?, error_rows = ?, warnings = ?,"
            + " version = version + 1 WHERE id = ?",
        v.rows(),
        v.valid(),
        errorRows,
        warnings(v.warnings()),
        id);
  }

  private static String warnings(List<String> warnings) {
    if (warnings.isEmpty()) {
      return null;
    }
    String all = String.join("\n", warnings);
    return all.length() > 2000 ? all.substring(0, 1999) + "…" : all;
  }

  private void done(long id, CatalogImport.Outcome o) throws SQLException {
    String key = "catalog.upload.done";
    Object[] args = {o.inserted(), o.updated(), o.unchanged(), o.deactivated()};
    update(
        "UPDATE catalog_upload SET status = 'DONE', progress = 100, inserted = ?, updated = ?,"
            + " unchanged = ?, deactivated = ?, message = ?, message_key = ?, message_args = ?,"
            + " finished_at = ?, version = version + 1 WHERE id = ?",
        o.inserted(),
        o.updated(),
        o.unchanged(),
        o.deactivated(),
        Messages.english(key, args),
        key,
        Args.join(args),
        Timestamp.from(clock.now()),
        id);
  }

  private void finish(long id, UploadStatus status, String key, Object... args) {
    try {
      String english = Messages.english(key, args);
      update(
          "UPDATE catalog_upload SET status = ?, progress = 100, message = ?, message_key = ?,"
              + " message_args = ?, finished_at = ?, version = version + 1 WHERE id = ?",
          status.name(),
          english.length() > 1000 ? english.substring(0, 1000) : english,
          key,
          Args.join(args),
          Timestamp.from(clock.now()),
          id);
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Could not record the end of catalog upload " + id, e);
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  /** Writes progress at most a few times a second. */
  private final class Progress {
    private final long id;
    private final long size;
    private long last;

    Progress(long id, long size) {
      this.id = id;
      this.size = Math.max(1, size);
    }

    void report(long rows, long bytes) {
      long now = System.nanoTime();
      if (now - last < PROGRESS_EVERY_NANOS && bytes < size) {
        return;
      }
      last = now;
      int percent = (int) Math.min(94, bytes * 95 / size);
      try {
        update(
            "UPDATE catalog_upload SET processed_rows = ?, progress = ? WHERE id = ?",
            rows,
            percent,
            id);
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Could not record progress of upload " + id, e);
      }
    }
  }

  /** Stores row errors in batches, the first {@value CatalogUploads#MAX_STORED_ERRORS} of them. */
  private final class ErrorWriter {
    private final long id;
    private final List<RowError> pending = new ArrayList<>();
    private int stored;
    private long lastLine = -1;
    private long rowsWithErrors;

    ErrorWriter(long id) {
      this.id = id;
    }

    void add(RowError error) {
      if (error.line() != lastLine) {
        lastLine = error.line();
        rowsWithErrors++;
      }
      if (stored + pending.size() >= CatalogUploads.MAX_STORED_ERRORS) {
        return;
      }
      pending.add(error);
      if (pending.size() >= 500) {
        flush();
      }
    }

    long rowsWithErrors() {
      return rowsWithErrors;
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO catalog_upload_error (upload_id, seq, line, sku, field, reason_key,"
                      + " reason_args, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (RowError e : pending) {
          s.setLong(1, id);
          s.setInt(2, ++stored);
          s.setLong(3, e.line());
          s.setString(4, e.sku());
          s.setString(5, e.field());
          s.setString(6, e.reasonKey());
          s.setString(7, Args.join(e.args()));
          String reason = e.reason();
          s.setString(8, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
          s.addBatch();
        }
        s.executeBatch();
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Could not store errors of upload " + id, e);
      }
      pending.clear();
    }
  }
}
