package org.channelport.showroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Public prices, logos and addresses of showrooms. */
class ShowroomPartsTest {
  static PublicShowroom withAdjustment(String pct) {
    return new PublicShowroom(
        3, "danube", "Danube", "AT", null, null, null, new BigDecimal(pct), false, null, List.of());
  }

  @Test
  void thePublicPriceIsTheBasePriceAdjustedByThePartnersPercentage() {
    assertEquals(new BigDecimal("943.95"), withAdjustment("5").publicPrice(new BigDecimal("899")));
    assertEquals(new BigDecimal("899.00"), withAdjustment("0").publicPrice(new BigDecimal("899")));
    assertEquals(new BigDecimal("854.05"), withAdjustment("-5").publicPrice(new BigDecimal("899")));
    PublicShowroom plus = withAdjustment("5");
    BigDecimal maxBase = plus.maxBasePrice(new BigDecimal("943.95"));
    assertTrue(plus.publicPrice(maxBase).compareTo(new BigDecimal("943.95")) <= 0);
    assertTrue(maxBase.compareTo(new BigDecimal("899")) >= 0);
  }

  @Test
  void logosAreRecognisedByTheirBytesNotTheirNames() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertEquals("image/png", Showrooms.imageType(png));
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertEquals("image/jpeg", Showrooms.imageType(jpeg));
    assertNull(Showrooms.imageType("<svg onload=alert(1)>".getBytes()));
    assertNull(Showrooms.imageType(new byte[3]));
  }

  @Test
  void showroomAddressesAreLowerCaseWordsWithDashes() {
    assertTrue(Showrooms.SLUG.matcher("northwind-systems").matches());
    assertFalse(Showrooms.SLUG.matcher("Northwind").matches());
    assertFalse(Showrooms.SLUG.matcher("-x").matches());
    assertFalse(Showrooms.SLUG.matcher("../etc").matches());
  }
}
