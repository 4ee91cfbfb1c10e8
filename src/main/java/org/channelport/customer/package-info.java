/**
 * End customers, once: the single customer record that leads and deal registrations point to, and
 * the matching keys that say two mentions are the same customer. Shape: the {@link
 * org.channelport.customer.Customer} entity, the {@link org.channelport.customer.CustomerKeys}
 * value rules and the {@link org.channelport.customer.Customers} service at the root; {@code api/}
 * (customers scoped like leads) is being added. Publishes {@code Customers} and {@code
 * CustomerKeys}; the orders and service issues to come use it through them.
 */
package org.channelport.customer;
