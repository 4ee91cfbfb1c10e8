package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The routing page: channel managers see their own portfolio's routing; partners get 403. */
@ExtendWith(ArquillianExtension.class)
class RoutingPageIT {

  @Test
  void aChannelManagerSeesTheRoutingOfTheirPortfolioOnly() {
    HttpResponse<String> danube = PortalSession.signIn("cm-danube").get("/channel/routing.xhtml");
    assertEquals(200, danube.statusCode());
    String body = danube.body();
    assertTrue(body.contains("Danube Solutions"), body);
    assertFalse(body.contains("Northwind Systems"));
    assertFalse(body.contains("Baltic Tech"));
    // the demo territories of Danube Solutions: Austria and German postcodes starting with 8
    assertTrue(body.contains("DE 8…"), body);
    // not a channel admin: the tier policy is shown, not editable
    assertTrue(body.contains("Only channel admins change them"), body);
  }

  @Test
  void aChannelAdminCanEditTheTierPolicy() {
    String body = PortalSession.signIn("cm-all").get("/channel/routing.xhtml").body();
    assertTrue(body.contains("Northwind Systems") && body.contains("Baltic Tech"), body);
    assertTrue(body.contains("tiersForm"), body);
    assertFalse(body.contains("Only channel admins change them"));
  }

  @Test
  void partnerUsersCannotOpenIt() {
    assertEquals(
        403, PortalSession.signIn("pm-northwind").get("/channel/routing.xhtml").statusCode());
  }
}
