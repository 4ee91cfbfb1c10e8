package org.channelport.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lindenhof\u0000",
        "bell\u0007",
        "esc \u001b[31mred",
        "c1 \u0085 next line",
        "c1 \u009b csi",
        "del \u007f",
        "lone \ud800 high",
        "lone \udc00 low",
        "broken \ufffd",
        "nonchar \ufdd0",
        "nonchar \uffff",
        "nonchar \ud83f\udffe"
      })
  void controlCharactersAndBrokenUnicodeAreRefusedNamingTheField(String text) {
    InvalidInputException single =
        assertThrows(
            InvalidInputException.class,
            () -> new Checks().text("company", text, true, 200).throwIfAny());
    assertEquals(List.of("company"), single.errors().stream().map(FieldError::field).toList());
    assertThrows(
        InvalidInputException.class,
        () -> new Checks().multiLineText("need", text, false, 4000).throwIfAny());
  }

  @Test
  void tabsAndLineBreaksOnlyInMultiLineTexts() {
    String lines = "first line\r\nsecond\tline\nthird";
    new Checks().multiLineText("need", lines, true, 4000).throwIfAny();
    for (String text : List.of("two\nlines", "tab\there", "cr\rhere")) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> new Checks().maxLength("company", text, 200).throwIfAny());
      assertEquals("error.text.lineBreak", e.errors().get(0).messageKey());
      assertThrows(
          InvalidInputException.class, () -> new Checks().required("username", text).throwIfAny());
      assertThrows(
          InvalidInputException.class,
          () -> new Checks().email("email", "a@b.de" + text).throwIfAny());
    }
  }

  @Test
  void oneFieldIsReportedOnceForItsCharacters() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new Checks().text("company", "a\u0000b", true, 200).throwIfAny());
    assertEquals(1, e.errors().size());
    assertEquals("must not contain control characters", e.errors().get(0).message());
  }

  @Test
  void ordinaryTextPasses() {
    new Checks()
        .text("company", "Zażółć gęślą jaźń GmbH & Co. KG — ÆØÅ 東京 \ud83d\ude80", true, 200)
        .throwIfAny();
  }

  @Test
  void cleanNormalisesToNfc() {
    assertEquals("\u00e9", Checks.clean("e\u0301"));
    assertEquals("Caf\u00e9", Checks.clean("  Cafe\u0301 "));
    assertEquals(1, Checks.clean("e\u0301").length());
    assertNull(Checks.clean(" \t "));
    assertFalse(Checks.clean("A\u030a").contains("\u030a"));
  }

  @Test
  void theRuleNamesNothingForGoodTextAndAKeyForBadText() {
    assertNull(Checks.textProblem("plain", false));
    assertNull(Checks.textProblem("multi\nline", true));
    assertEquals("error.text.control", Checks.textProblem("\u0001", true));
    assertEquals("error.text.unicode", Checks.textProblem("\ud800", true));
  }
}
