package org.channelport.deal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.channelport.deal.DealRegistration;
import org.channelport.deal.DealRegistrationService;
import org.channelport.deal.DealStatus;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.ServiceLazyModel;

/** The deal registrations the user may see: the partner's own, or the portfolio's for review. */
@Named
@ViewScoped
public class DealListBean implements Serializable {
  @Inject DealRegistrationService registrations;
  @Inject PartnerService partners;

  private ServiceLazyModel<DealRegistration> model;
  private final Map<Long, String> partnerNames = new HashMap<>();
  private LocalDate today;

  @PostConstruct
  void init() {
    model = ServiceLazyModel.of(registrations::count, registrations::rows, DealRegistration::getId);
    today = registrations.today();
  }

  public ServiceLazyModel<DealRegistration> getModel() {
    return model;
  }

  public DealStatus[] getStatuses() {
    return DealStatus.values();
  }

  /** The status code as of today (an approval past its window reads expired). */
  public String status(DealRegistration r) {
    return r.statusOn(today).code();
  }

  public String partnerName(Long partnerId) {
    return partnerNames.computeIfAbsent(partnerId, id -> partners.name(id));
  }

  public String categories(DealRegistration r) {
    return String.join(", ", r.getCategories());
  }
}
