/**
 * Replenishment and on-behalf orders: the cart, approval by the partner manager, the two status
 * axes (business status and ERP sync state), edits kept as pending changes until the ERP answers,
 * stock per warehouse, backorders, shipments with tracking, offline orders from the ERP and the
 * signed order-status link. Shape: entities and services at the root, {@code web/} (pages), {@code
 * api/} (/api/v1/orders, /api/v1/stock). Publishes {@code OrderMessage} (what goes to the ERP,
 * through the outbox) and {@code OrderErpUpdates} (what comes back from it); the erp capability is
 * the only one that talks to the ERP.
 */
package org.channelport.order;
