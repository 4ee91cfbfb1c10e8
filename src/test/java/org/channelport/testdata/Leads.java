package org.channelport.testdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.channelport.customer.CustomerKeys;
import org.channelport.customer.CustomerRef;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadDetails;
import org.channelport.lead.LeadInput;
import org.channelport.lead.LeadSource;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.DemoCategories;

/**
 * Leads for unit tests: {@code aLead().in("PL").category("security").build()}. {@link #aLead()}
 * starts from a valid lead (Acme GmbH, Ann, networking, 100.00 EUR) entered by a channel manager;
 * {@link #anEmptyLead()} from an input with every field left out.
 */
public final class Leads {
  private Leads() {}

  /** A valid lead: Acme GmbH, Ann, ann@acme.example, DE, "switches", networking, 100.00 EUR. */
  public static Builder aLead() {
    return new Builder()
        .company("Acme GmbH")
        .contact("Ann")
        .email("ann@acme.example")
        .in("de")
        .need("switches")
        .category("networking")
        .value("100.00")
        .currency("eur");
  }

  /** Every field left out (null). */
  public static Builder anEmptyLead() {
    return new Builder();
  }

  public static final class Builder {
    private String company;
    private String contactName;
    private String email;
    private String phone;
    private String country;
    private String region;
    private String postcode;
    private String need;
    private String category;
    private String products;
    private BigDecimal estimatedValue;
    private String currency;
    private String campaignCode;
    private CustomerRef customer;
    private LeadSource source = LeadSource.CHANNEL_MANAGER;
    private String createdBy = "cm-all";
    private Instant at = TestTime.NOW;
    private CategoryCodes categories = DemoCategories.CODES;

    private Builder() {}

    public Builder company(String company) {
      this.company = company;
      return this;
    }

    public Builder contact(String contactName) {
      this.contactName = contactName;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /** The country, as sent. */
    public Builder in(String country) {
      this.country = country;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder postcode(String postcode) {
      this.postcode = postcode;
      return this;
    }

    public Builder need(String need) {
      this.need = need;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder products(String products) {
      this.products = products;
      return this;
    }

    /** The estimated value, as a decimal text ("1.234" keeps its three places). */
    public Builder value(String estimatedValue) {
      this.estimatedValue = estimatedValue == null ? null : new BigDecimal(estimatedValue);
      return this;
    }

    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /** The customer record the lead is about; by default one made from its company and e-mail. */
    public Builder campaign(String campaignCode) {
      this.campaignCode = campaignCode;
      return this;
    }

    public Builder about(CustomerRef customer) {
      this.customer = customer;
      return this;
    }

    public Builder source(LeadSource source) {
      this.source = source;
      return this;
    }

    public Builder createdBy(String createdBy) {
      this.createdBy = createdBy;
      return this;
    }

    public Builder at(Instant at) {
      this.at = at;
      return this;
    }

    /** The input, unchecked. */
    public LeadInput input() {
      return new LeadInput(
          company,
          contactName,
          email,
          phone,
          country,
          region,
          postcode,
          need,
          category,
          products,
          estimatedValue,
          currency,
          campaignCode);
    }

    /** The input validated against the demo categories. */
    public LeadDetails details() {
      return input().validate(categories);
    }

    /** A new lead in the pool (not persisted). */
    public Lead build() {
      CustomerRef about =
          customer != null
              ? customer
              : new CustomerRef(1, company, CustomerKeys.email(email), upper(country));
      return new Lead(details(), about, source, createdBy, at);
    }

    private static String upper(String text) {
      return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
  }
}
