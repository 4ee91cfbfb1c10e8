package org.channelport.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An end customer, once, however many leads and deal registrations mention them. */
@Entity
@Table(name = "customer")
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "customer_ids") // META-INF/orm.xml
  private Long id;

  private String company;

  @Column(name = "company_key")
  private String companyKey;

  private String email;

  @Column(name = "email_domain")
  private String emailDomain;

  private String country;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Customer() {}

  public Customer(String company, String email, String country, Instant now) {
    this.company = company;
    this.companyKey = CustomerKeys.companyKey(company);
    this.email = CustomerKeys.email(email);
    this.emailDomain = CustomerKeys.emailDomain(email);
    this.country = country;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCompany() {
    return company;
  }

  public String getCompanyKey() {
    return companyKey;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailDomain() {
    return emailDomain;
  }

  public String getCountry() {
    return country;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
