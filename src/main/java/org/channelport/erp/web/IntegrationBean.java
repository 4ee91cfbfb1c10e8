package org.channelport.erp.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.erp.AlertType;
import org.channelport.erp.Alerts;
import org.channelport.erp.ConnectorState;
import org.channelport.erp.IntegrationAdmin;
import org.channelport.erp.IntegrationEvent;
import org.channelport.erp.IntegrationLog;
import org.channelport.erp.IntegrationSettings;
import org.channelport.erp.Reconciler;
import org.channelport.platform.outbox.OutboxState;
import org.channelport.platform.web.FacesMessages;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;

/**
 * The integration page (channel admins): the event log with its filters, payloads and replay; the
 * backlog; the connector's settings; alert recipients and incidents; the last reconciliation.
 */
@Named
@ViewScoped
public class IntegrationBean implements Serializable {
  @Inject IntegrationLog log;
  @Inject IntegrationSettings settings;
  @Inject IntegrationAdmin admin;
  @Inject Alerts alerts;
  @Inject Reconciler reconciler;

  /** The filters above the table (the table's own column filters add to them). */
  public static class Filters implements Serializable {
    private String from;
    private String to;
    private String adapter;
    private String direction;
    private String kind;
    private String status;
    private String order;

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }

    public String getAdapter() {
      return adapter;
    }

    public void setAdapter(String adapter) {
      this.adapter = adapter;
    }

    public String getDirection() {
      return direction;
    }

    public void setDirection(String direction) {
      this.direction = direction;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getOrder() {
      return order;
    }

    public void setOrder(String order) {
      this.order = order;
    }

    Map<String, String> asMap() {
      Map<String, String> m = new HashMap<>();
      put(m, "from", from);
      put(m, "to", to);
      put(m, "adapter", adapter);
      put(m, "direction", direction);
      put(m, "kind", kind);
      put(m, "status", status);
      put(m, "orderNumber", order);
      return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
      if (v != null && !v.isBlank()) {
        m.put(k, v.strip());
      }
    }
  }

  private final Filters filters = new Filters();
  private ServiceLazyModel<IntegrationEvent> events;
  private IntegrationEvent selected;

  private String adapter;
  private String protocolEndpoint;
  private Integer pacePerSecond;
  private long settingsVersion;
  private String updatedBy;

  private String newAlertType = AlertType.ERP_UNREACHABLE.code();
  private String newEmail;

  @PostConstruct
  void init() {
    events =
        ServiceLazyModel.of(
            request -> log.count(withFilters(request)),
            request -> log.rows(withFilters(request)),
            IntegrationEvent::getId);
    loadSettings();
  }

  PageRequest withFilters(PageRequest table) {
    Map<String, String> all = new HashMap<>(table.filters());
    all.putAll(filters.asMap());
    return new PageRequest(table.first(), table.size(), table.sortField(), table.ascending(), all);
  }

  private void loadSettings() {
    IntegrationSettings.Settings s = settings.forAdmin();
    adapter = s.adapter();
    protocolEndpoint = s.protocolEndpoint();
    pacePerSecond = s.pacePerSecond();
    settingsVersion = s.version();
    updatedBy = s.updatedBy();
  }

  public void filter() {
    // the table reloads with the new filters
  }

  public void show(long id) {
    selected = log.find(id);
  }

  public void replay(String messageId) {
    admin.replay(messageId);
    FacesMessages.info("integration.replayed", messageId);
  }

  public void saveSettings() {
    settings.update(
        new IntegrationSettings.SettingsInput(
            adapter,
            protocolEndpoint == null ? "" : protocolEndpoint,
            pacePerSecond,
            settingsVersion));
    loadSettings();
    FacesMessages.info("integration.settings.saved");
  }

  public void addRecipient() {
    alerts.addRecipient(newAlertType, newEmail);
    FacesMessages.info("integration.alerts.added", newEmail);
    newEmail = null;
  }

  public void removeRecipient(long id) {
    alerts.removeRecipient(id);
  }

  public ServiceLazyModel<IntegrationEvent> getEvents() {
    return events;
  }

  public Filters getFilters() {
    return filters;
  }

  public IntegrationEvent getSelected() {
    return selected;
  }

  public OutboxState.Backlog getBacklog() {
    return admin.backlog();
  }

  public List<ConnectorState.Recipient> getRecipients() {
    return alerts.recipients();
  }

  public List<ConnectorState.Incident> getIncidents() {
    return alerts.incidents();
  }

  public ConnectorState.Run getReconciliation() {
    return reconciler.latest();
  }

  public List<String> getAdapters() {
    return IntegrationSettings.ADAPTERS;
  }

  public List<String> getDirections() {
    return IntegrationLog.DIRECTIONS;
  }

  public List<String> getStatuses() {
    return IntegrationLog.STATUSES;
  }

  public List<String> getAlertTypes() {
    return Arrays.stream(AlertType.values()).map(AlertType::code).toList();
  }

  public String getAdapter() {
    return adapter;
  }

  public void setAdapter(String adapter) {
    this.adapter = adapter;
  }

  public String getProtocolEndpoint() {
    return protocolEndpoint;
  }

  public void setProtocolEndpoint(String protocolEndpoint) {
    this.protocolEndpoint = protocolEndpoint;
  }

  public Integer getPacePerSecond() {
    return pacePerSecond;
  }

  public void setPacePerSecond(Integer pacePerSecond) {
    this.pacePerSecond = pacePerSecond;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public String getNewAlertType() {
    return newAlertType;
  }

  public void setNewAlertType(String newAlertType) {
    this.newAlertType = newAlertType;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }
}
