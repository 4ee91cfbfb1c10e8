package org.channelport.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MyWorkBeanTest {
  @Test
  void theTimeLeftIsShownInItsTwoLargestUnits() {
    assertEquals("2 d 4 h", MyWorkBean.duration(Duration.ofHours(52).plusMinutes(10)));
    assertEquals("3 h 20 min", MyWorkBean.duration(Duration.ofMinutes(200)));
    assertEquals("45 min", MyWorkBean.duration(Duration.ofMinutes(45)));
    assertEquals("1 min", MyWorkBean.duration(Duration.ofSeconds(20)), "never 0 min left");
  }
}
