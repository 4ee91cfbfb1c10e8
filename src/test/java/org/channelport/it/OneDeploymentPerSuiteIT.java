package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import org.channelport.devstack.TestStack;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every IT class runs against the one suite deployment: this second Arquillian class (beside {@link
 * StackSmokeIT}) is pointed at the same portal, which answers and lets Keycloak's users in, and
 * Payara Micro does not start again for it (see "Starting Payara Micro" / "Deployed" in the
 * failsafe output: once per run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneDeploymentPerSuiteIT {

  @ArquillianResource URL portal;

  @Test
  void arquillianPointsAtThePortalRoot() {
    assertEquals(TestStack.portalUrl(), portal.toString().replaceFirst("/$", ""));
  }

  @Test
  void portalAnswersItsHealthCheck() throws Exception {
    StackSmokeIT.assertHealthAnswers(portal.toURI().resolve("/health"));
  }

  @Test
  void keycloakGivesAChannelManagerAnApiToken() throws Exception {
    assertFalse(StackSmokeIT.passwordGrant("cm-all", "demo").getString("access_token").isBlank());
  }
}
