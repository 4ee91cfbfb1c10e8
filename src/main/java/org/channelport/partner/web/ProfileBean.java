package org.channelport.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerInput;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerUser;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;

/** A partner user's view of their own partner; the partner manager edits its contact. */
@Named
@ViewScoped
public class ProfileBean implements Serializable {
  @Inject PartnerService partners;
  @Inject PartnerUsers partnerUsers;
  @Inject CurrentCaller currentCaller;

  private Partner partner;
  private PartnerForm form;
  private List<PartnerUser> users;

  /** viewAction */
  public void load() {
    partner = partners.find(currentCaller.get().partnerId());
    form = PartnerForm.of(partner);
    users = partnerUsers.ofPartner(partner.getId());
  }

  public void saveContact() {
    partner =
        partners.update(
            partner.getId(),
            new PartnerInput(
                null,
                null,
                null,
                null,
                null,
                null,
                form.contactInput(),
                null,
                null,
                null,
                partner.getVersion()));
    form = PartnerForm.of(partner);
    FacesMessages.info("profile.contactSaved");
  }

  public Partner getPartner() {
    return partner;
  }

  public PartnerForm getForm() {
    return form;
  }

  public List<PartnerUser> getUsers() {
    return users;
  }
}
