/**
 * Marketing development funds as a ledger: fund programs, partner allocations, fund requests
 * (pre-approval, reserving money), claims with proof of performance, approval limits with a second
 * approver, payment through the ERP, period-end forfeiture and ROI from campaign codes. Every
 * change of money is an append-only double-entry journal entry. Shape: entities and services at the
 * root, {@code web/} (pages), {@code api/} (/api/v1/mdf/...). Publishes {@code MdfPaymentMessage}
 * (what goes to the ERP, through the outbox) and {@code MdfErpUpdates} (what comes back from it).
 */
package org.channelport.mdf;
