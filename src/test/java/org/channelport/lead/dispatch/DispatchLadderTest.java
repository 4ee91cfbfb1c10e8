package org.channelport.lead.dispatch;

import static org.channelport.testdata.RoutingFacts.aBareRoutingLead;
import static org.channelport.testdata.RoutingFacts.aRoutingLead;
import static org.channelport.testdata.RoutingFacts.aRoutingPartner;
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
import org.channelport.lead.dispatch.DispatchLadder.Decision;
import org.channelport.lead.dispatch.DispatchLadder.LeadFacts;
import org.channelport.lead.dispatch.DispatchLadder.PartnerFacts;
import org.channelport.testdata.RoutingFacts.PartnerBuilder;
import org.junit.jupiter.api.Test;

class DispatchLadderTest {

  static DispatchLadder ladder(PartnerBuilder... partners) {
    return new DispatchLadder(List.of(partners).stream().map(PartnerBuilder::facts).toList());
  }

  static LeadFacts lead(String country, String postcode, String category, Long... excluded) {
    return aRoutingLead()
        .in(country)
        .postcode(postcode)
        .category(category)
        .excluding(excluded)
        .facts();
  }

  static LeadFacts lead() {
    return aRoutingLead().facts();
  }

  @Test
  void aSuspendedPartnerIsNeverPickedHoweverLightItsLoad() {
    DispatchLadder ladder = ladder(aRoutingPartner(1).suspended(), aRoutingPartner(2).open(40));
    for (int i = 0; i < 10; i++) {
      Decision d = ladder.decide(lead());
      assertEquals(2, d.chosen().partner().id());
      assertEquals(1, d.removedBy().get("active"));
    }
  }

  @Test
  void aSuspendedPartnerAloneLeavesTheLeadWithNoPartner() {
    Decision d = ladder(aRoutingPartner(1).suspended()).decide(lead());
    assertFalse(d.dispatched());
    assertEquals(1, d.removedBy().get("active"));
  }

  @Test
  void aPartnerThatTakesNoRuleLeadsIsSkipped() {
    Decision d =
        ladder(aRoutingPartner(1).noRuleLeads(), aRoutingPartner(2).open(30)).decide(lead());
    assertEquals(2, d.chosen().partner().id());
  }

  @Test
  void onlyOpenLeadsCountAsLoadSoClosedOnesDoNotDeterThePick() {
    // partner 1 has closed hundreds of leads (not in openLeads), partner 2 has 3 open ones
    Decision d = ladder(aRoutingPartner(1).open(0), aRoutingPartner(2).open(3)).decide(lead());
    assertEquals(1, d.chosen().partner().id());
  }

  @Test
  void aBulkRunSpreadsByWeightInsteadOfSendingEverythingToOnePartner() {
    DispatchLadder ladder =
        ladder(
            aRoutingPartner(1).weight(1).max(100000),
            aRoutingPartner(2).weight(2).max(100000),
            aRoutingPartner(3).weight(4).max(100000));
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
    DispatchLadder ladder = ladder(aRoutingPartner(1).open(10), aRoutingPartner(2).open(0));
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
    DispatchLadder first = ladder(aRoutingPartner(1).open(0), aRoutingPartner(2).open(0));
    for (int i = 0; i < 5; i++) {
      first.decide(lead());
    }
    Map<Long, Integer> handed = first.assignedInRun();
    DispatchLadder second =
        ladder(
            aRoutingPartner(1).open(handed.get(1L)),
            aRoutingPartner(2).open(handed.getOrDefault(2L, 0)));
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
    DispatchLadder ladder = ladder(aRoutingPartner(1), aRoutingPartner(2).open(20));
    Decision d = ladder.decide(lead("DE", "10115", "networking", 1L));
    assertEquals(2, d.chosen().partner().id());
    assertEquals(1, d.removedBy().get("notExcluded"));
    Decision none = ladder(aRoutingPartner(1)).decide(lead("DE", "10115", "networking", 1L));
    assertFalse(none.dispatched());
  }

  @Test
  void capacityRunsOutDuringARun() {
    DispatchLadder ladder =
        ladder(aRoutingPartner(1).max(3).open(1), aRoutingPartner(2).max(2).open(0));
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
    Decision d =
        ladder(aRoutingPartner(1).max(0), aRoutingPartner(2).max(5).open(4)).decide(lead());
    assertEquals(2, d.chosen().partner().id());
    assertEquals(1, d.removedBy().get("capacity"));
  }

