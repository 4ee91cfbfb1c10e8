package org.channelport.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.partner.Onboarding;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerApplication;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.web.FacesMessages;

/** Channel managers review "become a partner" applications. */
@Named
@ViewScoped
public class ApplicationsBean implements Serializable {
  @Inject Onboarding onboarding;

  private List<PartnerApplication> pending;
  private PartnerApplication selected;
  private String tier = "registered";
  private String reason;

  public List<PartnerApplication> getPending() {
    if (pending == null) {
      pending = onboarding.pending();
    }
    return pending;
  }

  public void select(PartnerApplication application) {
    this.selected = application;
    this.reason = null;
    this.tier = "registered";
  }

  public void approve() {
    Partner partner = onboarding.approve(selected.getId(), tier);
    FacesMessages.info(
        "applications.approved", selected.getCompanyName(), partner.getAccountNumber());
    pending = null;
  }

  public void reject() {
    onboarding.reject(selected.getId(), reason);
    FacesMessages.info("applications.rejected", selected.getCompanyName());
    pending = null;
  }

  public PartnerTier[] getTiers() {
    return PartnerTier.values();
  }

  public PartnerApplication getSelected() {
    return selected;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
