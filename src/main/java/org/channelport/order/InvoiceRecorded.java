package org.channelport.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A CDI event of the order capability: the ERP sent an invoice or credit note the portal did not
 * have yet (fired once per invoice number, inside the transaction that records it — an observer's
 * writes commit or roll back with it).
 *
 * @param amount positive, in {@code currency}, as the ERP invoiced it
 * @param orderNumber the portal order it invoices, or null (an offline order)
 */
public record InvoiceRecorded(
    long partnerId,
    String invoiceNumber,
    boolean creditNote,
    String orderNumber,
    LocalDate date,
    BigDecimal amount,
    String currency) {}
