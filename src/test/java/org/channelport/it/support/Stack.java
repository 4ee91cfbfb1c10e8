package org.channelport.it.support;

/** Where the servers of the test run are (see the devstack integration infrastructure). */
public final class Stack {
  private Stack() {}

  public static String portalUrl() {
    return System.getProperty("channelport.it.portal", "http://localhost:18080");
  }

  public static String keycloakUrl() {
    return System.getProperty("channelport.it.keycloak", "http://localhost:18180");
  }

  public static String realmUrl() {
    return keycloakUrl() + "/realms/channelport";
  }

  /** GreenMail's REST API (the test run's SMTP server). */
  public static String mailApiUrl() {
    return System.getProperty("channelport.it.mail", "http://127.0.0.1:18889");
  }

  public static String dbUrl() {
    return System.getProperty("channelport.it.db", "jdbc:mariadb://127.0.0.1:13306/channelport");
  }

  public static String dbUser() {
    return "channelport";
  }

  public static String dbPassword() {
    return "channelport";
  }
}
