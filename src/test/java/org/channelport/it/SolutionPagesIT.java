package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.it.support.Db;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base pages, signed in through Keycloak: a channel manager writes and publishes a
 * solution on the edit page; partners read published solutions in the list and the reader, never
 * drafts; channel managers see drafts in their list.
 */
@ExtendWith(ArquillianExtension.class)
class SolutionPagesIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  /** The demo data's published solution about the switch, and its draft about printers. */
  static final String PUBLISHED = "Switch does not power up after a firmware update";

  static final String DRAFT = "Switch ports show no link with old 10 Mbit/s printers";

  @Test
  void aChannelManagerWritesAndPublishesASolutionOnTheEditPage() {
    String title = "Page-written solution " + UUID.randomUUID().toString().substring(0, 8);
    PortalSession cm = as("cm-all");
    String page = cm.get("/channel/solution.xhtml").body();
    Map<String, String> form = PortalSession.formFields(page, "solutionForm");
    // the category menu's option boxes: none ticked
    form.keySet().removeIf(k -> k.startsWith("solutionForm:categories"));
    form.put("solutionForm:title", title);
    form.put("solutionForm:symptoms", "The fan spins at full speed after start.");
    form.put("solutionForm:steps", "1. Update the firmware.\n2. Restart.");
    form.put("solutionForm:skus", "NET-SW24, net-sw48");
    form.put("solutionForm:publish", "solutionForm:publish");
    HttpResponse<String> saved = cm.postForm("/channel/solution.xhtml", form);
    assertEquals(302, saved.statusCode(), saved.body());
    assertTrue(PortalSession.location(saved).contains("/channel/solution.xhtml?id="));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM solution WHERE title = ? AND published", title));
    long id = Db.count("SELECT id FROM solution WHERE title = ?", title);
    assertEquals(2, Db.count("SELECT COUNT(*) FROM solution_sku WHERE solution_id = ?", id));

    String read = as("pe-baltic").get("/partner/solutions.xhtml?id=" + id).body();
    assertTrue(read.contains(title), read);
    assertTrue(read.contains("The fan spins at full speed after start."));
    assertTrue(read.contains("NET-SW24, NET-SW48"));
  }

  @Test
  void badInputOnTheEditPageIsShownAtTheFieldAndNothingIsStored() {
    PortalSession cm = as("cm-danube");
    String page = cm.get("/channel/solution.xhtml").body();
    Map<String, String> form = PortalSession.formFields(page, "solutionForm");
    form.keySet().removeIf(k -> k.startsWith("solutionForm:categories"));
    String title = "No steps " + UUID.randomUUID().toString().substring(0, 8);
    form.put("solutionForm:title", title);
    form.put("solutionForm:skus", "NO-SUCH-SKU");
    form.put("solutionForm:save", "solutionForm:save");
    HttpResponse<String> answer = cm.postForm("/channel/solution.xhtml", form);
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("Steps: is required"), answer.body());
    assertTrue(answer.body().contains("NO-SUCH-SKU"), answer.body());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM solution WHERE title = ?", title));
  }

  @Test
  void partnersReadPublishedSolutionsAndNeverDrafts() {
    String list = as("pe-northwind").get("/partner/solutions.xhtml").body();
    assertTrue(list.contains(PUBLISHED), list);
    assertFalse(list.contains(DRAFT), list);
    String read = as("pm-baltic").get("/partner/solutions.xhtml?id=1").body();
    assertTrue(read.contains(PUBLISHED));
    assertTrue(read.contains("Hold the reset button"), read);
    assertFalse(read.contains("editSolution"), "partners get no edit button");
    assertEquals(404, as("pm-baltic").get("/partner/solutions.xhtml?id=7").statusCode());

    String channel = as("cm-all").get("/channel/solutions.xhtml").body();
    assertTrue(channel.contains(PUBLISHED), channel);
    assertTrue(channel.contains(DRAFT), channel);
    assertTrue(as("cm-all").get("/channel/solution.xhtml?id=7").body().contains(DRAFT));
    String menu = as("pe-northwind").get("/index.xhtml").body();
    assertTrue(menu.contains("/partner/solutions.xhtml"), "menu entry");
    assertFalse(menu.contains("/channel/solutions.xhtml"));
  }
}
