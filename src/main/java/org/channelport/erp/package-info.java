/**
 * The ERP connector: one outbox and one integration event log, two adapters — Tryton over JSON-RPC
 * ({@code tryton/}) and the Channelport ERP protocol over HTTP ({@code protocol/}, with its inbound
 * calls under /api/v1/integration). Relays order and partner messages to the configured {@link
 * org.channelport.erp.ErpAdapter}, polls what changed in the ERP, alerts by e-mail and reconciles
 * the portal's orders with the ERP's view. Reaches orders only through {@code
 * order.OrderErpUpdates} and {@code order.OrderMessage}.
 */
package org.channelport.erp;
