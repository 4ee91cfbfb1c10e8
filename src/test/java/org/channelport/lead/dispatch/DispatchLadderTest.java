package org.channelport.lead.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.channelport.lead.dispatch.DispatchLadder.Decision;
import org.channelport.lead.dispatch.DispatchLadder.LeadFacts;
import org.channelport.lead.dispatch.DispatchLadder.PartnerFacts;
import org.channelport.lead.dispatch.DispatchLadder.Territory;
import org.junit.jupiter.api.Test;

class DispatchLadderTest {

  /** A small builder: an active partner in Germany taking rule leads, no history. */
  static final class P {
    long id;
    String name;
    boolean active = true;
    boolean takes = true;
    int weight = 1;
    int max = 50;
    int open = 0;
    Double rate;
    String home = "DE";
    List<Territory> territories = new ArrayList<>();
    Set<String> specialisations = Set.of("networking", "security");

    P(long id) {
      this.id = id;
      this.name = "Partner " + id;
    }

    P weight(int w) {
      this.weight = w;
      return this;
    }

    P open(int o) {
      this.open = o;
      return this;
    }

    P max(int m) {
      this.max = m;
      return this;
    }

    P suspended() {
      this.active = false;
      return this;
    }

    P noRuleLeads() {
      this.takes = false;
      return this;
    }

    P rate(Double r) {
      this.rate = r;
      return this;
    }

    P home(String c) {
      this.home = c;
      return this;
    }

    P territory(String country, String region, String prefix) {
      territories.add(new Territory(country, region, prefix));
      return this;
    }

    P specialisations(String... s) {
      this.specialisations = Set.of(s);
      return this;
    }

    PartnerFacts facts() {
      return new PartnerFacts(
          id, name, active, takes, weight, max, open, rate, home, territories, specialisations);
    }
  }

  static DispatchLadder ladder(P... partners) {
    return new DispatchLadder(List.of(partners).stream().map(P::facts).toList());
  }

  static LeadFacts lead(String country, String postcode, String category, Long... excluded) {
    return new LeadFacts(1, country, null, postcode, category, Set.of(excluded));
  }

  static LeadFacts lead() {
    return lead("DE", "10115", "networking");
  }

  @Test
  void aSuspendedPartnerIsNeverPickedHoweverLightItsLoad() {
    DispatchLadder ladder = ladder(new P(1).suspended(), new P(2).open(40));
    for (int i = 0; i < 10; i++) {
      Decision d = ladder.decide(lead());
      assertEquals(2, d.chosen().partner().id());
      assertEquals(1, d.removedBy().get("active"));
    }
  }

  @Test
  void aSuspendedPartnerAloneLeavesTheLeadWithNoPartner() {
    Decision d = ladder(new P(1).suspended()).decide(lead());
    assertFalse(d.dispatched());
    assertEquals(1, d.removedBy().get("active"));
  }

  @Test
  void aPartnerThatTakesNoRuleLeadsIsSkipped() {
    Decision d = ladder(new P(1).noRuleLeads(), new P(2).open(30)).decide(lead());
    assertEquals(2, d.chosen().partner().id());
  }

  @Test
  void onlyOpenLeadsCountAsLoadSoClosedOnesDoNotDeterThePick() {
    // partner 1 has closed hundreds of leads (not in openLeads), partner 2 has 3 open ones
    Decision d = ladder(new P(1).open(0), new P(2).open(3)).decide(lead());
    assertEquals(1, d.chosen().partner().id());
  }

  @Test
  void aBulkRunSpreadsByWeightInsteadOfSendingEverythingToOnePartner() {
    DispatchLadder ladder =
        ladder(
            new P(1).weight(1).max(100000),
            new P(2).weight(2).max(100000),
            new P(3).weight(4).max(100000));
    for (int i = 0; i < 7000; i++) {
      assertTrue(ladder.decide(lead()).dispatched());
    }
    Map<Long, Integer> shares = ladder.assignedInRun();
    assertEquals(1000, shares.get(1L), 1);
    assertEquals(2000, shares.get(2L), 1);
    assertEquals(4000, shares.get(3L), 1);
  }

  @Test
  void existingOpenLeadsAreEvenedOutFirst() {
    DispatchLadder ladder = ladder(new P(1).open(10), new P(2).open(0));
    for (int i = 0; i < 10; i++) {
      assertEquals(2, ladder.decide(lead()).chosen().partner().id());
    }
    // now both carry 10: they alternate, the tie going to the lower id
    assertEquals(1, ladder.decide(lead()).chosen().partner().id());
    assertEquals(2, ladder.decide(lead()).chosen().partner().id());
  }

