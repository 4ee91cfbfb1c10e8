package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deal registration and lead import pages, signed in: who sees what. */
@ExtendWith(ArquillianExtension.class)
class DealPagesIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  @Test
  void pagesAnswerByRole() {
    assertEquals(200, as("cm-all").get("/channel/deal-registrations.xhtml").statusCode());
    assertEquals(200, as("cm-all").get("/channel/lead-import.xhtml").statusCode());
    assertEquals(403, as("cm-all").get("/partner/deal-registrations.xhtml").statusCode());
    assertEquals(200, as("pm-northwind").get("/partner/deal-registrations.xhtml").statusCode());
    assertEquals(200, as("pe-northwind").get("/partner/deal-registration.xhtml").statusCode());
    assertEquals(403, as("pm-northwind").get("/channel/lead-import.xhtml").statusCode());
    assertEquals(403, as("pm-northwind").get("/channel/deal-registrations.xhtml").statusCode());
  }

  @Test
  void theReviewShowsTheConflictToTheManagerAndThePartnerOnlyThatOneExists() {
    String company = DealRegistrationApiIT.company();
    DealRegistrationApiIT.openLeadOf(2, company, "security");
    long id =
        DealRegistrationApiIT.id(
            DealRegistrationApiIT.submitted(
                "pm-northwind", DealRegistrationApiIT.deal(company, "\"security\"")));

    HttpResponse<String> partner =
        as("pm-northwind").get("/partner/deal-registration.xhtml?id=" + id);
    assertEquals(200, partner.statusCode());
    assertTrue(partner.body().contains("Conflicts with an existing registration"), partner.body());
    assertFalse(partner.body().contains("Baltic"));
    HttpResponse<String> list = as("pm-northwind").get("/partner/deal-registrations.xhtml");
    assertTrue(list.body().contains(company), "the partner lists its registration");
    assertFalse(list.body().contains("Baltic"));

    assertEquals(
        404, as("pm-baltic").get("/partner/deal-registration.xhtml?id=" + id).statusCode());
    assertEquals(
        404, as("cm-danube").get("/channel/deal-registration.xhtml?id=" + id).statusCode());

    HttpResponse<String> review = as("cm-all").get("/channel/deal-registration.xhtml?id=" + id);
    assertEquals(200, review.statusCode());
    assertTrue(review.body().contains("Baltic Tech"), "the manager sees whose lead it is");
    assertTrue(review.body().contains("Northwind Systems"));
    assertTrue(review.body().contains("decisionForm"), "a submitted registration can be decided");
  }
}
