package org.channelport.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