  @Test
  void aFreshRunFromTheSameDatabaseStateMakesTheSameFairPicks() {
    // stateless: the second run starts from the loads the first run left in the database
    DispatchLadder first = ladder(new P(1).open(0), new P(2).open(0));
    for (int i = 0; i < 5; i++) {
      first.decide(lead());
    }
    Map<Long, Integer> handed = first.assignedInRun();
    DispatchLadder second =
        ladder(new P(1).open(handed.get(1L)), new P(2).open(handed.getOrDefault(2L, 0)));
    for (int i = 0; i < 5; i++) {
      second.decide(lead());
    }
    int total1 = handed.get(1L) + second.assignedInRun().getOrDefault(1L, 0);
    int total2 = handed.getOrDefault(2L, 0) + second.assignedInRun().getOrDefault(2L, 0);
    assertEquals(5, total1);
    assertEquals(5, total2);
  }

  @Test
  void aPartnerThatDeclinedOrLetTheLeadLapseIsExcluded() {
    DispatchLadder ladder = ladder(new P(1), new P(2).open(20));
    Decision d = ladder.decide(lead("DE", "10115", "networking", 1L));
    assertEquals(2, d.chosen().partner().id());
    assertEquals(1, d.removedBy().get("notExcluded"));
    Decision none = ladder(new P(1)).decide(lead("DE", "10115", "networking", 1L));
    assertFalse(none.dispatched());
  }

  @Test
  void capacityRunsOutDuringARun() {
    DispatchLadder ladder = ladder(new P(1).max(3).open(1), new P(2).max(2).open(0));
    int dispatched = 0;
    for (int i = 0; i < 10; i++) {
      if (ladder.decide(lead()).dispatched()) {
        dispatched++;
      }
    }
    assertEquals(4, dispatched);
    assertEquals(Map.of(1L, 2, 2L, 2), ladder.assignedInRun());
    Decision full = ladder.decide(lead());
    assertFalse(full.dispatched());
    assertEquals(2, full.removedBy().get("capacity"));
  }

  @Test
  void aPartnerWithNoCapacityAtAllIsFilteredOut() {
    Decision d = ladder(new P(1).max(0), new P(2).max(5).open(4)).decide(lead());
    assertEquals(2, d.chosen().partner().id());
    assertEquals(1, d.removedBy().get("capacity"));
  }

  @Test
  void territoriesMatchCountryRegionAndPostcodePrefix() {
    P munich = new P(1).territory("DE", null, "8");
    P bavaria = new P(2).territory("DE", "Bavaria", null);
    P austria = new P(3).home("AT");
    P baltic = new P(4).home("DE").territory("LT", null, "LT-01");
    DispatchLadder ladder = ladder(munich, bavaria, austria, baltic);

    Decision hamburg = ladder.decide(new LeadFacts(1, "DE", "Hamburg", "20095", null, Set.of()));
    assertFalse(hamburg.dispatched());
    assertEquals(4, hamburg.removedBy().get("territory"));

    Decision munichLead = ladder.decide(new LeadFacts(2, "de", "Berlin", "80335", null, Set.of()));
    assertEquals(1, munichLead.chosen().partner().id());

    Decision bavarian =
        ladder.decide(new LeadFacts(3, "DE", "bavaria", "90402", "security", Set.of()));
    assertEquals(2, bavarian.chosen().partner().id());

    Decision vienna = ladder.decide(new LeadFacts(4, "AT", null, "1030", null, Set.of()));
    assertEquals(3, vienna.chosen().partner().id());

    Decision vilnius = ladder.decide(new LeadFacts(5, "LT", null, "lt 01100", null, Set.of()));
    assertEquals(4, vilnius.chosen().partner().id());
    Decision kaunas = ladder.decide(new LeadFacts(6, "LT", null, "LT-44280", null, Set.of()));
    assertFalse(kaunas.dispatched());
  }

  @Test
  void aPartnerWithTerritoryRowsNoLongerCoversItsHomeCountryByDefault() {
    Decision d =
        ladder(new P(1).home("DE").territory("AT", null, null)).decide(lead("DE", "10115", null));
    assertFalse(d.dispatched());
  }

  @Test
  void specialisationMustContainTheLeadsCategoryUnlessTheLeadHasNone() {
    DispatchLadder ladder =
        ladder(new P(1).specialisations("storage"), new P(2).specialisations("cloud").open(9));
    assertEquals(1, ladder.decide(lead("DE", null, "Storage")).chosen().partner().id());
    assertEquals(2, ladder.decide(lead("DE", null, "cloud")).chosen().partner().id());
    Decision none = ladder.decide(lead("DE", null, "security"));
    assertFalse(none.dispatched());
    assertEquals(2, none.removedBy().get("specialisation"));
    assertTrue(ladder.decide(lead("DE", null, null)).dispatched());
  }

