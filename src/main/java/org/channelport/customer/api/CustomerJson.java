package org.channelport.customer.api;

import java.time.Instant;
import org.channelport.customer.CustomerView;

/** A customer as the API shows it; which partners work with the customer is never part of it. */
public record CustomerJson(
    long id, String company, String email, String country, Instant createdAt) {
  public static CustomerJson of(CustomerView c) {
    return new CustomerJson(c.id(), c.company(), c.email(), c.country(), c.createdAt());
  }
}
