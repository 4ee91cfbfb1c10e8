package org.channelport.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.channelport.partner.PartnerActivated;
import org.channelport.platform.outbox.Outbox;
import org.junit.jupiter.api.Test;

class PartnerSyncTest {
  @Test
  void anActivatedPartnerIsEnqueuedForTheErpUnderItsCode() {
    List<String> written = new ArrayList<>();
    Outbox outbox =
        new Outbox() {
          @Override
          public String enqueue(String topic, String key, String payload) {
            written.add(topic + " " + key + " " + payload);
            return "m-1";
          }
        };
    new PartnerSync(outbox)
        .activated(
            new PartnerActivated(
                7, "NW-10001", "Northwind Systems", "DE", "10115", "a@nw.example"));
    assertEquals(1, written.size());
    String[] parts = written.get(0).split(" ", 3);
    assertEquals("erp.partner", parts[0]);
    assertEquals("NW-10001", parts[1]);
    ErpAdapter.PartnerMessage back = ErpJson.partner(parts[2]);
    assertEquals(
        new ErpAdapter.PartnerMessage(
            7, "NW-10001", "Northwind Systems", "DE", null, "10115", null, "a@nw.example"),
        back,
        "what the relay reads back is what was written");
  }

  @Test
  void aPartnerWithoutCodeIsNotSent() {
    List<String> written = new ArrayList<>();
    Outbox outbox =
        new Outbox() {
          @Override
          public String enqueue(String topic, String key, String payload) {
            written.add(key);
            return "m-1";
          }
        };
    new PartnerSync(outbox).activated(new PartnerActivated(8, " ", "X", "DE", null, null));
    assertEquals(List.of(), written);
  }
}