  @Test
  void tiesGoToMoreCapacityLeftThenToTheLowestId() {
    assertEquals(
        2, ladder(new P(1).max(10), new P(2).max(20)).decide(lead()).chosen().partner().id());
    assertEquals(3, ladder(new P(5), new P(3)).decide(lead()).chosen().partner().id());
  }

  @Test
  void theAcceptanceRateScalesTheScoreAndNoHistoryIsNeutral() {
    assertEquals(2.0, DispatchLadder.score(2, null));
    assertEquals(2.0, DispatchLadder.score(2, 0.5));
    assertEquals(3.0, DispatchLadder.score(2, 1.0));
    assertEquals(1.0, DispatchLadder.score(2, 0.0));
    DispatchLadder ladder = ladder(new P(1).rate(1.0).max(10000), new P(2).rate(0.0).max(10000));
    for (int i = 0; i < 400; i++) {
      ladder.decide(lead());
    }
    assertEquals(300, ladder.assignedInRun().get(1L), 1);
    assertEquals(100, ladder.assignedInRun().get(2L), 1);
  }

  @Test
  void sharesFollowWeightsInARandomisedBulkRun() {
    Random random = new Random(42);
    List<P> partners = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      partners.add(new P(i).weight(1 + random.nextInt(4)).max(1_000_000));
    }
    partners.get(7).suspended();
    DispatchLadder ladder = ladder(partners.toArray(P[]::new));
    for (int i = 0; i < 29_000; i++) {
      ladder.decide(lead());
    }
    Map<Long, Integer> shares = ladder.assignedInRun();
    assertNull(shares.get(8L));
    double totalWeight = partners.stream().filter(p -> p.active).mapToDouble(p -> p.weight).sum();
    for (P p : partners) {
      if (p.active) {
        double expected = 29_000 * p.weight / totalWeight;
        assertEquals(expected, shares.get(p.id), 1.5, "partner " + p.id);
      }
    }
  }

  @Test
  void theExplanationNamesTheChoiceTheScorePartsAndUpToThreeRunnersUp() {
    DispatchLadder ladder =
        ladder(
            new P(1).weight(4).rate(0.9),
            new P(2).open(1),
            new P(3).open(2),
            new P(4).open(3),
            new P(5).open(4),
            new P(6).suspended());
    JsonObject json = parse(DispatchExplanation.of(ladder.decide(lead())));
    assertEquals("rules", json.getString("mode"));
    JsonObject chosen = json.getJsonObject("chosen");
    assertEquals(1, chosen.getInt("partnerId"));
    assertEquals("Partner 1", chosen.getString("partnerName"));
    assertEquals(5.6, chosen.getJsonNumber("score").doubleValue(), 1e-9);
    assertEquals(4, chosen.getJsonObject("parts").getInt("tierWeight"));
    assertEquals(50, chosen.getJsonObject("parts").getInt("capacityLeft"));
    assertEquals(0.9, chosen.getJsonObject("parts").getJsonNumber("acceptanceRate").doubleValue());
    assertEquals(5, json.getJsonArray("filters").size());
    assertEquals(3, json.getJsonArray("runnersUp").size());
    assertEquals(2, json.getJsonArray("runnersUp").getJsonObject(0).getInt("partnerId"));
    assertEquals(1, json.getJsonArray("runnersUp").getJsonObject(0).getInt("load"));
    assertEquals(1, json.getJsonObject("removedBy").getInt("active"));
  }

  @Test
  void theExplanationOfNoPartnerSaysWhichFilterRemovedHowMany() {
    DispatchLadder ladder =
        ladder(new P(1).home("AT"), new P(2).suspended(), new P(3).specialisations("cloud"));
    JsonObject json = parse(DispatchExplanation.of(ladder.decide(lead())));
    assertTrue(json.isNull("chosen"));
    JsonObject removed = json.getJsonObject("removedBy");
    assertEquals(1, removed.getInt("territory"));
    assertEquals(1, removed.getInt("specialisation"));
    assertEquals(1, removed.getInt("active"));
    assertEquals(0, json.getJsonArray("runnersUp").size());
  }

  @Test
  void nothingIsCountedForALeadThatFoundNoPartner() {
    DispatchLadder ladder = ladder(new P(1).home("AT"));
    ladder.decide(lead());
    assertEquals(new HashMap<Long, Integer>(), new HashMap<>(ladder.assignedInRun()));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
