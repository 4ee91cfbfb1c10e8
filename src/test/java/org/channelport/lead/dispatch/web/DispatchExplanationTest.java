package org.channelport.lead.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.channelport.lead.dispatch.DispatchExplanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DispatchExplanationTest {

  @Test
  void aManualDispatchNamesWhoAndToWhom() {
    DispatchExplanation x =
        DispatchExplanation.parse("{\"mode\":\"manual\",\"by\":\"cm-all\",\"partnerId\":2}");
    assertTrue(x.isManual());
    assertEquals("cm-all", x.by());
    assertEquals(2L, x.partnerId());
  }

  @Test
  void aRuleDispatchKeepsScorePartsFiltersAndRunnersUpInOrder() {
    DispatchExplanation x =
        DispatchExplanation.parse(
            "{\"mode\":\"rules\",\"chosen\":{\"partnerId\":3,\"partnerName\":\"Danube Solutions\","
                + "\"score\":0.8150,\"parts\":{\"tierWeight\":0.4,\"capacityLeft\":0.25,"
                + "\"acceptanceRate\":0.165}},\"filters\":[\"territory\",\"specialisation\","
                + "\"active\",\"capacity\",\"notExcluded\"],\"runnersUp\":[{\"partnerId\":1,"
                + "\"partnerName\":\"Northwind Systems\",\"score\":0.71,\"load\":12}]}");
    assertTrue(x.isRules());
    assertEquals(3L, x.chosen().partnerId());
    assertEquals("Danube Solutions", x.chosen().partnerName());
    assertEquals("0.815", x.chosen().score());
    assertEquals(
        List.of("tierWeight", "capacityLeft", "acceptanceRate"),
        List.copyOf(x.chosen().parts().keySet()));
    assertEquals(
        Map.of("tierWeight", "0.4"), Map.of("tierWeight", x.chosen().parts().get("tierWeight")));
    assertEquals(
        List.of("territory", "specialisation", "active", "capacity", "notExcluded"), x.filters());
    assertEquals(
        List.of(new DispatchExplanation.RunnerUp(1L, "Northwind Systems", "0.71", "12")),
        x.runnersUp());
  }

  @Test
  void theRuleDispatchersOwnFormIsReadWithLoadAndWhatEachFilterRemoved() {
    DispatchExplanation x =
        DispatchExplanation.parse(
            "{\"mode\":\"rules\",\"chosen\":{\"partnerId\":1,\"partnerName\":\"Northwind Systems\","
                + "\"score\":0.62,\"load\":3,\"parts\":{\"tierWeight\":30,\"capacityLeft\":37,"
                + "\"acceptanceRate\":null}},\"filters\":[\"territory\",\"capacity\"],"
                + "\"removedBy\":{\"territory\":2,\"capacity\":0},\"runnersUp\":[]}");
    assertEquals("3", x.chosen().load());
    assertEquals("—", x.chosen().parts().get("acceptanceRate"));
    assertEquals("30", x.chosen().parts().get("tierWeight"));
    assertEquals("2", x.removedBy("territory"));
    assertEquals("0", x.removedBy("capacity"));
    assertNull(x.removedBy("active"));
  }

  @Test
  void aNullChoiceMeansNobodyPassed() {
    DispatchExplanation x =
        DispatchExplanation.parse(
            "{\"mode\":\"rules\",\"chosen\":null,\"filters\":[\"territory\"],"
                + "\"removedBy\":{\"territory\":3},\"runnersUp\":[]}");
    assertTrue(x.isNobodyChosen());
    assertEquals("3", x.removedBy("territory"));
  }

  @Test
  void rulesWithoutAChoiceMeanNobodyPassed() {
    DispatchExplanation x =
        DispatchExplanation.parse("{\"mode\":\"rules\",\"filters\":[\"territory\"]}");
    assertTrue(x.isNobodyChosen());
    assertEquals(List.of(), x.runnersUp());
  }

  @Test
  void oddlyTypedPartsAreReadWhereTheyCanBe() {
    DispatchExplanation x =
        DispatchExplanation.parse(
            "{\"mode\":\"rules\",\"chosen\":{\"partnerId\":\"7\",\"score\":\"high\",\"parts\":[1]},"
                + "\"filters\":[\"territory\",5,null,{}],\"runnersUp\":[3,{\"partnerId\":1.5}]}");
    assertEquals(7L, x.chosen().partnerId());
    assertEquals("high", x.chosen().score());
    assertEquals(Map.of(), x.chosen().parts());
    assertEquals(List.of("territory", "5"), x.filters());
    assertEquals(1, x.runnersUp().size());
    assertNull(x.runnersUp().get(0).partnerId());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[1,2]",
        "\"text\"",
        "{\"mode\":\"oracle\"}",
        "{}",
        "{\"mode\":7}",
        "{"
      })
  void anythingElseIsShownAsStored(String stored) {
    DispatchExplanation x = DispatchExplanation.parse(stored);
    assertTrue(x.isUnknown());
    assertEquals(stored, x.raw());
  }

  @Test
  void nothingStoredNothingToExplain() {
    assertNull(DispatchExplanation.parse(null));
    assertNull(DispatchExplanation.parse("  "));
  }

  @Test
  void aManualDispatchIsWrittenAsTheDemoDataHasItAndReadBack() {
    String stored = DispatchExplanation.manual("cm-all", 2);
    assertEquals("{\"mode\":\"manual\",\"by\":\"cm-all\",\"partnerId\":2}", stored);
    DispatchExplanation x = DispatchExplanation.parse(stored);
    assertTrue(x.isManual());
    assertEquals(2L, x.partnerId());
  }

  @Test
  void aUserNameWithQuotesStaysReadable() {
    DispatchExplanation x = DispatchExplanation.parse(DispatchExplanation.manual("o\"brien", 4));
    assertTrue(x.isManual());
    assertEquals("o\"brien", x.by());
  }
}
