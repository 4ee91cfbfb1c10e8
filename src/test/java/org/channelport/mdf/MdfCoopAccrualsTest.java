package org.channelport.mdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The co-op share of an invoice: the program's percentage, to the cent, half up. */
class MdfCoopAccrualsTest {
  @Test
  void theShareIsThePercentageToTheCent() {
    assertEquals(new BigDecimal("500.00"), MdfCoopAccruals.share(new BigDecimal("10000"), bd("5")));
    assertEquals(
        new BigDecimal("8.33"), MdfCoopAccruals.share(new BigDecimal("333.33"), bd("2.5")));
    assertEquals(new BigDecimal("0.01"), MdfCoopAccruals.share(new BigDecimal("0.20"), bd("2.5")));
    assertEquals(new BigDecimal("0.00"), MdfCoopAccruals.share(new BigDecimal("0.10"), bd("2.5")));
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
