package org.channelport.devstack;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Where the integration tests find the stack that {@link IntegrationInfrastructure} (MariaDB,
 * Keycloak, Tryton) and Arquillian (the portal on Payara Micro, see arquillian.xml) start for them.
 */
public final class TestStack {

  public static final int DB_PORT = 13306;
  public static final int KEYCLOAK_PORT = 18180;
  public static final int PORTAL_PORT = 18080;
  public static final int MAIL_SMTP_PORT = 13025;
  public static final int MAIL_API_PORT = 18889;
  public static final int TRYTON_PORT = 18000;

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private TestStack() {}

  /** http://localhost:18080, the portal (context root /). */
  public static String portalUrl() {
    return "http://localhost:" + PORTAL_PORT;
  }

  /** http://localhost:18180 */
  public static String keycloakUrl() {
    return "http://localhost:" + KEYCLOAK_PORT;
  }

  /** http://localhost:18180/realms/channelport, the issuer of the portal's tokens. */
  public static String realmUrl() {
    return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
  }

  /** The realm's token endpoint, for password grants in tests (client channelport-cli). */
  public static String tokenUrl() {
    return realmUrl() + "/protocol/openid-connect/token";
  }

  /** GreenMail's REST API: GET /api/user/<email>/messages/INBOX lists a mailbox. */
  public static String mailApiUrl() {
    return "http://127.0.0.1:" + MAIL_API_PORT;
  }

  /** jdbc:mariadb://127.0.0.1:13306/channelport, fresh for every test run. */
  public static String dbUrl() {
    return "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/" + EmbeddedMariaDb.DATABASE;
  }

  public static String dbUser() {
    return EmbeddedMariaDb.USER;
  }

  public static String dbPassword() {
    return EmbeddedMariaDb.PASSWORD;
  }

  /** http://127.0.0.1:18000/, Tryton's JSON-RPC (database {@link TrytonServer#DATABASE}). */
  public static String trytonUrl() {
    return "http://127.0.0.1:" + TRYTON_PORT + "/";
  }

  /** Headless Chromium from Debian's packages, usable as root. */
  public static ChromeOptions chromeOptions() {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    return new ChromeOptions()
        .setBinary(CHROMIUM.toFile())
        .addArguments(
            "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
  }
}
