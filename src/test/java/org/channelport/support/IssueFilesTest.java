package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * An issue's files are what their bytes are, and their names must say the same: photos, PDFs, text
 * logs and archives pass; HTML named like a photo, a photo named like a log, a program are refused;
 * too many or too large files are 413.
 */
class IssueFilesTest {
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
  static final byte[] LOG =
      "2026-12-01 10:00:01 port 3 link down\n2026-12-01 10:00:05 port 3 link up\n"
          .getBytes(StandardCharsets.UTF_8);
  static final byte[] HTML =
      "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  final IssueFiles files = new IssueFiles(new IssuesConfig());

  private String type(String name, byte[] bytes) {
    return files.check(List.of(new IssueFile(name, bytes))).get(0).mediaType();
  }

  private InvalidInputException refused(String name, byte[] bytes) {
    return assertThrows(
        InvalidInputException.class, () -> files.check(List.of(new IssueFile(name, bytes))));
  }

  @Test
  void photosLogsAndDocumentsPassWithTheTypeOfTheirBytes() {
    assertEquals("image/png", type("front.png", PNG));
    assertEquals("image/png", type("front", PNG));
    assertEquals("text/plain", type("switch.log", LOG));
    assertEquals("text/plain", type("switch.txt", LOG));
    assertEquals("application/pdf", type("manual.pdf", PDF));
  }

  @Test
  void aNameThatSaysOtherThanTheBytesIsRefused() {
    assertEquals("file", refused("photo.png", HTML).field());
    assertEquals(
        "error.issue.fileNameLies", refused("photo.png", HTML).errors().get(0).messageKey());
    assertEquals(
        "error.issue.fileNameLies", refused("notes.txt", PNG).errors().get(0).messageKey());
    assertEquals(
        "error.issue.fileNameLies", refused("manual.pdf", LOG).errors().get(0).messageKey());
  }

  @Test
  void aProgramOrAnEmptyFileIsRefusedWhateverItsName() {
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
    assertEquals("error.issue.fileType", refused("log.zip", elf).errors().get(0).messageKey());
    assertEquals(
        "error.issue.fileEmpty", refused("empty.txt", new byte[0]).errors().get(0).messageKey());
  }

  @Test
  void tooManyOrTooLargeFilesAre413() {
    IssuesConfig small = new IssuesConfig();
    small.attachmentMaxBytes = 100;
    small.attachmentMaxFiles = 2;
    IssueFiles limited = new IssueFiles(small);
    DomainException many =
        assertThrows(
            DomainException.class,
            () -> limited.check(Collections.nCopies(3, new IssueFile("a.png", PNG))));
    assertEquals(DomainException.Kind.TOO_LARGE, many.kind());
    DomainException large =
        assertThrows(
            DomainException.class,
            () -> limited.check(List.of(new IssueFile("a.log", new byte[101]))));
    assertEquals(DomainException.Kind.TOO_LARGE, large.kind());
    assertEquals("file", large.field());
  }
}
