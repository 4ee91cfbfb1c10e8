package org.channelport.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditListenerTest {
  @Test
  void theDiffHoldsOnlyChangedFieldsWithOldAndNewValues() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("name", "Northwind");
    before.put("tier", "GOLD");
    before.put("region", null);
    Map<String, Object> after = new LinkedHashMap<>(before);
    after.put("tier", "PLATINUM");
    after.put("region", "Bavaria");

    Map<String, Object[]> diff = AuditListener.diff(before, after);

    assertEquals(2, diff.size());
    assertEquals("GOLD", diff.get("tier")[0]);
    assertEquals("PLATINUM", diff.get("tier")[1]);
    assertNull(diff.get("region")[0]);
  }

  @Test
  void changesAreWrittenAsJsonWithFromAndTo() {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("tier", new Object[] {"GOLD", "PLATINUM"});
    changes.put("region", new Object[] {null, "Bavaria \"South\""});
    assertEquals(
        "{\"tier\":{\"from\":\"GOLD\",\"to\":\"PLATINUM\"},"
            + "\"region\":{\"from\":null,\"to\":\"Bavaria \\\"South\\\"\"}}",
        AuditWriter.toJson(changes));
  }
}
