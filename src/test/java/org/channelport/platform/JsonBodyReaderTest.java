package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelport.deal.DealInput;
import org.channelport.lead.LeadInput;
import org.channelport.lead.api.LeadActions;
import org.channelport.partner.PartnerInput;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {
  record Line(String sku, int quantity, Boolean gift) {}

  record Order(List<Line> lines, Map<String, BigDecimal> prices, LocalDate due) {}

  private static Map<String, String> errors(String json, Class<?> type) {
    return errors(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static Map<String, String> errors(byte[] body, Class<?> type) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> JsonBodyReader.parse(body, type));
    Map<String, String> byField =
        e.errors().stream()
            .collect(
                Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " / " + b));
    for (FieldError f : e.errors()) {
      assertNoJavaNames(f.field() + " " + f.message());
    }
    assertNoJavaNames(e.getMessage());
    return byField;
  }

  static void assertNoJavaNames(String text) {
    for (String internal : List.of("java.", "jakarta.", "org.", "class ", "Exception", "yasson")) {
      assertFalse(text.contains(internal), text);
    }
  }

  @Test
  void valuesOfTheWrongKindAreNamedTogetherInPlainWords() {
    Map<String, String> e =
        errors(
            "{\"company\":true,\"estimatedValue\":\"abc\",\"currency\":\"EUR\",\"country\":\"DE\"}",
            LeadInput.class);
    assertEquals(Map.of("company", "must be text", "estimatedValue", "must be a number"), e);
  }

  @Test
  void theFirstErrorIsTheFirstFieldOfTheBody() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                JsonBodyReader.parse(
                    "{\"estimatedValue\":\"x\",\"need\":[]}".getBytes(StandardCharsets.UTF_8),
                    LeadInput.class));
    assertEquals(
        List.of("estimatedValue", "need"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void everyKindHasItsMessage() {
    Map<String, String> e =
        errors(
            "{\"expectedClose\":\"31.03.2027\",\"version\":\"abc\",\"categories\":\"net\","
                + "\"estimatedValue\":true}",
            DealInput.class);
    assertEquals("must be a date like 2027-03-31", e.get("expectedClose"));
    assertEquals("must be a whole number", e.get("version"));
    assertEquals("must be a list", e.get("categories"));
    assertEquals("must be a number", e.get("estimatedValue"));
    assertEquals(
        "must be true or false",
        errors("{\"partnerId\":2,\"byRules\":\"yes\"}", LeadActions.Dispatch.class).get("byRules"));
    assertEquals(
        "must be a whole number",
        errors("{\"partnerId\":2.5}", LeadActions.Dispatch.class).get("partnerId"));
    assertEquals(
        "is out of range",
        errors("{\"partnerId\":99999999999999999999}", LeadActions.Dispatch.class)
            .get("partnerId"));
    assertEquals(
        "must be a date like 2027-03-31",
        errors("{\"expectedClose\":\"2027-02-30\"}", DealInput.class).get("expectedClose"));
  }

  @Test
  void nestedValuesAndListItemsAreNamedByTheirPath() {
    Map<String, String> e =
        errors(
            "{\"primaryContact\":{\"email\":[\"a@b.de\"]},\"specialisations\":[\"cloud\",{}]}",
            PartnerInput.class);
    assertEquals("must be text", e.get("primaryContact.email"));
    assertEquals("must be text", e.get("specialisations[1]"));
    assertEquals(
        "must be an object",
        errors("{\"primaryContact\":\"x\"}", PartnerInput.class).get("primaryContact"));
    Map<String, String> order =
        errors(
            "{\"lines\":[{\"sku\":\"A\",\"quantity\":1},{\"sku\":\"B\",\"quantity\":\"two\"}],"
                + "\"prices\":{\"A\":\"cheap\"},\"due\":5}",
            Order.class);
    assertEquals(
        Map.of(
            "lines[1].quantity", "must be a whole number",
            "prices.A", "must be a number",
            "due", "must be a date like 2027-03-31"),
        order);
  }

  @Test
  void aListOrAScalarWhereAnObjectBelongsNamesTheBody() {
    assertEquals(
        Map.of("body", "must be a JSON object"), errors("[{\"company\":\"A\"}]", LeadInput.class));
    assertEquals(Map.of("body", "must be a JSON object"), errors("\"text\"", LeadInput.class));
    assertEquals(Map.of("body", "must be a JSON object"), errors("42", LeadInput.class));
  }

  @Test
  void brokenJsonNamesTheBodyWithItsPlace() {
    Map<String, String> e = errors("{\"company\":\n\"A\",,}", LeadInput.class);
    assertTrue(e.get("body").startsWith("is not valid JSON (line 2"), e.toString());
    assertTrue(
        errors("{\"version\":\"abc\"", PartnerInput.class)
            .get("body")
            .startsWith("is not valid JSON"));
    assertTrue(
        errors("{\"company\":\"A\",\"company\":\"B\"}", LeadInput.class).containsKey("body"));
  }

  @Test
  void brokenUtf8AndLoneSurrogatesAreRefusedInTheirField() {
    byte[] prefix = "{\"company\":\"Linden".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "hof\",\"country\":\"DE\"}".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
      byte[] body = new byte[prefix.length + bad.length + suffix.length];
      System.arraycopy(prefix, 0, body, 0, prefix.length);
      System.arraycopy(bad, 0, body, prefix.length, bad.length);
      System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
      assertEquals(
          Map.of("company", "must be valid text (it holds broken or reserved Unicode characters)"),
          errors(body, LeadInput.class));
    }
    assertEquals(
        Map.of("need", "must be valid text (it holds broken or reserved Unicode characters)"),
        errors("{\"need\":\"x\\ud800y\"}", LeadInput.class));
  }

  @Test
  void controlCharactersAreRefusedInTheirFieldLineBreaksLeftToTheField() {
    assertEquals(
        Map.of("company", "must not contain control characters"),
        errors("{\"company\":\"A\\u0000B\"}", LeadInput.class));
    assertEquals(
        Map.of("specialisations[0]", "must not contain control characters"),
        errors("{\"specialisations\":[\"\\u001b[31m\"]}", PartnerInput.class));
    JsonValue lines =
        JsonBodyReader.parse(
            "{\"need\":\"a\\nb\\tc\"}".getBytes(StandardCharsets.UTF_8), LeadInput.class);
    assertEquals("a\nb\tc", ((JsonObject) lines).getString("need"));
  }

  @Test
  void textsAreNormalisedToNfc() {
    JsonValue json =
        JsonBodyReader.parse(
            "{\"company\":\"Cafe\\u0301\",\"specialisations\":[\"A\u030a\"]}"
                .getBytes(StandardCharsets.UTF_8),
            PartnerInput.class);
    assertEquals("Caf\u00e9", ((JsonObject) json).getString("company"));
    assertEquals("\u00c5", ((JsonObject) json).getJsonArray("specialisations").getString(0));
  }

  @Test
  void anEmptyBodyIsNoBodyAndAFittingOneGoesThrough() {
    assertNull(JsonBodyReader.parse(new byte[0], LeadInput.class));
    assertNull(JsonBodyReader.parse(" \n".getBytes(StandardCharsets.UTF_8), LeadInput.class));
    JsonValue ok =
        JsonBodyReader.parse(
            "\uFEFF{\"company\":\"A\",\"estimatedValue\":1200.50,\"unknown\":[1]}"
                .getBytes(StandardCharsets.UTF_8),
            LeadInput.class);
    assertEquals(
        new BigDecimal("1200.50"),
        ((JsonObject) ok).getJsonNumber("estimatedValue").bigDecimalValue());
  }

  @Test
  void binderFailuresAnswerWithoutTheBindersWords() {
    Problem p =
        ApiExceptionMapper.problem(
            new JsonbException(
                "Unable to deserialize property 'x' because of: class java.math.BigDecimal"));
    assertEquals(400, p.status());
    assertEquals("body", p.field());
    assertNoJavaNames(p.detail());
    Problem processing =
        ApiExceptionMapper.problem(new ProcessingException("org.eclipse.yasson.YassonConfig"));
    assertEquals(400, processing.status());
    assertNoJavaNames(processing.detail());
  }

  @Test
  void bodiesBeyondTheParsersLimitsAreRefusedNeverThrown() {
    for (String body :
        List.of(
            "{\"estimatedValue\":1e2147483648}",
            "{\"estimatedValue\":" + "9".repeat(2000) + "}",
            "[".repeat(3000) + "]".repeat(3000))) {
      assertFalse(errors(body, LeadInput.class).isEmpty(), body.substring(0, 20));
    }
  }
}
