package org.channelport.lead.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadStatus;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;

/** The home page's lead counts by status, for every role, each linking to the filtered list. */
@Named
@RequestScoped
public class LeadHomeBean {
  private static final Map<LeadStatus, String> COLOURS =
      Map.of(
          LeadStatus.NEW, "#60a5fa",
          LeadStatus.DISPATCHED, "#f59e0b",
          LeadStatus.ACCEPTED, "#34d399",
          LeadStatus.REJECTED, "#f87171",
          LeadStatus.QUALIFIED, "#a78bfa",
          LeadStatus.WON, "#16a34a",
          LeadStatus.LOST, "#9ca3af");

  @Inject LeadService leads;
  @Inject CurrentCaller currentCaller;

  private Map<LeadStatus, Long> counts;

  private Map<LeadStatus, Long> counts() {
    if (counts == null) {
      counts = leads.countByStatus();
    }
    return counts;
  }

  /** One count per status the caller's leads can have (partners never see the pool). */
  public record StatusCount(String code, long count) {}

  public List<StatusCount> getStatusCounts() {
    boolean channel = currentCaller.get().isChannelManager();
    return counts().entrySet().stream()
        .filter(e -> channel || !e.getKey().inPool())
        .map(e -> new StatusCount(e.getKey().code(), e.getValue()))
        .toList();
  }

  public long getTotal() {
    return counts().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Where a count links to: the caller's lead list, filtered by the status. */
  public String getListOutcome() {
    return currentCaller.get().isChannelManager() ? "/channel/leads" : "/partner/leads";
  }

  /** Chart.js configuration of the leads-by-status bar chart. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    boolean channel = currentCaller.get().isChannelManager();
    counts()
        .forEach(
            (status, count) -> {
              if (channel || !status.inPool()) {
                labels.add(FacesMessages.text("lead.status." + status.code()));
                values.add(count);
                colours.add(COLOURS.get(status));
              }
            });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", FacesMessages.text("home.leads.chart"))
                                .add("data", values)
                                .add("backgroundColor", colours))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