  @Test
  void territoriesMatchCountryRegionAndPostcodePrefix() {
    PartnerBuilder munich = aRoutingPartner(1).territory("DE", null, "8");
    PartnerBuilder bavaria = aRoutingPartner(2).territory("DE", "Bavaria", null);
    PartnerBuilder austria = aRoutingPartner(3).home("AT");
    PartnerBuilder baltic = aRoutingPartner(4).home("DE").territory("LT", null, "LT-01");
    DispatchLadder ladder = ladder(munich, bavaria, austria, baltic);

    Decision hamburg =
        ladder.decide(aBareRoutingLead(1).in("DE").region("Hamburg").postcode("20095").facts());
    assertFalse(hamburg.dispatched());
    assertEquals(4, hamburg.removedBy().get("territory"));

    Decision munichLead =
        ladder.decide(aBareRoutingLead(2).in("de").region("Berlin").postcode("80335").facts());
    assertEquals(1, munichLead.chosen().partner().id());

    Decision bavarian =
        ladder.decide(
            aBareRoutingLead(3)
                .in("DE")
                .region("bavaria")
                .postcode("90402")
                .category("security")
                .facts());
    assertEquals(2, bavarian.chosen().partner().id());

    Decision vienna = ladder.decide(aBareRoutingLead(4).in("AT").postcode("1030").facts());
    assertEquals(3, vienna.chosen().partner().id());

    Decision vilnius = ladder.decide(aBareRoutingLead(5).in("LT").postcode("lt 01100").facts());
    assertEquals(4, vilnius.chosen().partner().id());
    Decision kaunas = ladder.decide(aBareRoutingLead(6).in("LT").postcode("LT-44280").facts());
    assertFalse(kaunas.dispatched());
  }

  @Test
  void aPartnerWithTerritoryRowsNoLongerCoversItsHomeCountryByDefault() {
    Decision d =
        ladder(aRoutingPartner(1).home("DE").territory("AT", null, null))
            .decide(lead("DE", "10115", null));
    assertFalse(d.dispatched());
  }

  @Test
  void specialisationMustContainTheLeadsCategoryUnlessTheLeadHasNone() {
    DispatchLadder ladder =
        ladder(
            aRoutingPartner(1).specialisations("storage"),
            aRoutingPartner(2).specialisations("cloud").open(9));
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
        2,
        ladder(aRoutingPartner(1).max(10), aRoutingPartner(2).max(20))
            .decide(lead())
            .chosen()
            .partner()
            .id());
    assertEquals(
        3, ladder(aRoutingPartner(5), aRoutingPartner(3)).decide(lead()).chosen().partner().id());
  }

  @Test
  void theAcceptanceRateScalesTheScoreAndNoHistoryIsNeutral() {
    assertEquals(2.0, DispatchLadder.score(2, null));
    assertEquals(2.0, DispatchLadder.score(2, 0.5));
    assertEquals(3.0, DispatchLadder.score(2, 1.0));
    assertEquals(1.0, DispatchLadder.score(2, 0.0));
    DispatchLadder ladder =
        ladder(aRoutingPartner(1).rate(1.0).max(10000), aRoutingPartner(2).rate(0.0).max(10000));
    for (int i = 0; i < 400; i++) {
      ladder.decide(lead());
    }
    assertEquals(300, ladder.assignedInRun().get(1L), 1);
    assertEquals(100, ladder.assignedInRun().get(2L), 1);
  }

  @Test
  void sharesFollowWeightsInARandomisedBulkRun() {
    Random random = new Random(42);
    List<PartnerBuilder> partners = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      partners.add(aRoutingPartner(i).weight(1 + random.nextInt(4)).max(1_000_000));
    }
    partners.get(7).suspended();
    DispatchLadder ladder = ladder(partners.toArray(PartnerBuilder[]::new));
    for (int i = 0; i < 29_000; i++) {
      ladder.decide(lead());
    }
    Map<Long, Integer> shares = ladder.assignedInRun();
    assertNull(shares.get(8L));
    double totalWeight =
        partners.stream()
            .map(PartnerBuilder::facts)
            .filter(f -> f.active())
            .mapToDouble(f -> f.tierWeight())
            .sum();
    for (PartnerBuilder p : partners) {
      PartnerFacts f = p.facts();
      if (f.active()) {
        double expected = 29_000 * f.tierWeight() / totalWeight;
        assertEquals(expected, shares.get(f.id()), 1.5, "partner " + f.id());
      }
    }
  }

  @Test
  void theExplanationNamesTheChoiceTheScorePartsAndUpToThreeRunnersUp() {
    DispatchLadder ladder =
        ladder(
            aRoutingPartner(1).weight(4).rate(0.9),
            aRoutingPartner(2).open(1),
            aRoutingPartner(3).open(2),
            aRoutingPartner(4).open(3),
            aRoutingPartner(5).open(4),
            aRoutingPartner(6).suspended());
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
        ladder(
            aRoutingPartner(1).home("AT"),
            aRoutingPartner(2).suspended(),
            aRoutingPartner(3).specialisations("cloud"));
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
    DispatchLadder ladder = ladder(aRoutingPartner(1).home("AT"));
    ladder.decide(lead());
    assertEquals(new HashMap<Long, Integer>(), new HashMap<>(ladder.assignedInRun()));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
