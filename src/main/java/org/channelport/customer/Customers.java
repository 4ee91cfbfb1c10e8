package org.channelport.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;

/**
 * The single customer view: finds the customer record a new lead or registration is about (same
 * e-mail address, else same company), or starts one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Customers {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Locks locks;

  /**
   * The customer a new lead or registration is about: the known one (same e-mail address, else same
   * company), or a new record, persisted in the caller's transaction with its id assigned.
   */
  public CustomerRef matchOrCreate(String company, String email, String country) {
    Customer known = match(company, email);
    if (known != null) {
      return CustomerRef.of(known);
    }
    // new customers one at a time, so two leads about one new customer find one record
    locks.named("customer");
    known = match(company, email);
    if (known != null) {
      return CustomerRef.of(known);
    }
    Customer created = new Customer(company, email, country, clock.now());
    em.persist(created);
    em.flush();
    return CustomerRef.of(created);
  }

  private Customer match(String company, String email) {
    String address = CustomerKeys.email(email);
    if (address != null) {
      List<Customer> byEmail =
          em.createQuery(
                  "SELECT c FROM Customer c WHERE c.email = :e ORDER BY c.id", Customer.class)
              .setParameter("e", address)
              .setMaxResults(1)
              .getResultList();
      if (!byEmail.isEmpty()) {
        return byEmail.get(0);
      }
    }
    String key = CustomerKeys.companyKey(company);
    List<Customer> byCompany =
        em.createQuery(
                "SELECT c FROM Customer c WHERE c.companyKey = :k ORDER BY c.id", Customer.class)
            .setParameter("k", key)
            .setMaxResults(1)
            .getResultList();
    return byCompany.isEmpty() ? null : byCompany.get(0);
  }
}
