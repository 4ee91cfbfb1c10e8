package org.channelport.order;

import org.channelport.shared.Codes;

/** Placed in the portal, or entered in the ERP (an offline order: shown read-only). */
public enum OrderOrigin {
  PORTAL,
  ERP;

  public String code() {
    return Codes.of(this);
  }
}
