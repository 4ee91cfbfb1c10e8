package org.channelport.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reading side of an import and its hand-over to the writing side. One task on the executor
 * reads the file's rows, checks each ({@link ProductValidator}), reports every bad row and the
 * progress, and passes the valid products in chunks of {@link CatalogImport#CHUNK} through a short
 * queue to the calling thread, which writes them: reading and checking (CPU) runs beside the
 * writing (database). At the first bad row (unless valid rows are to be applied anyway) the writing
 * side is told to abandon what it wrote and gets no more chunks, but the reading side keeps
 * checking to the end of the file, so that the report is complete.
 */
final class ValidationPipeline {
  /** The writing side; called on the thread that runs the pipeline, chunks in file order. */
  interface Sink {
    void write(List<ProductData> chunk) throws SQLException;

    /** A bad row was found: nothing of this file will be applied. */
    void abandon() throws SQLException;
  }

  /** What the reading side counted, and whether the writing side was told to abandon. */
  record Checked(long rows, long valid, long bad, boolean abandoned) {}

  private static final Object END = new Object();
  private static final Object FAILED = new Object();

  private final Executor executor;
  private final ProductValidator validator;
  private final boolean applyValidRows;
  private final CatalogImport.Listener listener;
  private final CountingSource counting;

  /**
   * @param executor runs the reading side (one task per run)
   * @param counting the source the reader reads, for the bytes in the progress reports
   */
  ValidationPipeline(
      Executor executor,
      ProductValidator validator,
      boolean applyValidRows,
      CatalogImport.Listener listener,
      CountingSource counting) {
    this.executor = executor;
    this.validator = validator;
    this.applyValidRows = applyValidRows;
    this.listener = listener;
    this.counting = counting;
  }

  /** What the reading side counted, read by the writing side after it finished. */
  private static final class Counts {
    long rows;
    long valid;
    long bad;
  }

  /** Reads the whole file and hands its valid products to {@code sink}; returns when both end. */
  Checked run(CatalogReader reader, Sink sink) throws IOException, SQLException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(3);
    AtomicBoolean stop = new AtomicBoolean();
    Counts counts = new Counts();
    CompletableFuture<Void> producing =
        CompletableFuture.runAsync(
            () -> {
              try {
                produce(reader, queue, stop, counts);
              } finally {
                offer(queue, END, stop);
              }
            },
            executor);
    boolean writing = true;
    try {
      for (Object item = queue.take(); item != END; item = queue.take()) {
        if (item == FAILED) {
          // nothing of this file will be applied: stop writing, the reader keeps checking
          sink.abandon();
          writing = false;
        } else if (writing) {
          @SuppressWarnings("unchecked")
          List<ProductData> chunk = (List<ProductData>) item;
          sink.write(chunk);
        }
      }
    } catch (SQLException | RuntimeException e) {
      stop.set(true);
      throw e;
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      awaitProducer(producing, stop.get());
    }
    return new Checked(counts.rows, counts.valid, counts.bad, !writing);
  }

  private void produce(
      CatalogReader reader, BlockingQueue<Object> queue, AtomicBoolean stop, Counts counts) {
    boolean sending = true;
    List<ProductData> chunk = new ArrayList<>(CatalogImport.CHUNK);
    for (RawProduct raw = reader.next(); raw != null && !stop.get(); raw = reader.next()) {
      counts.rows++;
      boolean[] failed = {false};
      ProductData data =
          validator.check(
              raw,
              e -> {
                failed[0] = true;
                listener.error(e);
              });
      if (data != null) {
        counts.valid++;
        if (sending) {
          chunk.add(data);
          if (chunk.size() == CatalogImport.CHUNK) {
            offer(queue, chunk, stop);
            chunk = new ArrayList<>(CatalogImport.CHUNK);
          }
        }
      } else if (failed[0]) {
        counts.bad++;
        if (sending && !applyValidRows) {
          offer(queue, FAILED, stop);
          sending = false;
          chunk = new ArrayList<>();
        }
      }
      if ((counts.rows & 1023) == 0) {
        listener.progress(counts.rows, counting.bytes());
      }
    }
    if (sending && !chunk.isEmpty()) {
      offer(queue, chunk, stop);
    }
    listener.progress(counts.rows, counting.bytes());
  }

  private static void offer(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
    try {
      while (!stop.get()) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
    }
  }

  /** Waits for the reading side; its failure (a bad file) is the run's failure. */
  private static void awaitProducer(CompletableFuture<Void> producing, boolean writerFailed)
      throws IOException {
    try {
      producing.join();
    } catch (CompletionException e) {
      if (writerFailed) {
        return; // the writer's own exception is the one to report
      }
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause);
    }
  }
}
