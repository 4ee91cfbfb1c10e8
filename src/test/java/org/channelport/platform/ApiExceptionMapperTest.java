package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelport.catalog.CatalogFileException;
import org.channelport.catalog.UploadTooLargeException;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.ConflictException;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;
import org.junit.jupiter.api.Test;

class ApiExceptionMapperTest {
  @Test
  void businessRulesMapToTheirStatus() {
    assertEquals(
        404, ApiExceptionMapper.problem(new RecordNotFoundException("Partner", 7)).status());
    assertEquals(
        403, ApiExceptionMapper.problem(new AccessDeniedException("error.forbiddenRole")).status());
    Problem conflict =
        ApiExceptionMapper.problem(
            new ConflictException("accountNumber", "error.partner.duplicateAccount", "NW-1"));
    assertEquals(409, conflict.status());
    assertEquals("accountNumber", conflict.field());
  }

  @Test
  void badInputNamesEachField() {
    Problem p =
        ApiExceptionMapper.problem(
            new InvalidInputException(
                List.of(
                    new FieldError("tier", "error.partner.tier", "registered, silver"),
                    new FieldError("name", "error.required"))));
    assertEquals(400, p.status());
    assertEquals("tier", p.field());
    assertEquals(2, p.errors().size());
    assertEquals("name", p.errors().get(1).field());
    assertEquals("is required", p.errors().get(1).message());
  }

  /** A capability's own rule the mapper has never heard of. */
  static final class QuotaUsedUp extends DomainException {
    QuotaUsedUp() {
      super("error.invalidInput", "quota");
    }

    @Override
    public Kind kind() {
      return Kind.CONFLICT;
    }
  }

  @Test
  void anUnlistedBusinessRuleMapsToItsOwnStatus() {
    Problem quota = ApiExceptionMapper.problem(new QuotaUsedUp());
    assertEquals(409, quota.status());
    assertEquals("Conflict", quota.title());

    Throwable wrapped = new RuntimeException("in a job", new QuotaUsedUp());
    assertEquals(409, ApiExceptionMapper.problem(wrapped).status());

    Problem file =
        ApiExceptionMapper.problem(new CatalogFileException("catalog.file.missingColumns", "sku"));
    assertEquals(400, file.status());
    assertEquals("file", file.field());
    assertEquals(1, file.errors().size());
    assertTrue(file.detail().contains("sku"), file.detail());
  }

  @Test
  void anUploadOverTheLimitIsContentTooLarge() {
    Problem p = ApiExceptionMapper.problem(new UploadTooLargeException(2));
    assertEquals(413, p.status());
    assertEquals("Content Too Large", p.title());
    assertEquals("file", p.field());
    assertTrue(p.detail().contains("2 MB"), p.detail());
  }

  @Test
  void unexpectedErrorsTellNothingOfTheInternals() {
    Problem p = ApiExceptionMapper.problem(new IllegalStateException("SELECT * FROM secret"));
    assertEquals(500, p.status());
    assertFalse(p.detail().contains("SELECT"));
  }

  @Test
  void onlyTheTestConfigurationAddsTheErrorsChainToTheAnswer() {
    RuntimeException failure =
        new IllegalStateException("outer", new java.sql.SQLException("Lock wait"));
    assertEquals("", ApiExceptionMapper.diagnosis(failure));
    System.setProperty(ApiExceptionMapper.EXPOSE_ERRORS, "true");
    try {
      String detail = ApiExceptionMapper.problem(failure).detail();
      assertTrue(detail.contains("java.lang.IllegalStateException: outer"), detail);
      assertTrue(detail.contains("<- java.sql.SQLException: Lock wait"), detail);
      assertTrue(detail.contains(" at org.channelport.platform.ApiExceptionMapperTest"), detail);
    } finally {
      System.clearProperty(ApiExceptionMapper.EXPOSE_ERRORS);
    }
  }
}
