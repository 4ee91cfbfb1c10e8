package org.channelport.lead.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BulkRunTest {

  @Test
  void chunksCoverEveryLeadOnceAndTheProgressFollows() {
    List<Long> ids = LongStream.rangeClosed(1, 120).boxed().toList();
    BulkRun run = new BulkRun(BulkRun.Kind.RULES, null, ids);
    assertEquals(0, run.getPercent());
    assertEquals(ids.subList(0, 50), run.nextChunk(50));
    assertEquals(41, run.getPercent());
    assertEquals(ids.subList(50, 100), run.nextChunk(50));
    assertFalse(run.isFinished());
    assertEquals(ids.subList(100, 120), run.nextChunk(50));
    assertTrue(run.isFinished());
    assertEquals(100, run.getPercent());
    assertEquals(List.of(), run.nextChunk(50));
  }

  @Test
  void aLeadSelectedTwiceIsDispatchedOnce() {
    BulkRun run = new BulkRun(BulkRun.Kind.MANUAL, 2L, List.of(5L, 5L, 6L));
    assertEquals(2, run.getTotal());
    assertEquals(List.of(5L, 6L), run.nextChunk(50));
  }

  @Test
  void outcomesAddUpAndFailuresKeepTheirReason() {
    BulkRun run = new BulkRun(BulkRun.Kind.RULES, null, List.of(1L, 2L, 3L, 4L));
    run.nextChunk(4);
    run.counted(1, 1, 0);
    run.counted(0, 0, 1);
    run.failed(4L, "is not active");
    assertEquals(1, run.getDispatched());
    assertEquals(1, run.getNoPartner());
    assertEquals(1, run.getSkipped());
    assertEquals(1, run.getFailed());
    assertEquals(List.of(new BulkRun.Failure(4L, "is not active")), run.getFailures());
    assertFalse(run.isFailuresTruncated());
  }

  @Test
  void onlySoManyFailuresAreKeptButAllAreCounted() {
    int many = BulkRun.KEPT_FAILURES + 5;
    BulkRun run = new BulkRun(BulkRun.Kind.RULES, null, LongStream.range(0, many).boxed().toList());
    run.nextChunk(many).forEach(id -> run.failed(id, "no"));
    assertEquals(many, run.getFailed());
    assertEquals(BulkRun.KEPT_FAILURES, run.getFailures().size());
    assertTrue(run.isFailuresTruncated());
  }

  @Test
  void anEmptyRunIsFinishedAtOnce() {
    BulkRun run = new BulkRun(BulkRun.Kind.RULES, null, List.of());
    assertTrue(run.isFinished());
    assertEquals(100, run.getPercent());
  }
}
