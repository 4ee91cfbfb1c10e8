package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportContactsTest {
  @Test
  void theFirstOfTheBrowsersLanguagesThePortalSpeaks() {
    assertEquals(
        "pl",
        SupportContacts.language(
            List.of(
                Locale.forLanguageTag("lt-LT"), Locale.forLanguageTag("pl-PL"), Locale.ENGLISH)));
    assertEquals("en", SupportContacts.language(List.of(Locale.forLanguageTag("en-GB"))));
    assertNull(SupportContacts.language(List.of(Locale.GERMAN)), "unknown: the mails use English");
    assertNull(SupportContacts.language(List.of()));
  }
}
