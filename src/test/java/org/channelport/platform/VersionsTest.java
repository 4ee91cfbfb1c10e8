package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Proxy;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;
import org.junit.jupiter.api.Test;

class VersionsTest {
  /** A record at version 3 that names itself "Acme" when stale. */
  record Row(long getVersion) implements Versioned {
    @Override
    public ConflictException staleConflict() {
      return Versioned.stale("error.lead.stale", "Acme");
    }
  }

  static EntityManager flushing(RuntimeException failure) {
    return (EntityManager)
        Proxy.newProxyInstance(
            VersionsTest.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (method.getName().equals("flush") && failure != null) {
                throw failure;
              }
              return null;
            });
  }

  @Test
  void aVersionThatIsNotTheRecordsIsTheRecordsConflict() {
    Row row = new Row(3);
    assertDoesNotThrow(() -> Versions.check(row, 3L));
    assertDoesNotThrow(() -> Versions.check(row, null));
    ConflictException stale = assertThrows(ConflictException.class, () -> Versions.check(row, 2L));
    assertEquals("version", stale.field());
    assertEquals("error.lead.stale", stale.messageKey());
  }

  @Test
  void whereAVersionIsRequiredNoneIsStaleToo() {
    Row row = new Row(3);
    assertDoesNotThrow(() -> Versions.checkRequired(row, 3L));
    assertThrows(ConflictException.class, () -> Versions.checkRequired(row, null));
    assertThrows(ConflictException.class, () -> Versions.checkRequired(row, 4L));
  }

  @Test
  void aRowChangedMeanwhileAtTheFlushIsTheRecordsConflict() {
    Row row = new Row(3);
    assertSame(row, Versions.flushed(flushing(null), row));
    ConflictException stale =
        assertThrows(
            ConflictException.class,
            () -> Versions.flushed(flushing(new OptimisticLockException("changed")), row));
    assertEquals("version", stale.field());
    assertEquals("error.lead.stale", stale.messageKey());
    assertThrows(
        IllegalStateException.class,
        () -> Versions.flushed(flushing(new IllegalStateException("other")), row));
  }
}
