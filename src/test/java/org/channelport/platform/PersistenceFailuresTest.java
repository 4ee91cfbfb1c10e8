package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.channelport.shared.ConflictException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {
  private static final String DUPLICATE_CATEGORY =
      "(conn=12) Duplicate entry 'bikes-42' for key 'uq_category_code'";

  /** What the transaction interceptor throws when the commit's flush finds a stale version. */
  private static Throwable atCommit(Throwable cause) {
    RollbackException rollback = new RollbackException("commit failed");
    rollback.initCause(cause);
    return new TransactionalException("rolled back", rollback);
  }

  @Test
  void aStaleVersionAtAnExplicitFlushIsAConflictOnTheVersion() {
    ConflictException c =
        PersistenceFailures.conflict(new jakarta.persistence.OptimisticLockException("stale"));
    assertNotNull(c);
    assertEquals("version", c.field());
    assertEquals(PersistenceFailures.STALE, c.messageKey());
  }

  @Test
  void aStaleVersionFoundAtCommitIsAConflictToo() {
    ConflictException c =
        PersistenceFailures.conflict(
            atCommit(
                new PersistenceException(
                    "flush failed", OptimisticLockException.batchStatementExecutionFailure())));
    assertNotNull(c);
    assertEquals("version", c.field());
    assertEquals(
        "This was changed by someone else meanwhile. Reload it and make your change again.",
        c.getMessage());
  }

  @Test
  void aStaleVersionInAJdbcBatchIsAConflict() {
    assertNotNull(
        PersistenceFailures.conflict(
            new jakarta.persistence.RollbackException(
                OptimisticLockException.batchStatementExecutionFailure())));
  }

  @Test
  void aRefusedUniqueKeyAnswersAsTheCheckBeforeWritingDoes() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException(DUPLICATE_CATEGORY, "23000", 1062);
    ConflictException c =
        PersistenceFailures.conflict(atCommit(DatabaseException.sqlException(duplicate)));
    assertNotNull(c);
    assertEquals("code", c.field());
    assertEquals("There is already a category with code bikes-42.", c.getMessage());
  }

  @Test
  void aRefusedUniqueKeyAsMySqlNamesIt() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException(
            "Duplicate entry 'NW-1' for key 'partner.uq_partner_account'", "23000", 1062);
    ConflictException c = PersistenceFailures.conflict(new PersistenceException(duplicate));
    assertEquals("accountNumber", c.field());
    assertEquals("Another partner already has account number NW-1.", c.getMessage());
  }

  @Test
  void aUniqueKeyWithoutItsOwnMessageIsAGenericDuplicate() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException(
            "Duplicate entry '7' for key 'PRIMARY'", "23000", 1062);
    ConflictException c = PersistenceFailures.conflict(new PersistenceException(duplicate));
    assertNull(c.field());
    assertEquals(PersistenceFailures.DUPLICATE, c.messageKey());
  }

  @Test
  void aDuplicateInsideABatchIsFoundThroughTheNextException() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
    batch.setNextException(
        new SQLIntegrityConstraintViolationException(DUPLICATE_CATEGORY, "23000", 1062));
    assertEquals("code", PersistenceFailures.conflict(new PersistenceException(batch)).field());
  }

  @Test
  void aDeadlockOrALockWaitTimeoutAsksToTryAgain() {
    assertEquals(
        PersistenceFailures.TRY_AGAIN,
        PersistenceFailures.conflict(
                atCommit(new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))
            .messageKey());
    assertEquals(
        PersistenceFailures.TRY_AGAIN,
        PersistenceFailures.conflict(
                new PersistenceException(
                    new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
            .messageKey());
  }

  @Test
  void otherFailuresAreNoConflict() {
    assertNull(PersistenceFailures.conflict(new IllegalStateException("boom")));
    assertNull(
        PersistenceFailures.conflict(
            atCommit(new SQLException("Data too long for column 'name'", "22001", 1406))));
    assertNull(PersistenceFailures.conflict(atCommit(null)));
  }

  @Test
  void aCauseChainWithALoopEnds() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);
    assertNull(PersistenceFailures.conflict(a));
  }
}
