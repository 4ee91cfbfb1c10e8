package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerService;
import org.channelport.platform.Clock;
import org.channelport.platform.outbox.Outbox;

/**
 * Payment of approved claims: when a claim becomes payable its {@link MdfPaymentMessage} is
 * enqueued in the outbox in the same transaction (key = the claim number); what the ERP answers
 * comes back through {@link MdfErpUpdates}: sent, failed, booked, and paid — which moves the money
 * payable → paid and stamps the claim (the reimbursement clock's last date). Each fact once: a
 * repeated one changes nothing.
 */
@ApplicationScoped
@Transactional
public class MdfPayments implements MdfErpUpdates {
  static final Jsonb JSON = JsonbBuilder.create();

  EntityManager em;
  Outbox outbox;
  Clock clock;
  MdfLedger ledger;
  PartnerService partners;

  /** For the container's proxies. */
  protected MdfPayments() {}

  @Inject
  public MdfPayments(
      EntityManager em, Outbox outbox, Clock clock, MdfLedger ledger, PartnerService partners) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
    this.ledger = ledger;
    this.partners = partners;
  }

  /** Enqueues the payment of a claim that just became payable (in the approval's transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  void payable(MdfClaim claim, MdfRequest request) {
    MdfProgram program = em.find(MdfProgram.class, claim.getProgramId());
    MdfPaymentMessage message =
        new MdfPaymentMessage(
            claim.getId(),
            claim.getNumber(),
            claim.getPartnerId(),
            partners.accountNumber(claim.getPartnerId()),
            partners.name(claim.getPartnerId()),
            claim.getApprovedAmount(),
            claim.getCurrency(),
            program.getPaymentMethod(),
            program.getGlCode(),
            program.getName(),
            request.getTitle());
    String id = outbox.enqueue(MdfPaymentMessage.TOPIC, claim.getNumber(), JSON.toJson(message));
    claim.paymentQueued(id);
  }

  private MdfClaim locked(String claimNumber) {
    List<MdfClaim> found =
        em.createQuery("SELECT c FROM MdfClaim c WHERE c.number = :n", MdfClaim.class)
            .setParameter("n", claimNumber)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public void paymentSent(String claimNumber, String messageId) {
    MdfClaim claim = locked(claimNumber);
    if (claim != null && claim.getPaymentSentAt() == null) {
      claim.paymentSent(clock.now());
      event(claim, "payment_sent", messageId);
    }
  }

  @Override
  public void paymentFailed(String claimNumber, String error, Instant nextAttempt) {
    MdfClaim claim = locked(claimNumber);
    if (claim != null && claim.getStatus() != MdfClaimStatus.PAID) {
      claim.paymentFailed(error);
      event(
          claim,
          "payment_failed",
          error + (nextAttempt == null ? " (parked)" : " (next attempt " + nextAttempt + ")"));
    }
  }

  @Override
  public Applied paymentBooked(String claimNumber, String erpReference, Instant at) {
    MdfClaim claim = locked(claimNumber);
    if (claim == null) {
      return Applied.UNKNOWN_CLAIM;
    }
    if (claim.getBookedAt() != null || claim.getStatus() != MdfClaimStatus.PAYABLE) {
      return Applied.STALE;
    }
    claim.booked(erpReference, at == null ? clock.now() : at);
    event(claim, "booked", erpReference);
    return Applied.APPLIED;
  }

  @Override
  public Applied paid(String claimNumber, String erpReference, Instant at) {
    MdfClaim claim = locked(claimNumber);
    if (claim == null) {
      return Applied.UNKNOWN_CLAIM;
    }
    if (!MdfClaimStep.PAY.allowedFrom(claim.getStatus())) {
      return Applied.STALE;
    }
    Map<MdfAccountKind, Long> accounts =
        ledger.accounts(claim.getProgramId(), claim.getPartnerId());
    ledger.post(
        new MdfLedger.Move(
            accounts.get(MdfAccountKind.PAYABLE),
            accounts.get(MdfAccountKind.PAID),
            claim.getApprovedAmount(),
            MdfJournalEntry.PAYMENT,
            erpReference,
            claim.getRequestId(),
            claim.getId(),
            "amount"));
    claim.paid(erpReference, at == null ? clock.now() : at, clock.now());
    event(claim, "paid", erpReference);
    return Applied.APPLIED;
  }

  @Override
  public List<String> awaitingPayment(int limit) {
    return em.createQuery(
            "SELECT c.number FROM MdfClaim c WHERE c.status = :payable"
                + " AND c.paymentSentAt IS NOT NULL ORDER BY c.id",
            String.class)
        .setParameter("payable", MdfClaimStatus.PAYABLE)
        .setMaxResults(Math.max(1, limit))
        .getResultList();
  }

  private void event(MdfClaim claim, String kind, String detail) {
    em.persist(
        new MdfClaimEvent(
            claim.getId(),
            clock.now(),
            "erp",
            kind,
            kind.equals("paid") ? claim.getApprovedAmount() : null,
            detail));
  }
}
