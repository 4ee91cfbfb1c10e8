package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.channelport.platform.SignedLinks.Verdict;
import org.junit.jupiter.api.Test;

class SignedLinksTest {
  static final String SECRET = "a test secret of enough length";
  static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  static final long EXPIRES = NOW.plusSeconds(30 * 86_400).getEpochSecond();

  final SignedLinks links = new SignedLinks(SECRET);

  @Test
  void aLinkTheSecretSignedIsValidUntilItExpires() {
    String signature = links.sign("order-status", 123, EXPIRES);
    assertEquals(43, signature.length(), "URL-safe Base64 of 32 bytes, no padding");
    assertEquals(
        signature, links.sign("order-status", 123, EXPIRES), "the same link, the same sig");
    assertEquals(Verdict.VALID, links.verify("order-status", 123, EXPIRES, signature, NOW));
    assertEquals(
        Verdict.VALID,
        links.verify("order-status", 123, EXPIRES, signature, Instant.ofEpochSecond(EXPIRES - 1)));
    assertEquals(
        Verdict.EXPIRED,
        links.verify("order-status", 123, EXPIRES, signature, Instant.ofEpochSecond(EXPIRES)));
    assertEquals(
        Verdict.EXPIRED,
        links.verify("order-status", 123, EXPIRES, signature, NOW.plusSeconds(31 * 86_400)));
  }

  @Test
  void anotherOrderAnotherExpiryOrAnotherPurposeIsInvalid() {
    String signature = links.sign("order-status", 123, EXPIRES);
    assertEquals(Verdict.INVALID, links.verify("order-status", 124, EXPIRES, signature, NOW));
    assertEquals(
        Verdict.INVALID, links.verify("order-status", 123, EXPIRES + 86_400, signature, NOW));
    assertEquals(Verdict.INVALID, links.verify("invoice", 123, EXPIRES, signature, NOW));
    // a longer-lived copy of an expired link cannot be made without the secret
    String expired = links.sign("order-status", 123, NOW.getEpochSecond() - 1);
    assertEquals(
        Verdict.INVALID,
        links.verify("order-status", 123, EXPIRES, expired, NOW),
        "the expiry is signed");
  }

  @Test
  void aTamperedOrForeignSignatureIsInvalid() {
    String signature = links.sign("order-status", 123, EXPIRES);
    char last = signature.charAt(signature.length() - 1);
    String flipped = signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertEquals(Verdict.INVALID, links.verify("order-status", 123, EXPIRES, flipped, NOW));
    String other =
        new SignedLinks("another secret of enough length").sign("order-status", 123, EXPIRES);
    assertNotEquals(signature, other);
    assertEquals(Verdict.INVALID, links.verify("order-status", 123, EXPIRES, other, NOW));
    for (String junk :
        new String[] {null, "", "not base64 !", "AAAA", signature + "AA", "x".repeat(500)}) {
      assertEquals(Verdict.INVALID, links.verify("order-status", 123, EXPIRES, junk, NOW), junk);
    }
  }

  @Test
  void fieldsCannotRunIntoEachOther() {
    // purpose "a", id 12 must not sign what purpose "a1", id 2 signs
    assertNotEquals(links.sign("a", 12, 5), links.sign("a1", 2, 5));
    assertNotEquals(links.sign("a", 1, 25), links.sign("a", 12, 5));
  }

  @Test
  void aMissingOrShortSecretIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SignedLinks(null));
    assertThrows(IllegalArgumentException.class, () -> new SignedLinks("short"));
    assertThrows(IllegalArgumentException.class, () -> links.sign("two\nlines", 1, EXPIRES));
  }
}
