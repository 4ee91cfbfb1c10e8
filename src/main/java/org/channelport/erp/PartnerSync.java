package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.channelport.partner.PartnerActivated;
import org.channelport.platform.outbox.Outbox;

/**
 * Partners active in the portal become parties in the ERP: when the partner capability says a
 * partner became active, a {@link ErpAdapter.PartnerMessage} (topic erp.partner, key = the
 * partner's code) is written to the outbox in the same transaction.
 */
@ApplicationScoped
public class PartnerSync {
  Outbox outbox;

  protected PartnerSync() {}

  @Inject
  public PartnerSync(Outbox outbox) {
    this.outbox = outbox;
  }

  void activated(@Observes PartnerActivated partner) {
    if (partner.code() == null || partner.code().isBlank()) {
      return;
    }
    ErpAdapter.PartnerMessage message =
        new ErpAdapter.PartnerMessage(
            partner.partnerId(),
            partner.code(),
            partner.name(),
            partner.country(),
            null,
            partner.postcode(),
            null,
            partner.email());
    outbox.enqueue(ErpAdapter.PartnerMessage.TOPIC, partner.code(), ErpJson.write(message));
  }
}
