package org.channelport.testdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.channelport.customer.CustomerKeys;
import org.channelport.customer.CustomerRef;
import org.channelport.deal.DealDetails;
import org.channelport.deal.DealInput;
import org.channelport.deal.DealRegistration;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.DemoCategories;

/**
 * Deal registrations for unit tests: {@code aDeal().company("Acme GmbH").categories("security")
 * .by(2).build()}. {@link #aDeal()} starts from a valid registration (Kessler Maschinenbau GmbH,
 * Anna Berger, networking, 1000.00 EUR, closing in 30 days) by partner 1; {@link #anEmptyDeal()}
 * from an input with every field left out. Dates are checked against {@link TestTime#TODAY}.
 */
public final class Deals {
  private Deals() {}

  public static Builder aDeal() {
    return new Builder()
        .company("Kessler Maschinenbau GmbH")
        .contact("Anna Berger")
        .email("anna.berger@kessler.example")
        .in("DE")
        .categories("networking")
        .value("1000.00")
        .currency("EUR")
        .closing(TestTime.TODAY.plusDays(30));
  }

  /** Every field left out (null). */
  public static Builder anEmptyDeal() {
    return new Builder();
  }

  public static final class Builder {
    private String company;
    private String contactName;
    private String email;
    private String phone;
    private String country;
    private List<String> categories;
    private String products;
    private BigDecimal estimatedValue;
    private String currency;
    private LocalDate expectedClose;
    private String description;
    private String campaignCode;
    private Long version;
    private long partnerId = 1;
    private String submittedBy = "pm";
    private Instant at = TestTime.NOW;
    private LocalDate today = TestTime.TODAY;
    private CategoryCodes catalog = DemoCategories.CODES;

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

    public Builder in(String country) {
      this.country = country;
      return this;
    }

    public Builder categories(String... categories) {
      this.categories = List.of(categories);
      return this;
    }

    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    public Builder products(String products) {
      this.products = products;
      return this;
    }

    /** The estimated value, as a decimal text. */
    public Builder value(String estimatedValue) {
      this.estimatedValue = estimatedValue == null ? null : new BigDecimal(estimatedValue);
      return this;
    }

    public Builder value(BigDecimal estimatedValue) {
      this.estimatedValue = estimatedValue;
      return this;
    }

    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    public Builder closing(LocalDate expectedClose) {
      this.expectedClose = expectedClose;
      return this;
    }

    public Builder campaign(String campaignCode) {
      this.campaignCode = campaignCode;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder version(Long version) {
      this.version = version;
      return this;
    }

    /** The partner that registers the deal. */
    public Builder by(long partnerId) {
      this.partnerId = partnerId;
      return this;
    }

    public Builder submittedBy(String username) {
      this.submittedBy = username;
      return this;
    }

    public Builder at(Instant at) {
      this.at = at;
      return this;
    }

    /** The day dates are checked against (the expected close must come after it). */
    public Builder on(LocalDate today) {
      this.today = today;
      return this;
    }

    /** The input, unchecked. */
    public DealInput input() {
      return new DealInput(
          company,
          contactName,
          email,
          phone,
          country,
          categories,
          products,
          estimatedValue,
          currency,
          expectedClose,
          description,
          campaignCode,
          version);
    }

    /** The input validated on {@link #on today} against the demo categories. */
    public DealDetails details() {
      return input().validate(today, catalog);
    }

    /** The customer record the registration is about: one made from its company and e-mail. */
    public CustomerRef customer() {
      return new CustomerRef(
          1,
          company,
          CustomerKeys.email(email),
          country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    /** A submitted registration (not persisted). */
    public DealRegistration build() {
      return new DealRegistration(partnerId, details(), customer(), submittedBy, at);
    }
  }
}
