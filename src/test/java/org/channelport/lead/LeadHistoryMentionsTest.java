package org.channelport.lead;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.channelport.security.AccessRules;
import org.junit.jupiter.api.Test;

class LeadHistoryMentionsTest {
  private final LeadHistory history = historySeeing(Set.of(1L, 2L));

  private static LeadHistory historySeeing(Set<Long> portfolio) {
    LeadHistory history = new LeadHistory();
    history.access =
        new AccessRules() {
          @Override
          public boolean canSee(Long partnerId) {
            return portfolio.contains(partnerId);
          }
        };
    return history;
  }

  @Test
  void aManualDispatchOfTheDemoDataNamesItsPartner() {
    assertTrue(
        history.mentionsOnlyVisiblePartners(
            "{\"mode\":\"manual\",\"by\":\"cm-all\",\"partnerId\":2}"));
    assertFalse(
        history.mentionsOnlyVisiblePartners(
            "{\"mode\":\"manual\",\"by\":\"cm-danube\",\"partnerId\":3}"));
  }

  @Test
  void aRunnerUpOutsideThePortfolioHidesTheExplanation() {
    String rules =
        "{\"mode\":\"rules\",\"chosen\":{\"partnerId\":1,\"partnerName\":\"Northwind\","
            + "\"score\":0.62,\"load\":3,\"parts\":{\"tierWeight\":30}},\"filters\":[],"
            + "\"removedBy\":{},\"runnersUp\":[{\"partnerId\":3,\"partnerName\":\"Danube\","
            + "\"score\":0.5,\"load\":1}]}";
    assertFalse(history.mentionsOnlyVisiblePartners(rules));
    assertTrue(
        history.mentionsOnlyVisiblePartners(rules.replace("\"partnerId\":3", "\"partnerId\":2")));
  }

  @Test
  void spacingAsWrittenByHandIsRead() {
    assertFalse(history.mentionsOnlyVisiblePartners("{ \"partnerId\" : 3 }"));
  }

  @Test
  void plainTextNamesNoPartner() {
    assertTrue(history.mentionsOnlyVisiblePartners(null));
    assertTrue(history.mentionsOnlyVisiblePartners("Customer already served"));
    assertTrue(history.mentionsOnlyVisiblePartners("{\"mode\":\"rules\",\"chosen\":null}"));
  }

  @Test
  void textThatIsNotJsonButNamesAPartnerIsNotShown() {
    assertFalse(history.mentionsOnlyVisiblePartners("{\"by\":\"o\"brien\",\"partnerId\":1}"));
  }
}
