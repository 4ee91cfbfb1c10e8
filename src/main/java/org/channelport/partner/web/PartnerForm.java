package org.channelport.partner.web;

import java.io.Serializable;
import java.util.Arrays;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerInput;
import org.channelport.partner.Specialisations;

/** The partner form as the page binds it. */
public class PartnerForm implements Serializable {
  private String name;
  private String accountNumber;
  private String tier = "registered";
  private String country;
  private String region;
  private String specialisations;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String billingPostcode;
  private String status = "active";

  static PartnerForm of(Partner p) {
    PartnerForm f = new PartnerForm();
    f.name = p.getName();
    f.accountNumber = p.getAccountNumber();
    f.tier = p.getTier().code();
    f.country = p.getCountry();
    f.region = p.getRegion();
    f.specialisations = String.join(", ", p.getSpecialisations());
    if (p.getPrimaryContact() != null) {
      f.contactName = p.getPrimaryContact().getName();
      f.contactEmail = p.getPrimaryContact().getEmail();
      f.contactPhone = p.getPrimaryContact().getPhone();
    }
    f.billingPostcode = p.getBillingPostcode();
    f.status = p.getStatus().code();
    return f;
  }

  PartnerInput toInput(Long version, boolean withStatus) {
    return new PartnerInput(
        orEmpty(name),
        orEmpty(accountNumber),
        tier,
        orEmpty(country),
        orEmpty(region),
        Arrays.asList(Specialisations.join(Specialisations.parse(specialisations)).split(",")),
        new PartnerInput.ContactInput(
            orEmpty(contactName), orEmpty(contactEmail), orEmpty(contactPhone)),
        orEmpty(billingPostcode),
        withStatus ? status : null,
        null,
        version);
  }

  PartnerInput.ContactInput contactInput() {
    return new PartnerInput.ContactInput(
        orEmpty(contactName), orEmpty(contactEmail), orEmpty(contactPhone));
  }

  /** On a form, an empty field means "empty", not "unchanged". */
  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getSpecialisations() {
    return specialisations;
  }

  public void setSpecialisations(String specialisations) {
    this.specialisations = specialisations;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getBillingPostcode() {
    return billingPostcode;
  }

  public void setBillingPostcode(String billingPostcode) {
    this.billingPostcode = billingPostcode;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
