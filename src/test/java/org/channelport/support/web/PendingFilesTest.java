package org.channelport.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;

class PendingFilesTest {

  /** An upload that says how large it is and counts how often its bytes were asked for. */
  static UploadedFile upload(String name, long declaredSize, byte[] bytes, AtomicInteger reads) {
    return (UploadedFile)
        java.lang.reflect.Proxy.newProxyInstance(
            UploadedFile.class.getClassLoader(),
            new Class<?>[] {UploadedFile.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getFileName" -> name;
                  case "getSize" -> declaredSize;
                  case "getInputStream" -> {
                    reads.incrementAndGet();
                    yield (InputStream) new ByteArrayInputStream(bytes);
                  }
                  default -> null;
                });
  }

  @Test
  void aFileDeclaredTooLargeIsRefusedBeforeItsBytesAreRead() {
    AtomicInteger reads = new AtomicInteger();
    PendingFiles files = new PendingFiles();
    PendingFiles.Refusal refused =
        files.add(upload("big.png", 2048, new byte[2048], reads), 1024, 5);
    assertEquals("issuePage.attachments.tooLargeNamed", refused.key());
    assertEquals(0, reads.get(), "not read");
    assertTrue(files.isEmpty());
  }

  @Test
  void aFileLargerThanItSaidIsRefusedAfterOneByteTooMany() {
    AtomicInteger reads = new AtomicInteger();
    PendingFiles files = new PendingFiles();
    PendingFiles.Refusal refused =
        files.add(upload("lies.png", 10, new byte[5000], reads), 1024, 5);
    assertEquals("issuePage.attachments.tooLargeNamed", refused.key());
    assertTrue(files.isEmpty());
  }

  @Test
  void filesWithinTheLimitsAreKeptUntilTheFormIsSentAndNoMoreThanAllowed() {
    AtomicInteger reads = new AtomicInteger();
    PendingFiles files = new PendingFiles();
    assertNull(files.add(upload("a.png", 3, new byte[] {1, 2, 3}, reads), 1024, 2));
    assertNull(files.add(upload("b.png", 1, new byte[] {4}, reads), 1024, 2));
    PendingFiles.Refusal third = files.add(upload("c.png", 1, new byte[] {5}, reads), 1024, 2);
    assertEquals("issuePage.attachments.tooManyNamed", third.key());
    assertEquals(2, files.list().size());
    assertEquals(3, files.list().get(0).size());
    files.remove(0);
    assertEquals("b.png", files.list().get(0).name());
  }
}
