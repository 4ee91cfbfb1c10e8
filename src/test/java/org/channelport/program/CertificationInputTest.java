package org.channelport.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CertificationInputTest {
  static final List<String> BALTIC = List.of("pe-baltic", "pm-baltic");

  static List<String> fieldsOf(CertificationInput input) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> input.validate(BALTIC));
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aCertificationOfAPartnerUserWithoutExpiryIsValid() {
    CertificationInput.Valid valid =
        new CertificationInput(" pe-baltic ", "Storage Specialist", "2026-12-01", "")
            .validate(BALTIC);
    assertEquals("pe-baltic", valid.username());
    assertEquals(LocalDate.of(2026, 12, 1), valid.issuedOn());
    assertNull(valid.expiresOn());
  }

  @Test
  void everyMissingFieldIsNamed() {
    assertEquals(
        List.of("username", "name", "issuedOn"),
        fieldsOf(new CertificationInput(null, " ", null, null)));
  }

  @Test
  void someoneWhoDoesNotWorkForThePartnerIsRefused() {
    assertEquals(
        List.of("username"),
        fieldsOf(new CertificationInput("pm-northwind", "Storage", "2026-12-01", null)));
  }

  @Test
  void aDateThatIsNoDateOrAnExpiryBeforeTheIssueIsNamed() {
    assertEquals(
        List.of("issuedOn"),
        fieldsOf(new CertificationInput("pe-baltic", "Storage", "01.12.2026", null)));
    assertEquals(
        List.of("expiresOn"),
        fieldsOf(new CertificationInput("pe-baltic", "Storage", "2026-12-01", "2026-11-30")));
  }
}
