package org.channelport.partner.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.partner.Onboarding;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerStatus;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;

/** The home page: what needs the user's attention, per role. */
@Named
@RequestScoped
public class HomeBean {
  @Inject PartnerService partners;
  @Inject Onboarding onboarding;
  @Inject CurrentCaller currentCaller;

  private Map<PartnerStatus, Long> counts;

  private Map<PartnerStatus, Long> counts() {
    if (counts == null) {
      counts = partners.countByStatus();
    }
    return counts;
  }

  /** Partners by status code (prospect, active, suspended), for the cards. */
  public Map<String, Long> getCounts() {
    Map<String, Long> byCode = new LinkedHashMap<>();
    counts().forEach((status, count) -> byCode.put(status.code(), count));
    return byCode;
  }

  public long getPendingApplications() {
    return onboarding.pendingCount();
  }

  public Partner getOwnPartner() {
    Long id = currentCaller.get().partnerId();
    return id == null ? null : partners.find(id);
  }

  /** Chart.js configuration for the partners-by-status doughnut. */
  public String getStatusChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    counts()
        .forEach(
            (status, count) -> {
              labels.add(FacesMessages.text("status." + status.code()));
              values.add(count);
            });
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("data", values)
                                .add(
                                    "backgroundColor",
                                    Json.createArrayBuilder()
                                        .add("#94a3b8")
                                        .add("#22c55e")
                                        .add("#ef4444")))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }
}
