package org.channelport.mdf;

import java.time.Instant;
import java.util.List;

/**
 * What the ERP tells the MDF capability about a payment, whichever adapter brought it (Tryton's
 * answer and poller, or the protocol's inbound call). Each call is one transaction; a repeated fact
 * changes nothing. Implemented by the MDF capability; the ERP capability calls it.
 */
public interface MdfErpUpdates {

  enum Applied {
    APPLIED,
    STALE,
    UNKNOWN_CLAIM
  }

  /** The outbox message carrying the claim's payment reached the ERP. */
  void paymentSent(String claimNumber, String messageId);

  /** The last attempt failed; {@code nextAttempt} when it is tried again (null: parked). */
  void paymentFailed(String claimNumber, String error, Instant nextAttempt);

  /**
   * The ERP booked the payment ({@code erpReference}: its document's number) — the claim stays
   * payable until {@link #paid}.
   */
  Applied paymentBooked(String claimNumber, String erpReference, Instant at);

  /** The ERP paid the claim (a posted credit note or a transfer made): the claim is paid. */
  Applied paid(String claimNumber, String erpReference, Instant at);

  /**
   * The numbers of the claims whose payment reached the ERP and is not paid yet, oldest first (at
   * most {@code limit}): what a polling adapter asks the ERP about.
   */
  List<String> awaitingPayment(int limit);
}
