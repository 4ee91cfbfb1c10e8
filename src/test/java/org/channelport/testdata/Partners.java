package org.channelport.testdata;

import java.time.Instant;
import java.util.List;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerDetails;
import org.channelport.partner.PartnerInput;
import org.channelport.partner.PartnerStatus;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.DemoCategories;

/**
 * Partners for unit tests: {@code aPartner().gold().in("DE").build()}. {@link #aPartner()} starts
 * from a valid new partner (Alpine Networks, silver, Zurich); {@link #anEmptyPartner()} from an
 * input with every field left out, as an update that changes nothing sends it.
 */
public final class Partners {
  private Partners() {}

  /** A valid partner: Alpine Networks, AN-40004, silver, CH/Zurich, networking and security. */
  public static Builder aPartner() {
    return new Builder()
        .name("Alpine Networks")
        .accountNumber("an-40004")
        .tier("Silver")
        .in("ch")
        .region("Zurich")
        .specialisations("Networking", " security ")
        .contact("Anna Alp", "anna@alpine.example", "+41 44 555 0404")
        .billingPostcode("8001");
  }

  /** Every field left out (null). */
  public static Builder anEmptyPartner() {
    return new Builder();
  }

  public static final class Builder {
    private String name;
    private String accountNumber;
    private String tier;
    private String country;
    private String region;
    private List<String> specialisations;
    private PartnerInput.ContactInput contact;
    private String billingPostcode;
    private String status;
    private String statusReason;
    private Long version;
    private PartnerStatus entityStatus = PartnerStatus.ACTIVE;
    private Instant at = TestTime.NOW;
    private CategoryCodes categories = DemoCategories.CODES;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder accountNumber(String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /** The tier as sent: any text, checked by validation. */
    public Builder tier(String tier) {
      this.tier = tier;
      return this;
    }

    public Builder registered() {
      return tier("registered");
    }

    public Builder silver() {
      return tier("silver");
    }

    public Builder gold() {
      return tier("gold");
    }

    public Builder platinum() {
      return tier("platinum");
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

    public Builder specialisations(String... specialisations) {
      this.specialisations = List.of(specialisations);
      return this;
    }

    public Builder specialisations(List<String> specialisations) {
      this.specialisations = specialisations;
      return this;
    }

    public Builder contact(String name, String email, String phone) {
      return contact(new PartnerInput.ContactInput(name, email, phone));
    }

    public Builder contact(PartnerInput.ContactInput contact) {
      this.contact = contact;
      return this;
    }

    public Builder billingPostcode(String billingPostcode) {
      this.billingPostcode = billingPostcode;
      return this;
    }

    /** The status as an update sends it ("active", "suspended"). */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder statusReason(String statusReason) {
      this.statusReason = statusReason;
      return this;
    }

    public Builder version(Long version) {
      this.version = version;
      return this;
    }

    /** The status the built entity starts in; active unless said otherwise. */
    public Builder startingAs(PartnerStatus status) {
      this.entityStatus = status;
      return this;
    }

    public Builder at(Instant at) {
      this.at = at;
      return this;
    }

    public Builder categories(CategoryCodes categories) {
      this.categories = categories;
      return this;
    }

    /** The input, unchecked. */
    public PartnerInput input() {
      return new PartnerInput(
          name,
          accountNumber,
          tier,
          country,
          region,
          specialisations,
          contact,
          billingPostcode,
          status,
          statusReason,
          version);
    }

    /** The input validated as a new partner against the demo categories. */
    public PartnerDetails details() {
      return input().validate(null, categories);
    }

    /** The partner entity (not persisted), active unless {@link #startingAs} said otherwise. */
    public Partner build() {
      return new Partner(details(), entityStatus, at);
    }
  }
}
