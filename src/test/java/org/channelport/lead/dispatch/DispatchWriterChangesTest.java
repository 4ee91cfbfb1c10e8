package org.channelport.lead.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.channelport.lead.dispatch.DispatchWriter.Write;
import org.channelport.platform.StoredJson;
import org.junit.jupiter.api.Test;

class DispatchWriterChangesTest {
  private static final Instant DUE = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void aDispatchedLeadIsAuditedInTheFormatTheOldQuoterWrote() {
    Write w = new Write(5, 1, "REJECTED", true, "Too small", 7L, DUE, "{}");
    assertEquals(
        "{\"status\":{\"from\":\"REJECTED\",\"to\":\"DISPATCHED\"},"
            + "\"partnerId\":{\"from\":null,\"to\":\"7\"},"
            + "\"statusReason\":{\"from\":\"Too small\",\"to\":null},"
            + "\"noPartnerAvailable\":{\"from\":\"true\",\"to\":\"false\"}}",
        DispatchWriter.changes(w));
  }

  @Test
  void aReasonWithQuotesAndLineBreaksReadsBackAsItWas() {
    String reason = "He said \"not now\"\\\nthen left";
    String json = DispatchWriter.changes(new Write(5, 1, "REJECTED", false, reason, 7L, DUE, "{}"));
    assertEquals(
        reason,
        StoredJson.text(
            StoredJson.readObject(json).orElseThrow().getJsonObject("statusReason").get("from")));
  }

  @Test
  void aNewlyTaggedLeadRecordsTheTag() {
    assertEquals(
        "{\"noPartnerAvailable\":{\"from\":\"false\",\"to\":\"true\"}}",
        DispatchWriter.changes(new Write(5, 1, "NEW", false, null, null, null, "{}")));
  }

  @Test
  void aLeadTaggedAgainChangesNothing() {
    assertNull(DispatchWriter.changes(new Write(5, 1, "NEW", true, null, null, null, "{}")));
  }
}
