package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input over the real API: values of the wrong kind, broken JSON and broken text, control
 * characters and codes the catalog does not know are refused with 400 naming the field, never with
 * a word of Java, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final HttpClient RAW =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static String company() {
    return "Bad Input " + SEQ.incrementAndGet() + " " + System.nanoTime();
  }

  /** 400 problem+json whose {@code field} is {@code field}, with no Java name anywhere. */
  static JsonObject refused(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertNoJava(response.body());
    JsonObject problem = Http.json(response);
    assertEquals(field, problem.getString("field"), response.body());
    return problem;
  }

  static void assertNoJava(String body) {
    for (String internal : List.of("java.", "org.", "class ", "jakarta.", "Exception")) {
      assertFalse(body.contains(internal), "«" + internal + "» in " + body);
    }
  }

  private static String lead(String fields) {
    return "{\"company\":\""
        + company()
        + "\",\"email\":\"a@bad.example\",\"country\":\"DE\""
        + fields
        + "}";
  }

  private static HttpResponse<String> postBytes(String user, String path, byte[] body) {
    try {
      return RAW.send(
          HttpRequest.newBuilder(URI.create(Api.url(path)))
              .header("Authorization", "Bearer " + Tokens.of(user))
              .header("Accept", "application/json")
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long leads() {
    return Db.count("SELECT COUNT(*) FROM sales_lead");
  }

  @Test
  void leadValuesOfTheWrongKindNameTheirField() {
    long before = leads();
    JsonObject value =
        refused(
            Api.as("cm-all").post("/leads", lead(",\"estimatedValue\":\"abc\"")), "estimatedValue");
    assertEquals(
        "must be a number", value.getJsonArray("errors").getJsonObject(0).getString("message"));
    refused(
        Api.as("cm-all").post("/leads", lead(",\"estimatedValue\":{\"amount\":1}")),
        "estimatedValue");
    refused(
        Api.as("cm-all")
            .post(
                "/leads", lead(",\"company\":[\"A\"]").replaceFirst("\"company\":\"[^\"]*\",", "")),
        "company");
    refused(Api.as("cm-all").post("/leads", "[" + lead("") + "]"), "body");
    refused(Api.as("cm-all").post("/leads", "{\"company\":"), "body");
    JsonObject two =
        refused(
            Api.as("cm-all")
                .post("/leads", lead(",\"estimatedValue\":true,\"currency\":5.5e1,\"need\":{}")),
            "estimatedValue");
    assertEquals(2, two.getJsonArray("errors").size(), two.toString());
    assertEquals(before, leads(), "nothing stored");
  }

  @Test
  void leadActionsNameTheirField() {
    long lead =
        Http.json(Api.as("cm-all").post("/leads", lead(""))).getJsonNumber("id").longValue();
    refused(
        Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":\"two\"}"),
        "partnerId");
    refused(
        Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":2.5}"), "partnerId");
    refused(
        Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"byRules\":\"yes\"}"), "byRules");
    refused(
        Api.as("cm-all")
            .post("/leads/" + lead + "/dispatch", "{\"partnerId\":2,\"version\":\"abc\"}"),
        "version");
    refused(
        Api.as("cm-all")
            .post("/leads/" + lead + "/dispatch", "{\"partnerId\":99999999999999999999999}"),
        "partnerId");
    refused(
        Api.as("cm-all").post("/leads/" + lead + "/notes", "{\"text\":\"bell\\u0007\"}"), "text");
    HttpResponse<String> note =
        Api.as("cm-all").post("/leads/" + lead + "/notes", "{\"text\":\"line one\\nline\\ttwo\"}");
    assertEquals(201, note.statusCode(), note.body());
  }

  @Test
  void dealRegistrationsNameTheirField() {
    long before = Db.count("SELECT COUNT(*) FROM deal_registration");
    String good = DealRegistrationApiIT.deal(company(), "\"security\"");
    refused(
        Api.as("pm-northwind").post("/deal-registrations", good.replace("25000.00", "\"lots\"")),
        "estimatedValue");
    String close = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
    refused(
        Api.as("pm-northwind").post("/deal-registrations", good.replace(close, "31.12.2027")),
        "expectedClose");
    refused(
        Api.as("pm-northwind")
            .post("/deal-registrations", good.replace("\"" + close + "\"", "20271231")),
        "expectedClose");
    refused(
        Api.as("pm-northwind")
            .post(
                "/deal-registrations",
                good.replace("{\"company\"", "{\"version\":\"abc\",\"company\"")),
        "version");
    refused(
        Api.as("pm-northwind")
            .post("/deal-registrations", good.replace("[\"security\"]", "\"security\"")),
        "categories");
    JsonObject unknown =
        refused(
            Api.as("pm-northwind")
                .post(
                    "/deal-registrations",
                    DealRegistrationApiIT.deal(company(), "\"security\",\"teleportation\"")),
            "categories");
    assertTrue(unknown.toString().contains("teleportation"), unknown.toString());
    refused(
        Api.as("pm-northwind")
            .post(
                "/deal-registrations",
                good.replace("Firewall refresh", "Firewall\\u001b[2J refresh")),
        "description");
    assertEquals(before, Db.count("SELECT COUNT(*) FROM deal_registration"), "nothing stored");
  }

  @Test
  void partnersNameTheirField() {
    long before = Db.count("SELECT COUNT(*) FROM partner");
    String good = PartnerApiIT.partner(PartnerApiIT.account());
    refused(Api.as("cm-all").post("/partners", good.replace("\"silver\"", "7")), "tier");
    refused(
        Api.as("cm-all").post("/partners", good.replace("[\"storage\"]", "[\"storage\",[]]")),
        "specialisations[1]");
    refused(
        Api.as("cm-all").post("/partners", good.replace("\"ines@iberia.example\"", "{}")),
        "primaryContact.email");
    refused(
        Api.as("cm-all")
            .post("/partners", good.replace("[\"storage\"]", "[\"storage\",\"basket weaving\"]")),
        "specialisations");
    refused(
        Api.as("cm-all")
            .post("/partners", good.replace("Iberia Components", "Iberia\\u0000Components")),
        "name");
    refused(
        Api.as("cm-all")
            .post("/partners", good.replace("Iberia Components", "Iberia\\nComponents")),
        "name");
    refused(
        Api.as("cm-all")
            .post("/partners", good.replace("Iberia Components", "Iberia \\u0085 Components")),
        "name");
    refused(Api.as("cm-all").post("/partners", "[" + good + "]"), "body");
    assertEquals(before, Db.count("SELECT COUNT(*) FROM partner"), "nothing stored");
    refused(Api.as("cm-all").put("/partners/2", "{\"version\":\"abc\"}"), "version");
    refused(Api.as("cm-all").put("/partners/2", "{\"version\":1.5}"), "version");
  }

  @Test
  void contractPricesNameTheirField() {
    String path = "/catalog/price-lists/partners/2";
    refused(
        Api.as("cm-all")
            .post(path, "{\"sku\":\"NET-SW24\",\"price\":\"abc\",\"validFrom\":\"2031-01-01\"}"),
        "price");
    refused(
        Api.as("cm-all")
            .post(path, "{\"sku\":\"NET-SW24\",\"price\":true,\"validFrom\":\"2031-01-01\"}"),
        "price");
    refused(
        Api.as("cm-all")
            .post(path, "{\"sku\":\"NET-SW24\",\"price\":\"10\",\"validFrom\":\"soon\"}"),
        "validFrom");
    refused(Api.as("cm-all").post(path, "{\"sku\":[\"NET-SW24\"],\"price\":\"10\"}"), "sku");
    refused(
        Api.as("cm-all").put("/catalog/price-lists/tiers/silver", "{\"discountPct\":\"ten\"}"),
        "discountPct");
    HttpResponse<String> asNumber =
        Api.as("cm-all")
            .post(
                path,
                "{\"sku\":\"NET-SW24\",\"price\":812.50,\"validFrom\":\"2031-01-01\",\"validTo\":\"2031-01-31\"}");
    assertEquals(
        201, asNumber.statusCode(), "a price may be sent as a JSON number: " + asNumber.body());
  }

  @Test
  void brokenUtf8AndLoneSurrogatesNameTheirField() {
    long before = leads();
    byte[] head =
        ("{\"email\":\"a@bad.example\",\"country\":\"DE\",\"company\":\"Linden")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "hof\"}".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
      byte[] body = new byte[head.length + bad.length + tail.length];
      System.arraycopy(head, 0, body, 0, head.length);
      System.arraycopy(bad, 0, body, head.length, bad.length);
      System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
      refused(postBytes("cm-all", "/leads", body), "company");
    }
    refused(Api.as("cm-all").post("/leads", lead(",\"need\":\"half \\ud83d a rocket\"")), "need");
    refused(Api.as("cm-all").post("/leads", lead(",\"need\":\"replacement \\ufffd\"")), "need");
    assertEquals(before, leads(), "nothing stored");
  }

  @Test
  void controlCharactersAreRefusedAndNothingIsStored() {
    long before = leads();
    for (String bad : List.of("\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u009b")) {
      refused(
          Api.as("cm-all").post("/leads", lead(",\"contactName\":\"Kai" + bad + " Falk\"")),
          "contactName");
    }
    refused(Api.as("cm-all").post("/leads", lead(",\"region\":\"two\\nlines\"")), "region");
    refused(Api.as("cm-all").post("/leads", lead(",\"need\":\"nul \\u0000 in a need\"")), "need");
    assertEquals(before, leads(), "nothing stored");
    HttpResponse<String> multiLine =
        Api.as("cm-all").post("/leads", lead(",\"need\":\"VPN\\nfor 40 trucks\\tsoon\""));
    assertEquals(201, multiLine.statusCode(), multiLine.body());
    assertEquals("VPN\nfor 40 trucks\tsoon", Http.json(multiLine).getString("need"));
  }

  @Test
  void textIsStoredInNfc() {
    String company = "Cafe\u0301 Noir " + SEQ.incrementAndGet() + " " + System.nanoTime();
    HttpResponse<String> created =
        Api.as("cm-all")
            .post(
                "/leads",
                "{\"company\":\""
                    + company.replace("\u0301", "\\u0301")
                    + "\",\"email\":\"a@bad.example\",\"country\":\"DE\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = Http.json(created).getJsonNumber("id").longValue();
    String nfc = company.replace("e\u0301", "\u00e9");
    assertEquals(nfc, Http.json(created).getString("company"));
    assertEquals(nfc, Db.string("SELECT company FROM sales_lead WHERE id = ?", id));
  }

  @Test
  void unknownCodesAreRefusedNamingTheField() {
    long before = leads();
    refused(Api.as("cm-all").post("/leads", lead(",\"category\":\"teleportation\"")), "category");
    assertEquals(before, leads(), "nothing stored");
    HttpResponse<String> known =
        Api.as("cm-all").post("/leads", lead(",\"category\":\"Wireless\""));
    assertEquals(201, known.statusCode(), known.body());
    assertEquals("wireless", Http.json(known).getString("category"));
  }

  @Test
  void thePublicApplicationFormFollowsTheSameRules() {
    String stamp = SEQ.incrementAndGet() + " " + System.nanoTime();
    String bell = "Vistula\u0007 " + stamp;
    String unknown = "Vistula Weaving " + stamp;
    String decomposed = "Vistula Cafe\u0301 " + stamp;
    assertTrue(applied(bell, "").body().contains("must not contain control characters"));
    assertEquals(0, CsrfIT.applications(bell), "nothing stored");
    assertTrue(
        applied(unknown, "networking, basket weaving").body().contains("basket weaving"),
        "the unknown specialisation is named");
    assertEquals(0, CsrfIT.applications(unknown), "nothing stored");
    String body = applied(decomposed, "networking").body();
    int at = body.indexOf("ui-messages-error");
    assertEquals(
        1,
        CsrfIT.applications(decomposed.replace("e\u0301", "\u00e9")),
        "stored in NFC: "
            + (at < 0 ? "no error shown" : body.substring(at, Math.min(body.length(), at + 600))));
  }

  private static HttpResponse<String> applied(String company, String specialisations) {
    PortalSession visitor = PortalSession.anonymous();
    String page = visitor.get("/apply.xhtml").body();
    Map<String, String> form = CsrfIT.application(page, company);
    form.put("applyForm:specialisations", specialisations);
    HttpResponse<String> response = visitor.follow(visitor.postForm("/apply.xhtml", form));
    assertEquals(200, response.statusCode());
    return response;
  }

  @Test
  void bodiesBeyondTheParsersLimitsAreRefusedAsUnreadable() {
    long before = leads();
    for (String body :
        List.of(
            lead(",\"estimatedValue\":1e2147483648"),
            lead(",\"estimatedValue\":" + "9".repeat(2000)),
            "[".repeat(3000) + "]".repeat(3000))) {
      refused(postBytes("cm-all", "/leads", body.getBytes(StandardCharsets.UTF_8)), "body");
    }
    assertEquals(before, leads(), "nothing stored");
  }

  @Test
  void aBodyOverTheLimitIsRefusedAsTooLarge() {
    String need = "x".repeat(1024 * 1024 + 10);
    HttpResponse<String> response =
        Api.as("cm-all").post("/leads", lead(",\"need\":\"" + need + "\""));
    assertProblem(response, 413);
    assertNoJava(response.body());
  }
}
