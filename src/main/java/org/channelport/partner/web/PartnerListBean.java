package org.channelport.partner.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerStatus;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.web.ServiceLazyModel;

/** The channel manager's partner list. */
@Named
@ViewScoped
public class PartnerListBean implements Serializable {
  @Inject PartnerService partners;

  private ServiceLazyModel<Partner> model;

  @PostConstruct
  void init() {
    model = ServiceLazyModel.of(partners::count, partners::rows, Partner::getId);
  }

  public ServiceLazyModel<Partner> getModel() {
    return model;
  }

  public PartnerTier[] getTiers() {
    return PartnerTier.values();
  }

  public PartnerStatus[] getStatuses() {
    return PartnerStatus.values();
  }
}
