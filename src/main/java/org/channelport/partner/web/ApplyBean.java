package org.channelport.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.partner.ApplicationInput;
import org.channelport.partner.Onboarding;

/** The public "become a partner" form. */
@Named
@ViewScoped
public class ApplyBean implements Serializable {
  @Inject Onboarding onboarding;

  private String companyName;
  private String country;
  private String region;
  private String specialisations;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String message;
  private String accountNumber;
  private String billingPostcode;

  /** Left empty by people; bots fill it in. */
  private String website;

  private boolean submitted;
  private boolean linked;

  public void submit() {
    if (website != null && !website.isBlank()) {
      submitted = true; // a bot: pretend it worked, store nothing
      return;
    }
    var application =
        onboarding.submit(
            new ApplicationInput(
                companyName,
                country,
                region,
                specialisations,
                contactName,
                contactEmail,
                contactPhone,
                message,
                accountNumber,
                billingPostcode));
    linked = application.getLinkedPartnerId() != null;
    submitted = true;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public boolean isLinked() {
    return linked;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
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

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getBillingPostcode() {
    return billingPostcode;
  }

  public void setBillingPostcode(String billingPostcode) {
    this.billingPostcode = billingPostcode;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
