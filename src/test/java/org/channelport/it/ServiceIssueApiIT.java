package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Issues;
import org.channelport.it.support.Orders;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service-issue API's contract from outside: what a new issue answers, bad input refused naming
 * each field (nothing created), stale versions and steps that do not fit refused with 409, an
 * internal note in no partner's JSON, files whose bytes lie about their type refused, comments with
 * files as multipart.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceIssueApiIT {
  static final String ISSUES = "/service-issues";

  private static long issues() {
    return Db.count("SELECT COUNT(*) FROM service_issue");
  }

  private static Set<String> fields(HttpResponse<String> response) {
    assertProblem(response, 400);
    return Http.json(response).getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .collect(Collectors.toSet());
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertTrue(fields(response).contains(field), field + " named in " + response.body());
  }

  @Test
  void aNewIssueAnswersTheContractsFieldsWithItsSlaClocks() {
    HttpResponse<String> created =
        Api.as("pe-northwind")
            .post(
                ISSUES,
                "{\"customerId\":20,\"sku\":\"NET-SW24\",\"serialNumber\":\"SW24-21-118904\","
                    + "\"orderId\":101,\"subject\":\"Switch does not power up\","
                    + "\"description\":\"No LED, link LED off on every port.\","
                    + "\"priority\":\"high\",\"category\":\"defect\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject issue = Http.json(created);
    long id = issue.getJsonNumber("id").longValue();
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith(ISSUES + "/" + id),
        created.headers().toString());
    assertTrue(issue.getString("number").matches("SI-[0-9]{4}-[0-9]{5,}"), issue.toString());
    assertEquals(1, issue.getJsonNumber("partnerId").longValue());
    assertEquals(20, issue.getJsonNumber("customerId").longValue());
    assertEquals("new", issue.getString("status"));
    assertEquals("high", issue.getString("priority"));
    assertEquals("defect", issue.getString("category"));
    assertEquals("NET-SW24", issue.getString("sku"));
    assertEquals(1, issue.getInt("orderLineNo"), "the order's line of the SKU");
    assertEquals("Switch 24 port gigabit", issue.getString("productName"));
    assertFalse(issue.getBoolean("slaPaused"));
    assertEquals("on_track", issue.getString("slaState"));
    assertNotNull(issue.getString("firstResponseDue"));
    assertNotNull(issue.getString("resolutionDue"));
    assertTrue(
        issue.getString("firstResponseDue").compareTo(issue.getString("resolutionDue")) < 0,
        "the first response is due before the resolution");
    assertTrue(issue.containsKey("version"));
    assertEquals(
        1,
        Db.count("SELECT COUNT(*) FROM service_issue WHERE number = ?", issue.getString("number")));

    JsonObject read = Http.json(Api.as("pm-northwind").get(ISSUES + "/" + id));
    assertEquals(issue.getString("number"), read.getString("number"));
    assertEquals("created", events("pm-northwind", id).get(0));
  }

  @Test
  void anOfflineOrderOfThePartnerIsAnOrderLikeAnyOther() {
    HttpResponse<String> created =
        Api.as("pm-northwind")
            .post(
                ISSUES,
                "{\"customerId\":1,\"sku\":\"SEC-FW100\",\"orderId\":103,\"subject\":\"VPN drops\","
                    + "\"description\":\"Tunnel drops hourly.\",\"priority\":\"low\","
                    + "\"category\":\"question\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("CP-2026-000103", Http.json(created).getString("orderNumber"));
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndNothingIsCreated() {
    long before = issues();
    Set<String> missing = fields(Api.as("pe-northwind").post(ISSUES, "{}"));
    assertEquals(
        Set.of("customerId", "sku", "subject", "description", "priority", "category"), missing);
    assertField(
        Api.as("pe-northwind")
            .post(ISSUES, Issues.body(20, "NET-AP6", "x").replace("\"normal\"", "\"critical\"")),
        "priority");
    assertField(
        Api.as("pe-northwind")
            .post(ISSUES, Issues.body(20, "NET-AP6", "x").replace("\"defect\"", "\"billing\"")),
        "category");
    // another partner's customer (Danube's order customer), an unknown product
    assertField(Api.as("pe-northwind").post(ISSUES, Issues.body(21, "NET-AP6", "x")), "customerId");
    assertField(Api.as("pe-northwind").post(ISSUES, Issues.body(20, "NO-SUCH-SKU", "x")), "sku");
    // another partner's order; an order without the product; a line that is another product
    assertField(
        Api.as("pe-northwind").post(ISSUES, withOrder(Issues.body(20, "STO-NAS4", "x"), 104, null)),
        "orderId");
    assertField(
        Api.as("pe-northwind").post(ISSUES, withOrder(Issues.body(20, "STO-NAS4", "x"), 101, null)),
        "sku");
    assertField(
        Api.as("pe-northwind").post(ISSUES, withOrder(Issues.body(20, "NET-AP6", "x"), 101, 1)),
        "sku");
    assertField(
        Api.as("pe-northwind").post(ISSUES, withOrder(Issues.body(20, "NET-AP6", "x"), 101, 9)),
        "orderLineNo");
    // an on-behalf order of another customer
    assertField(
        Api.as("pe-northwind").post(ISSUES, withOrder(Issues.body(6, "NET-AP6", "x"), 102, null)),
        "customerId");
    assertField(Api.as("pe-northwind").post(ISSUES, "{\"customerId\":\"twenty\"}"), "customerId");
    assertProblem(Api.as("cm-all").post(ISSUES, Issues.body(20, "NET-AP6", "x")), 403);
    assertEquals(before, issues(), "nothing was created");
  }

  private static String withOrder(String body, long orderId, Integer lineNo) {
    return body.substring(0, body.length() - 1)
        + ",\"orderId\":"
        + orderId
        + (lineNo == null ? "" : ",\"orderLineNo\":" + lineNo)
        + "}";
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    long id = Issues.logged(Orders.NORTHWIND);
    long version = Issues.version(id);
    Issues.step("cm-all", id, "take", "{\"version\":" + version + "}");
    HttpResponse<String> stale =
        Api.as("cm-all")
            .post(
                ISSUES + "/" + id + "/solve",
                "{\"solution\":\"Replace it.\",\"version\":" + version + "}");
    assertProblem(stale, 409);
    assertEquals("version", Http.json(stale).getString("field"));
    assertEquals("IN_PROGRESS", Issues.status(id));
  }

  @Test
  void aStepThatDoesNotFitTheStatusIsRefusedWithAClearMessage() {
    long id = Issues.logged(Orders.NORTHWIND);
    HttpResponse<String> close = Api.as("pm-northwind").post(ISSUES + "/" + id + "/close", "{}");
    assertProblem(close, 409);
    assertEquals("status", Http.json(close).getString("field"));
    assertTrue(Http.json(close).getString("detail").contains("solved"), close.body());
    assertProblem(
        Api.as("cm-all")
            .post(ISSUES + "/" + id + "/wait", "{\"for\":\"partner\",\"reason\":\"?\"}"),
        409);
    assertField(
        Api.as("cm-all")
            .post(ISSUES + "/" + id + "/wait", "{\"for\":\"supplier\",\"reason\":\"?\"}"),
        "for");
    assertEquals("NEW", Issues.status(id));
  }

  @Test
  void aWaitPausesTheClockAndThePartnersReplyResumesIt() {
    long id = Issues.inProgress(Orders.NORTHWIND);
    JsonObject waiting =
        Issues.step("cm-all", id, "wait", "{\"for\":\"partner\",\"reason\":\"Serial number?\"}");
    assertEquals("waiting_partner", waiting.getString("status"));
    assertTrue(waiting.getBoolean("slaPaused"));
    assertEquals("paused", waiting.getString("slaState"));
    HttpResponse<String> reply =
        Api.as("pe-northwind")
            .post(ISSUES + "/" + id + "/comments", "{\"text\":\"It is SW24-21-118903.\"}");
    assertEquals(201, reply.statusCode(), reply.body());
    JsonObject resumed = Http.json(Api.as("pe-northwind").get(ISSUES + "/" + id));
    assertEquals("in_progress", resumed.getString("status"));
    assertFalse(resumed.getBoolean("slaPaused"));
    assertTrue(events("cm-all", id).contains("resumed"));
  }

  @Test
  void anInternalNoteIsInNoPartnersJson() {
    long id = Issues.inProgress(Orders.NORTHWIND);
    String secret = "Internal-" + System.nanoTime();
    HttpResponse<String> note =
        Api.as("cm-all")
            .post(
                ISSUES + "/" + id + "/comments",
                "{\"text\":\"" + secret + " batch recall\",\"internal\":true}");
    assertEquals(201, note.statusCode(), note.body());
    JsonObject before = Http.json(Api.as("pe-northwind").get(ISSUES + "/" + id));
    // the same note as multipart, with a file
    HttpResponse<String> withFile =
        Issues.multipart(
            "cm-all",
            id,
            Issues.Part.json("comment", "{\"text\":\"" + secret + " photo\",\"internal\":true}"),
            Issues.Part.file("internal.png", "image/png", Issues.PNG));
    assertEquals(201, withFile.statusCode(), withFile.body());
    long hiddenFile =
        Http.json(withFile)
            .getJsonArray("attachments")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    for (String partnerUser : List.of("pe-northwind", "pm-northwind")) {
      for (String path :
          List.of(
              ISSUES + "/" + id,
              ISSUES + "/" + id + "/comments",
              ISSUES + "/" + id + "/events",
              ISSUES + "/" + id + "/attachments",
              ISSUES + "?limit=200",
              ISSUES + "/counts")) {
        HttpResponse<String> seen = Api.as(partnerUser).get(path);
        assertEquals(200, seen.statusCode(), path + ": " + seen.body());
        assertFalse(seen.body().contains(secret), partnerUser + " " + path + ": " + seen.body());
        assertFalse(seen.body().contains("\"internal\":true"), path + ": " + seen.body());
      }
      assertEquals(404, Issues.download(partnerUser, id, hiddenFile).statusCode());
    }
    JsonObject after = Http.json(Api.as("pe-northwind").get(ISSUES + "/" + id));
    assertEquals(before.getString("updatedAt"), after.getString("updatedAt"), "no news to see");
    assertEquals(before.getInt("version"), after.getInt("version"));
    // the service reads its own note
    String service = Api.as("cm-all").get(ISSUES + "/" + id + "/comments").body();
    assertTrue(service.contains(secret), service);
    assertEquals(200, Issues.download("cm-all", id, hiddenFile).statusCode());
  }

  @Test
  void filesWhoseBytesLieAboutTheirTypeAreRefused() {
    long id = Issues.logged(Orders.NORTHWIND);
    byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    // HTML named like a photo, and declared as one
    assertField(
        Issues.multipart(
            "pe-northwind",
            id,
            Issues.Part.json("comment", "{\"text\":\"photo\"}"),
            Issues.Part.file("photo.png", "image/png", script)),
        "file");
    // a real PNG named like a text log
    assertField(
        Issues.multipart(
            "pe-northwind",
            id,
            Issues.Part.json("comment", "{\"text\":\"log\"}"),
            Issues.Part.file("notes.txt", "text/plain", Issues.PNG)),
        "file");
    // an executable, whatever its name
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertField(
        Issues.multipart(
            "pe-northwind",
            id,
            Issues.Part.json("comment", "{\"text\":\"log\"}"),
            Issues.Part.file("log.zip", "application/zip", elf)),
        "file");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM service_issue_comment WHERE issue_id = ?", id));
    assertEquals(
        0, Db.count("SELECT COUNT(*) FROM service_issue_attachment WHERE issue_id = ?", id));
  }

  @Test
  void aCommentWithFilesIsMultipartAndTheFilesDownloadAsTheyWere() {
    long id = Issues.logged(Orders.NORTHWIND);
    byte[] log = "2026-12-01 10:00 link down port 3\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> created =
        Issues.multipart(
            "pe-northwind",
            id,
            Issues.Part.json("comment", "{\"text\":\"Photo and switch log attached\"}"),
            Issues.Part.file("front.png", "image/png", Issues.PNG),
            Issues.Part.file("switch.log", "text/plain", log));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject comment = Http.json(created);
    assertEquals("Photo and switch log attached", comment.getString("text"));
    JsonArray files = comment.getJsonArray("attachments");
    assertEquals(2, files.size(), files.toString());
    assertEquals("image/png", files.getJsonObject(0).getString("contentType"));
    assertEquals("text/plain", files.getJsonObject(1).getString("contentType"));
    HttpResponse<byte[]> download =
        Issues.download("pm-northwind", id, files.getJsonObject(1).getJsonNumber("id").longValue());
    assertEquals(200, download.statusCode());
    assertEquals(
        new String(log, StandardCharsets.UTF_8),
        new String(download.body(), StandardCharsets.UTF_8));
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").contains("switch.log"));

    JsonArray listed =
        Http.parse(Api.as("cm-all").get(ISSUES + "/" + id + "/comments").body()).asJsonArray();
    assertEquals(2, listed.getJsonObject(0).getJsonArray("attachments").size());
  }

  @Test
  void tooManyFilesAreRefusedWith413AndNothingIsStored() {
    long id = Issues.logged(Orders.NORTHWIND);
    Issues.Part[] parts = new Issues.Part[7];
    parts[0] = Issues.Part.json("comment", "{\"text\":\"many\"}");
    for (int i = 1; i < parts.length; i++) {
      parts[i] = Issues.Part.file("p" + i + ".png", "image/png", Issues.PNG);
    }
    assertProblem(Issues.multipart("pe-northwind", id, parts), 413);
    assertEquals(
        0, Db.count("SELECT COUNT(*) FROM service_issue_attachment WHERE issue_id = ?", id));
    // a file over the limit
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(Issues.PNG, 0, big, 0, Issues.PNG.length);
    assertProblem(
        Issues.multipart(
            "pe-northwind",
            id,
            Issues.Part.json("comment", "{\"text\":\"big\"}"),
            Issues.Part.file("big.png", "image/png", big)),
        413);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM service_issue_comment WHERE issue_id = ?", id));
    // chunked (no Content-Length), more than all files together may be: cut off while it is read
    byte[] huge = new byte[52 * 1024 * 1024];
    System.arraycopy(Issues.PNG, 0, huge, 0, Issues.PNG.length);
    assertProblem(
        Issues.multipart(
            "pe-northwind",
            id,
            true,
            Issues.Part.json("comment", "{\"text\":\"huge\"}"),
            Issues.Part.file("huge.png", "image/png", huge)),
        413);
    // and too many parts chunked: counted as they stream in
    Issues.Part[] many = new Issues.Part[120];
    many[0] = Issues.Part.json("comment", "{\"text\":\"many chunked\"}");
    for (int i = 1; i < many.length; i++) {
      many[i] = Issues.Part.file("m" + i + ".png", "image/png", Issues.PNG);
    }
    assertProblem(Issues.multipart("pe-northwind", id, true, many), 413);
    assertEquals(0, Db.count("SELECT COUNT(*) FROM service_issue_comment WHERE issue_id = ?", id));
    assertEquals(
        0, Db.count("SELECT COUNT(*) FROM service_issue_attachment WHERE issue_id = ?", id));
  }

  @Test
  void theListFiltersByStatusSlaStateAndCustomer() {
    long waiting = Issues.inProgress(Orders.NORTHWIND);
    Issues.step("cm-all", waiting, "wait", "{\"for\":\"customer\",\"reason\":\"Photo?\"}");
    JsonArray paused =
        Http.parse(Api.as("pm-northwind").get(ISSUES + "?slaState=paused&limit=200").body())
            .asJsonArray();
    assertTrue(ids(paused).contains(waiting), paused.toString());
    assertTrue(
        paused.stream().allMatch(i -> i.asJsonObject().getBoolean("slaPaused")), paused.toString());
    JsonArray news =
        Http.parse(
                Api.as("pm-northwind").get(ISSUES + "?status=new&customerId=20&limit=200").body())
            .asJsonArray();
    assertFalse(ids(news).contains(waiting));
    assertTrue(
        news.stream()
            .map(JsonValue::asJsonObject)
            .allMatch(i -> i.getString("status").equals("new") && i.getInt("customerId") == 20));
    assertField(Api.as("pm-northwind").get(ISSUES + "?slaState=late"), "slaState");
    JsonObject counts = Http.json(Api.as("cm-all").get(ISSUES + "/counts"));
    assertTrue(counts.getJsonNumber("waiting").longValue() >= 1, counts.toString());
  }

  @Test
  void aNewIssueGoesToTheFirstFittingRulesAssigneeWhoManagesThePartner() {
    Db.update(
        "INSERT INTO issue_routing_rule (id, category, partner_id, assignee, priority_order,"
            + " created_by, created_at, version) VALUES"
            + " (901, 'INSTALLATION', NULL, 'cm-danube', 5, 'it', UTC_TIMESTAMP(6), 0),"
            + " (902, 'INSTALLATION', NULL, 'cm-all', 10, 'it', UTC_TIMESTAMP(6), 0)");
    try {
      String installation =
          Issues.body(20, "NET-AP6", "Mounting").replace("\"defect\"", "\"installation\"");
      // cm-danube does not manage Northwind: the next rule's cm-all gets it
      JsonObject northwind = Http.json(Api.as("pe-northwind").post(ISSUES, installation));
      assertEquals("cm-all", northwind.getString("assignee"), northwind.toString());
      assertEquals("new", northwind.getString("status"), "routed, not taken yet");
      JsonObject danube =
          Http.json(Api.as("pm-danube").post(ISSUES, installation.replace(":20,", ":21,")));
      assertEquals("cm-danube", danube.getString("assignee"), danube.toString());
      // another category: no rule fits, the queue
      JsonObject defect = Issues.log(Orders.DANUBE);
      assertTrue(defect.isNull("assignee"), defect.toString());
    } finally {
      Db.update("DELETE FROM issue_routing_rule WHERE id IN (901, 902)");
    }
  }

  private static Set<Long> ids(JsonArray rows) {
    return rows.stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private static List<String> events(String user, long id) {
    return Http.parse(Api.as(user).get(ISSUES + "/" + id + "/events").body()).asJsonArray().stream()
        .map(e -> e.asJsonObject().getString("kind"))
        .toList();
  }
}
