package org.channelport.erp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.channelport.erp.ErpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationTest {
  @ParameterizedTest
  @ValueSource(ints = {200, 201, 202, 204})
  void everyTwoHundredIsTaken(int status) {
    assertNull(Classification.ofAnswer("order CP-1", status, "{}", null));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
  void busyAndServerErrorsAreTriedAgain(int status) {
    ErpException e = Classification.ofAnswer("order CP-1", status, "{\"error\":\"busy\"}", null);
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 410, 415, 422})
  void otherClientErrorsRejectThePayloadWithTheMiddlewaresBody(int status) {
    ErpException e =
        Classification.ofAnswer("order CP-1", status, "{\"error\":\"unknown SKU X\"}", null);
    assertEquals(ErpException.Kind.REJECTED, e.kind());
    assertEquals("{\"error\":\"unknown SKU X\"}", e.answer());
  }

  @Test
  void aRetryAfterHeaderMeansBusyWhateverTheStatus() {
    ErpException e = Classification.ofAnswer("order CP-1", 409, "later", "120");
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    assertTrue(e.getMessage().contains("retry after 120"), e.getMessage());
  }

  @Test
  void aRedirectIsNotARejectionButAWrongEndpointToFix() {
    assertEquals(ErpException.Kind.TRANSIENT, Classification.ofAnswer("x", 302, "", null).kind());
  }

  @Test
  void noAnswerAtAllIsAlwaysTransient() {
    for (Exception cause :
        new Exception[] {
          new ConnectException("refused"),
          new HttpTimeoutException("request timed out"),
          new IOException("connection reset"),
          new InterruptedException()
        }) {
      ErpException e = Classification.ofFailure("order CP-1", cause);
      assertEquals(ErpException.Kind.TRANSIENT, e.kind(), cause.toString());
      assertTrue(e.getMessage().startsWith("order CP-1: "), e.getMessage());
    }
  }

  @Test
  void aLongBodyIsShortenedForTheEventLog() {
    ErpException e = Classification.ofAnswer("x", 422, "y".repeat(10_000), null);
    assertEquals(Classification.MAX_ANSWER + 1, e.answer().length());
  }
}
