package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.ConflictException;
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

  @Test
  void unexpectedErrorsTellNothingOfTheInternals() {
    Problem p = ApiExceptionMapper.problem(new IllegalStateException("SELECT * FROM secret"));
    assertEquals(500, p.status());
    assertFalse(p.detail().contains("SELECT"));
  }
}
