package org.channelport.lead.web;

import java.io.Serializable;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerStatus;

/** A partner in a select: id, name, and whether it can take leads now. */
public record PartnerOption(Long id, String name, boolean active) implements Serializable {
  public static PartnerOption of(Partner p) {
    return new PartnerOption(p.getId(), p.getName(), p.getStatus() == PartnerStatus.ACTIVE);
  }
}
