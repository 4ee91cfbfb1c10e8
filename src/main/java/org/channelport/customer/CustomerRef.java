package org.channelport.customer;

/**
 * Which customer a lead or a deal registration is about, as {@link Customers#matchOrCreate} found
 * or started it. Other capabilities keep the id; they never hold the {@link Customer} entity.
 */
public record CustomerRef(long id, String company, String email, String country) {
  static CustomerRef of(Customer customer) {
    return new CustomerRef(
        customer.getId(), customer.getCompany(), customer.getEmail(), customer.getCountry());
  }
}
