package org.channelport.order.web;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the customers' order-status links ({@code channelport.links.secret}, {@code
 * channelport.orders.status-link-days}, or the environment's {@code CHANNELPORT_LINKS_SECRET} and
 * {@code CHANNELPORT_ORDERS_STATUS_LINK_DAYS}); each field's initial value is its default. Without
 * a secret (at least 16 bytes) the pages offer no customer links: a portal must not sign with a
 * secret everyone can read in its source.
 */
@ConfigProperties(prefix = "channelport")
public class OrderLinksConfig {
  /** The HMAC key of signed links; empty: no links. */
  @ConfigProperty(name = "links.secret")
  public String linksSecret = "";

  /** How long an order-status link given to a customer stays valid. */
  @ConfigProperty(name = "orders.status-link-days")
  public int statusLinkDays = 30;
}
