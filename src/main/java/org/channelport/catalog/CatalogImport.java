package org.channelport.catalog;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * The catalog import: one streaming pass over the stored file, in one transaction on one
 * connection. It locks the catalog's revision row ({@link RevisionLog}, so imports run one at a
 * time), adds the categories the file declares ({@link CategoryTree}), then reads and checks the
 * rows on the executor while the calling thread writes the valid ones a chunk of {@value #CHUNK} at
 * a time ({@link ValidationPipeline}, {@link ProductWriter}: one existence query per chunk, LOAD
 * DATA or multi-row statements). A row whose content hash and active flag are unchanged is not
 * written at all, so uploading the same file twice changes nothing.
 *
 * <p>At the first bad row the transaction is rolled back (unless valid rows are to be applied
 * anyway) and the rest of the file is only checked, so that the report is complete. At the end of a
 * file with valid rows to apply it deactivates the products the file no longer names (if asked),
 * registers the new attribute and warehouse columns, raises the revision when something changed,
 * and commits. Ids of new products and categories come in blocks from the id generator, in short
 * transactions of their own ({@link IdAllocator}). (A BMEcat file is opened twice by its reader:
 * once for its structure — catalog groups, currency —, once for its products; see {@link
 * BmecatReader}.)
 *
 * <p>Plain JDBC on a DataSource: the upload job uses it inside the portal, the benchmark directly.
 */
public final class CatalogImport {
  public static final int CHUNK = 1000;

  /** Told how far a pass got (rows read, bytes read) and every bad row. */
  public interface Listener {
    void progress(long rows, long bytes);

    void error(RowError error);

    Listener NONE =
        new Listener() {
          @Override
          public void progress(long rows, long bytes) {}

          @Override
          public void error(RowError error) {}
        };
  }

  /** What the pass found: rows read, valid, with errors; unknown columns and the like. */
  public record Validation(long rows, long valid, long errors, List<String> warnings) {}

  /** What was written; null when nothing was (errors, or an empty file). */
  public record Outcome(long inserted, long updated, long unchanged, long deactivated) {
    public long changed() {
      return inserted + updated + deactivated;
    }
  }

  public record Result(Validation validation, Outcome outcome) {}

  private final DataSource dataSource;
  private final Executor executor;

  /**
   * @param executor runs the reading side of a pass (one task per pass)
   */
  public CatalogImport(DataSource dataSource, Executor executor) {
    this.dataSource = dataSource;
    this.executor = executor;
  }

  /**
   * One streaming pass over the file: every row is checked, and the valid ones are written in one
   * transaction as the pass goes. At the first bad row the transaction is rolled back (unless
   * {@code applyValidRows}) and the rest of the file is only checked, so that the report is
   * complete; a file without errors is committed at the end. Either all of a file is applied, or
   * (with {@code applyValidRows}) all of its valid rows, or nothing.
   *
   * @param beforeCommit told when the pass is over and the commit begins (for a status)
   */
  public Result run(
      CatalogReader.Source source,
      CatalogFormat format,
      boolean applyValidRows,
      boolean deactivateMissing,
      Instant now,
      Listener listener,
      Runnable beforeCommit)
      throws IOException, SQLException {
    IdAllocator productIds = new IdAllocator(dataSource, "product", CHUNK);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Result result =
            pass(
                c,
                source,
                format,
                applyValidRows,
                deactivateMissing,
                now,
                listener,
                productIds,
                beforeCommit);
        if (result.outcome() != null) {
          c.commit();
        } else {
          c.rollback();
        }
        return result;
      } catch (IOException | SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private Result pass(
      Connection c,
      CatalogReader.Source source,
      CatalogFormat format,
      boolean applyValidRows,
      boolean deactivateMissing,
      Instant now,
      Listener listener,
      IdAllocator productIds,
      Runnable beforeCommit)
      throws IOException, SQLException {
    long revision = RevisionLog.next(c);
    CountingSource counting = new CountingSource(source);
    try (CatalogReader reader = CatalogReader.open(format, counting)) {
      Map<String, Long> categories = CategoryTree.withDeclared(c, dataSource, reader.categories());
      ProductWriter writer =
          new ProductWriter(c, revision, Timestamp.from(now), productIds, deactivateMissing);
      ValidationPipeline pipeline =
          new ValidationPipeline(
              executor, new ProductValidator(categories), applyValidRows, listener, counting);
      ValidationPipeline.Checked checked =
          pipeline.run(
              reader,
              new ValidationPipeline.Sink() {
                @Override
                public void write(List<ProductData> chunk) throws SQLException {
                  writer.write(chunk);
                }

                @Override
                public void abandon() throws SQLException {
                  c.rollback();
                }
              });
      Validation validation =
          new Validation(checked.rows(), checked.valid(), checked.bad(), reader.warnings());
      if (checked.abandoned() || checked.valid() == 0) {
        return new Result(validation, null);
      }
      writer.flush();
      beforeCommit.run();
      if (deactivateMissing) {
        writer.deactivateMissing();
      }
      writer.registerColumns();
      Outcome outcome = writer.outcome();
      if (outcome.changed() > 0) {
        RevisionLog.record(c, revision, now);
      }
      return new Result(validation, outcome);
    }
  }

  /** Category id by code (both as stored and lower case). */
  public Map<String, Long> categories() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return CategoryTree.byCode(c);
    }
  }
}
