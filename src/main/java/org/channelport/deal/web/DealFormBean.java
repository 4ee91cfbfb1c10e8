package org.channelport.deal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.channelport.deal.DealInput;
import org.channelport.deal.DealRegistration;
import org.channelport.deal.DealRegistrationService;
import org.channelport.deal.DealStep;
import org.channelport.platform.web.FacesMessages;

/**
 * A partner user registers a deal, looks at one, or edits and resubmits one a channel manager
 * returned for more information.
 */
@Named
@ViewScoped
public class DealFormBean implements Serializable {
  @Inject DealRegistrationService registrations;

  private Long id;
  private Long version;
  private DealRegistration registration;
  private String status;

  private String company;
  private String contactName;
  private String email;
  private String phone;
  private String country;
  private String categories;
  private String products;
  private BigDecimal estimatedValue;
  private String currency = "EUR";
  private LocalDate expectedClose;
  private String description;
  private String campaignCode;

  /** viewAction: loads the registration (404 when it is not the partner's). */
  public void load() {
    if (id != null) {
      registration = registrations.find(id);
      status = registration.statusOn(registrations.today()).code();
      version = registration.getVersion();
      company = registration.getCompany();
      contactName = registration.getContactName();
      email = registration.getEmail();
      phone = registration.getPhone();
      country = registration.getCountry();
      categories = String.join(", ", registration.getCategories());
      products = registration.getProducts();
      estimatedValue = registration.getEstimatedValue();
      currency = registration.getCurrency();
      expectedClose = registration.getExpectedClose();
      description = registration.getDescription();
      campaignCode = registration.getCampaignCode();
    }
  }

  public String submit() {
    DealRegistration saved =
        id == null ? registrations.submit(input(null)) : registrations.resubmit(id, input(version));
    FacesMessages.info(id == null ? "deal.submitted" : "deal.resubmitted", saved.getCompany());
    return "/partner/deal-registration?faces-redirect=true&id=" + saved.getId();
  }

  private DealInput input(Long expectedVersion) {
    List<String> list =
        categories == null ? List.of() : Arrays.stream(categories.split("[,;]")).toList();
    return new DealInput(
        company,
        contactName,
        email,
        phone,
        country,
        list,
        products,
        estimatedValue,
        currency,
        expectedClose,
        description,
        campaignCode,
        expectedVersion);
  }

  /** A new registration, or a returned one being answered. */
  public boolean isEditable() {
    return id == null
        || (registration != null && DealStep.RESUBMIT.allowedFrom(registration.getStatus()));
  }

  public boolean isNew() {
    return id == null;
  }

  public LocalDate getTomorrow() {
    return registrations.today().plusDays(1);
  }

  public DealRegistration getRegistration() {
    return registration;
  }

  public String getStatus() {
    return status;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCategories() {
    return categories;
  }

  public void setCategories(String categories) {
    this.categories = categories;
  }

  public String getProducts() {
    return products;
  }

  public void setProducts(String products) {
    this.products = products;
  }

  public BigDecimal getEstimatedValue() {
    return estimatedValue;
  }

  public void setEstimatedValue(BigDecimal estimatedValue) {
    this.estimatedValue = estimatedValue;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public void setExpectedClose(LocalDate expectedClose) {
    this.expectedClose = expectedClose;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public void setCampaignCode(String campaignCode) {
    this.campaignCode = campaignCode;
  }
}
