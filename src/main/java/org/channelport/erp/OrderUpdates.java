package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.channelport.order.OrderErpUpdates;

/**
 * The order capability's {@link OrderErpUpdates}, looked up when first needed: a deployment without
 * the order capability's implementation still starts (the relay then leaves order messages pending
 * with an error, and the poller reports it).
 */
@ApplicationScoped
public class OrderUpdates {
  Instance<OrderErpUpdates> beans;

  protected OrderUpdates() {}

  @Inject
  public OrderUpdates(Instance<OrderErpUpdates> beans) {
    this.beans = beans;
  }

  public boolean available() {
    return beans.isResolvable();
  }

  /** The implementation; IllegalStateException when the order capability provides none. */
  public OrderErpUpdates get() {
    if (!beans.isResolvable()) {
      throw new IllegalStateException("no OrderErpUpdates implementation is deployed");
    }
    return beans.get();
  }
}
