package org.channelport.order;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * Where an order is on its way to the ERP, shown beside its business status: pending (waiting in
 * the outbox: a draft, an order awaiting approval, or one the ERP has not been reached for yet),
 * sent (delivered to the ERP, no answer yet), acknowledged (the ERP answered), failed (the last
 * attempt failed: the error and the next attempt are kept).
 */
public enum SyncState {
  PENDING,
  SENT,
  ACKNOWLEDGED,
  FAILED;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<SyncState> parse(String text) {
    return Codes.parse(SyncState.class, text);
  }
}
