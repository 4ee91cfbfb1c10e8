/**
 * Who changed what: the audit trail written in the same transaction as every change of an {@link
 * org.channelport.audit.AuditedEntity}, refused attempts and portfolio changes observed from
 * security's events, and the audit log read by channel managers. {@code web/} the audit log page. A
 * kernel: depends on security, platform and shared only; capabilities use it by extending {@code
 * AuditedEntity} (or, for a refusal outside the access rules, {@code AuditWriter.denied}).
 */
package org.channelport.audit;
