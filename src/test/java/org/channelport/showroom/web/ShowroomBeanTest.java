package org.channelport.showroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShowroomBeanTest {
  @Test
  void aPriceInTheAddressIsAPlainDecimal() {
    assertEquals(new BigDecimal("12.50"), ShowroomBean.parsePrice("12.50"));
    assertEquals(new BigDecimal("12.5"), ShowroomBean.parsePrice(" 12,5 "));
    assertEquals(new BigDecimal("100"), ShowroomBean.parsePrice("100"));
    assertNull(ShowroomBean.parsePrice(null));
    assertNull(ShowroomBean.parsePrice(""));
    assertNull(ShowroomBean.parsePrice("abc"));
    assertNull(ShowroomBean.parsePrice("-5"));
    assertNull(ShowroomBean.parsePrice("1e3"), "no exponent");
    assertNull(ShowroomBean.parsePrice("1234567890123"), "at most 12 digits before the point");
  }

  @Test
  void aHugeExponentIsIgnoredAtOnce() {
    // 1e999999999 is one digit of precision: turned into a base price it would take a core for
    // minutes (a public address, no sign-in)
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertNull(ShowroomBean.parsePrice("1e999999999")));
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertNull(ShowroomBean.parsePrice("1E+99999999")));
  }
}
