package org.channelport.deal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.deal.DealConflictView;
import org.channelport.deal.DealRegistration;
import org.channelport.deal.DealRegistrationService;
import org.channelport.deal.DealStep;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.FacesMessages;

/**
 * A channel manager reviews a registration beside what it conflicts with, and approves, rejects or
 * returns it.
 */
@Named
@ViewScoped
public class DealReviewBean implements Serializable {
  @Inject DealRegistrationService registrations;
  @Inject PartnerService partners;

  private Long id;
  private Long version;
  private DealRegistration registration;
  private List<DealConflictView> conflicts;
  private String partnerName;
  private String status;
  private String reason;

  /** viewAction: loads the registration (404 outside the manager's portfolio). */
  public void load() {
    registration = registrations.find(id);
    version = registration.getVersion();
    status = registration.statusOn(registrations.today()).code();
    conflicts = registrations.conflicts(id);
    partnerName = partners.name(registration.getPartnerId());
  }

  public String approve() {
    DealRegistration done = registrations.approve(id, version);
    FacesMessages.info("deal.approved", done.getCompany(), done.getProtectedUntil());
    return again();
  }

  public String reject() {
    DealRegistration done = registrations.reject(id, reason, version);
    FacesMessages.info("deal.rejected", done.getCompany());
    return again();
  }

  public String returnForInformation() {
    DealRegistration done = registrations.returnForInformation(id, reason, version);
    FacesMessages.info("deal.returned", done.getCompany());
    return again();
  }

  private String again() {
    return "/channel/deal-registration?faces-redirect=true&id=" + id;
  }

  /** Whether the registration awaits a decision (approve, reject and return all start there). */
  public boolean isDecidable() {
    return registration != null && DealStep.APPROVE.allowedFrom(registration.getStatus());
  }

  public String categories(List<String> list) {
    return list == null ? "" : String.join(", ", list);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DealRegistration getRegistration() {
    return registration;
  }

  public List<DealConflictView> getConflicts() {
    return conflicts;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
