package org.channelport.mdf;

import java.math.BigDecimal;

/**
 * What the MDF capability tells the ERP when a claim becomes payable: the JSON payload of an outbox
 * message of topic {@link #TOPIC} with the claim number as key. The outbox message id is the
 * idempotency key; {@code claimNumber} is the reference the ERP keeps (searched before creating, so
 * a retry never pays twice).
 *
 * @param claimId the claim's id
 * @param claimNumber the claim's number ({@code MDF-2027-000042}), the ERP's reference
 * @param partnerId the partner paid
 * @param partnerCode the partner's code (the ERP's party code)
 * @param partnerName the partner's name
 * @param amount what is paid (positive, in {@code currency})
 * @param currency ISO 4217
 * @param method {@link #CREDIT_NOTE} or {@link #TRANSFER}
 * @param glCode the general-ledger account the payment is booked to (the program's)
 * @param programName the fund program's name (for the ERP's description)
 * @param activity the funded activity's title (for the ERP's description)
 */
public record MdfPaymentMessage(
    long claimId,
    String claimNumber,
    long partnerId,
    String partnerCode,
    String partnerName,
    BigDecimal amount,
    String currency,
    String method,
    String glCode,
    String programName,
    String activity) {

  /** The outbox topic of MDF payments. */
  public static final String TOPIC = "erp.mdf-payment";

  public static final String CREDIT_NOTE = "credit_note";
  public static final String TRANSFER = "transfer";
}
