package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredJsonTest {

  @Test
  void textIsEscapedSoThatItReadsBackAsWritten() {
    String awkward = "O'Brien \"the\" \\ one\nsecond\tline \u0001 Zürich";
    String stored = StoredJson.write(StoredJson.add(StoredJson.object(), "by", awkward));
    assertEquals(awkward, StoredJson.text(StoredJson.readObject(stored).orElseThrow().get("by")));
  }

  @Test
  void missingValuesAreWrittenAsNull() {
    String stored =
        StoredJson.write(
            StoredJson.add(
                StoredJson.add(StoredJson.object(), "from", (String) null),
                "rate",
                (BigDecimal) null));
    assertEquals("{\"from\":null,\"rate\":null}", stored);
  }

  @Test
  void aRowWrittenByTheOldHandRolledCodeIsRead() {
    // as the hand-built manual dispatch and the old quoter wrote them, escapes included
    JsonValue manual =
        StoredJson.read("{\"mode\":\"manual\",\"by\":\"cm-all\",\"partnerId\":2}").orElseThrow();
    assertEquals("cm-all", StoredJson.text(manual.asJsonObject().get("by")));
    assertEquals(2L, StoredJson.id(manual.asJsonObject().get("partnerId")));
    JsonValue audit =
        StoredJson.read("{\"statusReason\":{\"from\":\"said \\\"no\\\"\\n\\u0001\",\"to\":null}}")
            .orElseThrow();
    assertEquals(
        "said \"no\"\n\u0001",
        StoredJson.text(audit.asJsonObject().getJsonObject("statusReason").get("from")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "not json", "{", "{\"a\":}"})
  void textThatIsNotJsonIsNothingRead(String stored) {
    assertTrue(StoredJson.read(stored).isEmpty());
  }

  @Test
  void nothingStoredIsNothingRead() {
    assertTrue(StoredJson.read(null).isEmpty());
    assertTrue(StoredJson.readObject("[1]").isEmpty());
  }

  @Test
  void numbersReadAsTextWithoutTrailingZeros() {
    JsonValue o = StoredJson.read("{\"a\":0.8150,\"b\":12,\"c\":1E+3,\"d\":true,\"e\":null}").get();
    assertEquals("0.815", StoredJson.text(o.asJsonObject().get("a")));
    assertEquals("12", StoredJson.text(o.asJsonObject().get("b")));
    assertEquals("1000", StoredJson.text(o.asJsonObject().get("c")));
    assertEquals("true", StoredJson.text(o.asJsonObject().get("d")));
    assertNull(StoredJson.text(o.asJsonObject().get("e")));
  }

  @Test
  void idsAreWholeNumbersOrTheirDigits() {
    JsonValue o =
        StoredJson.read("{\"a\":7,\"b\":\" 8 \",\"c\":1.5,\"d\":\"x\",\"e\":99999999999999999999}")
            .get();
    assertEquals(7L, StoredJson.id(o.asJsonObject().get("a")));
    assertEquals(8L, StoredJson.id(o.asJsonObject().get("b")));
    assertNull(StoredJson.id(o.asJsonObject().get("c")));
    assertNull(StoredJson.id(o.asJsonObject().get("d")));
    assertNull(StoredJson.id(o.asJsonObject().get("e")));
  }

  @Test
  void membersAreFoundAtAnyDepth() {
    JsonValue o =
        StoredJson.read(
                "{\"partnerId\":1,\"chosen\":{\"partnerId\":2},"
                    + "\"runnersUp\":[{\"partnerId\":3},{\"other\":4}]}")
            .get();
    assertEquals(
        List.of(1L, 2L, 3L),
        StoredJson.membersNamed(o, "partnerId").stream().map(StoredJson::id).toList());
  }
}
