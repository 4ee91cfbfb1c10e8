package org.channelport.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.channelport.platform.Clock;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.DomainException;
import org.channelport.shared.RecordNotFoundException;
import org.junit.jupiter.api.Test;

class IntegrationAdminTest {
  @Test
  void theClockEndpointIsNotThereUnlessTheClockIsAdjustable() {
    Clock system = new Clock();
    assertFalse(system.adjustable());
    IntegrationAdmin admin = new IntegrationAdmin(null, null, null, null, system);
    DomainException e = assertThrows(RecordNotFoundException.class, () -> admin.advanceClock(60L));
    assertEquals(DomainException.Kind.NOT_FOUND, e.kind(), "404, whoever asks");
  }

  @Test
  void onlyChannelAdminsManageTheConnector() {
    Caller admin = new Caller("cm-all", Set.of(Role.CHANNEL_MANAGER, Role.CHANNEL_ADMIN), null);
    Caller manager = new Caller("cm-danube", Set.of(Role.CHANNEL_MANAGER), null);
    Caller partner = new Caller("pm-northwind", Set.of(Role.PARTNER_MANAGER), 1L);
    assertEquals(admin, IntegrationSettings.requireAdmin(admin));
    assertThrows(AccessDeniedException.class, () -> IntegrationSettings.requireAdmin(manager));
    assertThrows(AccessDeniedException.class, () -> IntegrationSettings.requireAdmin(partner));
  }

  @Test
  void theProtocolEndpointMustBeAPlainHttpUrl() {
    assertTrue(IntegrationSettings.validEndpoint("https://middleware.example/channelport"));
    assertTrue(IntegrationSettings.validEndpoint("http://127.0.0.1:18999/erp"));
    assertFalse(IntegrationSettings.validEndpoint("ftp://middleware.example/"));
    assertFalse(IntegrationSettings.validEndpoint("https://user:secret@middleware.example/"));
    assertFalse(IntegrationSettings.validEndpoint("not a url"));
    assertFalse(IntegrationSettings.validEndpoint("https://x.example/" + "a".repeat(500)));
  }
}
