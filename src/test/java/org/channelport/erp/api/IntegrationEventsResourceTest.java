package org.channelport.erp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;
import org.junit.jupiter.api.Test;

class IntegrationEventsResourceTest {
  @Test
  void theEventLogsParametersAreDeclaredAndChecked() {
    PageRequest page =
        IntegrationEventsResource.PARAMS.parse(
            Map.of(
                "status", List.of("Parked,failed"),
                "orderNumber", List.of("CP-2026"),
                "from", List.of("2026-12-01"),
                "order", List.of("asc")));
    assertEquals("parked,failed", page.filter("status"));
    assertEquals("CP-2026", page.filter("orderNumber"));
    assertEquals(true, page.ascending());
    assertThrows(
        InvalidInputException.class,
        () -> IntegrationEventsResource.PARAMS.parse(Map.of("status", List.of("lost"))));
  }
}
