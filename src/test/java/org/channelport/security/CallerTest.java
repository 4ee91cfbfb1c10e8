package org.channelport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {
  @Test
  void aPartnerRoleWithoutAPartnerGrantsNothing() {
    Caller caller = new Caller("pm-lost", Set.of(Role.PARTNER_MANAGER), null);
    assertFalse(caller.isPartnerUser());
    assertFalse(caller.isPartnerManager());
    assertTrue(caller.roles().isEmpty());
  }

  @Test
  void channelAdminNeedsToBeAChannelManager() {
    assertFalse(new Caller("x", Set.of(Role.CHANNEL_ADMIN), null).isChannelAdmin());
    assertTrue(
        new Caller("cm-all", Set.of(Role.CHANNEL_ADMIN, Role.CHANNEL_MANAGER), null)
            .isChannelAdmin());
  }

  @Test
  void aPartnerEmployeeIsAPartnerUserButNotAManager() {
    Caller pe = new Caller("pe-northwind", Set.of(Role.PARTNER_EMPLOYEE), 1L);
    assertTrue(pe.isPartnerUser());
    assertFalse(pe.isPartnerManager());
    assertFalse(pe.isChannelManager());
  }

  @Test
  void theErpServiceAccountIsNobodysUser() {
    Caller erp =
        new Caller(
            "service-account-channelport-erp",
            Set.of(Role.ERP_INTEGRATION, Role.CHANNEL_MANAGER, Role.PARTNER_MANAGER),
            1L);
    assertTrue(erp.isErpIntegration());
    assertEquals(Set.of(Role.ERP_INTEGRATION), erp.roles());
    assertNull(erp.partnerId());
    assertFalse(erp.isChannelManager());
    assertFalse(erp.isPartnerUser());
    assertFalse(Role.PORTAL.contains(Role.ERP_INTEGRATION));
  }

  @Test
  void theErpTokenOpensOnlyTheIntegrationPaths() {
    assertTrue(BearerTokenFilter.isIntegrationPath("integration/stock"));
    assertTrue(BearerTokenFilter.isIntegrationPath("/integration/order-responses"));
    assertFalse(BearerTokenFilter.isIntegrationPath("me"));
    assertFalse(BearerTokenFilter.isIntegrationPath("integration"));
    assertFalse(BearerTokenFilter.isIntegrationPath("integrationx/stock"));
    assertFalse(BearerTokenFilter.isIntegrationPath("integration/../partners"));
    assertFalse(BearerTokenFilter.isIntegrationPath(null));
  }
}
