/**
 * The ERP connector: one outbox and one integration event log, two adapters — Tryton over JSON-RPC
 * ({@code tryton/}) and the Channelport ERP protocol over HTTP ({@code protocol/}, with its inbound
 * calls under /api/v1/integration). Relays order and partner messages to the adapter the
 * integration settings select ({@link org.channelport.erp.ErpAdapters}, {@link
 * org.channelport.erp.IntegrationSettings}), polls what changed in the ERP ({@link
 * org.channelport.erp.ErpPoller}), alerts by e-mail ({@link org.channelport.erp.Alerts}) and
 * reconciles the portal's orders with the ERP's view ({@link org.channelport.erp.Reconciler}); the
 * leased jobs are in {@link org.channelport.erp.ErpJobs}. Shape: the services at the root, {@code
 * web/} the integration page, {@code api/} the channel admins' /api/v1/integration resources
 * (settings, events, messages, reconciliation, clock).
 *
 * <p>For the adapters in the sub-packages: {@link org.channelport.erp.IntegrationLog#inbound} logs
 * every inbound message; {@link org.channelport.erp.IntegrationSettings#current} gives the protocol
 * endpoint a channel admin set. Reaches orders only through {@code order.OrderErpUpdates} and
 * {@code order.OrderMessage}, partners through the {@code partner.PartnerActivated} event.
 * Publishes nothing to other capabilities.
 */
package org.channelport.erp;
