package org.channelport.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignCodeTest {
  @Test
  void aCodeIsKeptInUpperCaseAndTrimmed() {
    assertEquals("WEBINAR-2027_Q1", CampaignCode.parse("campaignCode", "  webinar-2027_q1 "));
    assertEquals("A", CampaignCode.parse("campaignCode", "a"));
    assertEquals("X".repeat(40), CampaignCode.parse("campaignCode", "x".repeat(40)));
  }

  @Test
  void blankIsNoCampaign() {
    assertNull(CampaignCode.parse("campaignCode", null));
    assertNull(CampaignCode.parse("campaignCode", "   "));
    assertFalse(CampaignCode.isValid(" "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "with space",
        "semi;colon",
        "quote'",
        "<script>",
        "percent%20",
        "dot.code",
        "slash/code",
        "ümlaut",
        "emoji\ud83d\ude00",
        "tab\tcode",
        "line\nbreak",
        "null\u0000byte",
        "01234567890123456789012345678901234567890"
      })
  void anythingButLettersDigitsDashAndUnderscoreUpTo40IsRefusedNamingTheField(String raw) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> CampaignCode.parse("campaign", raw));
    assertEquals(1, e.errors().size(), e.errors().toString());
    assertEquals("campaign", e.errors().get(0).field());
    assertEquals("error.campaignCode", e.errors().get(0).messageKey());
    assertFalse(CampaignCode.isValid(raw));
  }

  @Test
  void checkReportsIntoTheCallersChecksWithOtherProblems() {
    Checks checks = new Checks().required("company", null);
    assertNull(CampaignCode.check(checks, "campaignCode", "bad code"));
    InvalidInputException e = assertThrows(InvalidInputException.class, checks::throwIfAny);
    assertEquals(
        List.of("company", "campaignCode"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void validCodesOfAQueryAreUpperCasedDeduplicatedAndBounded() {
    assertEquals(
        List.of("A-1", "B_2"),
        CampaignCode.valid(Arrays.asList("a-1", "A-1", null, "bad code", "B_2")));
    assertTrue(CampaignCode.valid(null).isEmpty());
    List<String> many = new ArrayList<>();
    for (int i = 0; i < CampaignCode.MAX_ASKED + 10; i++) {
      many.add("C" + i);
    }
    assertEquals(CampaignCode.MAX_ASKED, CampaignCode.valid(many).size());
    assertEquals("x IN (?, ?, ?)", CampaignCode.inClause("x", 3));
  }
}
