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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog and showroom pages by role and partner, signed in through Keycloak. */
@ExtendWith(ArquillianExtension.class)
class CatalogPageAccessIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  @ParameterizedTest(name = "{0} GET {1} -> {2}")
  @CsvSource({
    "cm-all,       /channel/catalog.xhtml,                    200",
    "cm-all,       /channel/catalog-upload.xhtml,             200",
    "cm-all,       /channel/catalog-upload.xhtml?id=99999999, 404",
    "cm-all,       /channel/catalog-prices.xhtml,             200",
    "cm-all,       /partner/prices.xhtml,                     403",
    "cm-all,       /partner/showroom.xhtml,                   403",
    "pm-northwind, /partner/prices.xhtml,                     200",
    "pm-northwind, /partner/showroom.xhtml,                   200",
    "pm-northwind, /channel/catalog.xhtml,                    403",
    "pm-northwind, /channel/catalog-upload.xhtml,             403",
    "pm-northwind, /channel/catalog-prices.xhtml,             403",
    "pe-northwind, /partner/prices.xhtml,                     200",
    "pe-northwind, /partner/showroom.xhtml,                   200",
  })
  void pagesAnswerByRole(String user, String path, int status) {
    HttpResponse<String> response = as(user).get(path);
    assertEquals(status, response.statusCode(), user + " " + path);
  }

  @Test
  void eachPartnerSeesItsOwnNetPricesOnItsCatalogPage() {
    String northwind = as("pm-northwind").get("/partner/prices.xhtml").body();
    assertTrue(northwind.contains("700.00"), "Northwind's contract price for NET-SW24");
    assertTrue(northwind.contains("12"), "Northwind's tier discount");
    assertFalse(northwind.contains("640.00"), "not Baltic's contract price");
    String baltic = as("pm-baltic").get("/partner/prices.xhtml").body();
    assertTrue(baltic.contains("640.00"), "Baltic's contract price for STO-NAS4");
    assertFalse(baltic.contains("700.00"), "not Northwind's contract price");
  }

  @Test
  void aChannelManagerSetsPricesOnlyForThePartnersOfTheirPortfolio() {
    String danube = as("cm-danube").get("/channel/catalog-prices.xhtml").body();
    assertTrue(danube.contains("Danube Solutions"));
    assertFalse(danube.contains("Northwind Systems"));
    assertFalse(danube.contains("Baltic Tech"));
  }

  @Test
  void partnerEmployeesSeeTheShowroomSettingsReadOnly() {
    String employee = as("pe-northwind").get("/partner/showroom.xhtml").body();
    assertTrue(employee.contains("northwind-systems"), "the public address");
    assertTrue(employee.contains("Only your partner manager"), employee);
    assertFalse(employee.contains("showroomForm:save"));
    String manager = as("pm-northwind").get("/partner/showroom.xhtml").body();
    assertTrue(manager.contains("showroomForm:save"));
  }
}
