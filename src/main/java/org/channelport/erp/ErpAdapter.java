package org.channelport.erp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;

/**
 * One ERP the portal talks to (Tryton, or an ERP behind the Channelport ERP protocol). The relay
 * calls it for one outbox message at a time; it must be idempotent on {@code messageId} and on the
 * order number (a retry after a lost answer never makes a second order).
 */
public interface ErpAdapter {

  /** tryton, protocol */
  String name();

  /**
   * Hands one order message to the ERP. Returns what the ERP answered at once (Tryton: the sale's
   * state read back), or null when the answer comes later (the protocol's inbound calls).
   *
   * @throws ErpException transient (retried) or rejected (parked as needing attention)
   */
  OrderErpUpdates.OrderResponse deliver(String messageId, OrderMessage message) throws ErpException;

  /**
   * Hands an {@code order.changed} message to the ERP and returns its answer to the pending change
   * ({@code message.changeId()}) when the ERP gives it at once (Tryton: applied while the sale is
   * not processed, else refused), or null when it comes later (the protocol's inbound calls). The
   * relay passes a non-null answer to {@link OrderErpUpdates#changeResponse}. The default hands the
   * message to {@link #deliver} and has no answer now.
   *
   * @throws ErpException transient (retried) or rejected (parked as needing attention)
   */
  default OrderErpUpdates.ChangeResponse deliverChange(String messageId, OrderMessage message)
      throws ErpException {
    deliver(messageId, message);
    return null;
  }

  /** Makes the partner known to the ERP (a party in Tryton); idempotent on the partner code. */
  void ensurePartner(String messageId, PartnerMessage partner) throws ErpException;

  /**
   * Reads what changed in the ERP since {@code cursor} (null: from the beginning) and hands it to
   * {@code updates}; returns the new cursor. An adapter whose ERP pushes (the protocol) returns the
   * cursor unchanged.
   */
  String poll(String cursor, OrderErpUpdates updates) throws ErpException;

  /**
   * Hands the payment of an approved MDF claim to the ERP; idempotent on {@code messageId} and on
   * the claim number (a retry after a lost answer never books it twice). Returns what the ERP
   * answered at once (Tryton: the supplier invoice it booked), or null when the answer comes later
   * (the protocol's inbound calls).
   *
   * @throws ErpException transient (retried) or rejected (parked as needing attention)
   */
  PaymentResponse deliverPayment(String messageId, MdfPaymentMessage payment) throws ErpException;

  /**
   * Asks the ERP about these claims' payments (booked, not paid yet) and hands what changed to
   * {@code updates}. An adapter whose ERP pushes (the protocol) does nothing.
   */
  default void pollPayments(Collection<String> claimNumbers, MdfErpUpdates updates)
      throws ErpException {}

  /**
   * What the ERP did with a payment.
   *
   * @param status {@link #BOOKED} (the ERP owes it, the claim stays payable) or {@link #PAID}
   * @param erpReference the ERP's document (Tryton: the supplier invoice's number)
   */
  record PaymentResponse(String claimNumber, String erpReference, String status, Instant at) {
    public static final String BOOKED = "booked";
    public static final String PAID = "paid";
  }

  /** A cheap call that tells whether the ERP answers now. */
  boolean reachable();

  /** The ERP's view of these portal orders (by reference), for reconciliation. */
  List<ErpOrderView> ordersByReference(Collection<String> orderNumbers) throws ErpException;

  /**
   * @param status an order status code as the ERP's state maps to it
   */
  record ErpOrderView(String orderNumber, String erpNumber, String status) {}

  /** A partner as the ERP needs it (outbox topic {@link #TOPIC}, key = code). */
  record PartnerMessage(
      long partnerId,
      String code,
      String name,
      String country,
      String street,
      String postcode,
      String city,
      String email) {
    public static final String TOPIC = "erp.partner";
  }
}
