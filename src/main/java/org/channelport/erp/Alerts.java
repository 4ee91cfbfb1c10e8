package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.order.OrderMessage;
import org.channelport.platform.Clock;
import org.channelport.platform.mail.Mailer;
import org.channelport.platform.outbox.Outbox;
import org.channelport.platform.outbox.OutboxState;
import org.channelport.security.AccessRules;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Alerts by e-mail: each round (a leased job, {@link ErpJobs}) evaluates the four conditions — the
 * ERP unreachable (longer than {@code channelport.erp.unreachable-alert-minutes}), messages parked,
 * invalid inbound messages (in the last {@code inbound-alert-minutes}), the last poll failed — and
 * keeps one incident per type from its first failure until it clears (stored, one open incident per
 * type at most, whichever node evaluates). The recipients of the type get one mail when an incident
 * opens and one when it clears; a mail that could not be sent is tried again next round.
 */
@ApplicationScoped
public class Alerts {
  private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
  static final List<String> ERP_TOPICS =
      List.of(OrderMessage.TOPIC, ErpAdapter.PartnerMessage.TOPIC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  ConnectorState state;
  ErpAdapters adapters;
  IntegrationLog log;
  Outbox outbox;
  Mailer mailer;
  Clock clock;
  ErpConfig config;
  AccessRules access;

  protected Alerts() {}

  @Inject
  public Alerts(
      ConnectorState state,
      ErpAdapters adapters,
      IntegrationLog log,
      Outbox outbox,
      Mailer mailer,
      Clock clock,
      @ConfigProperties ErpConfig config,
      AccessRules access) {
    this.state = state;
    this.adapters = adapters;
    this.log = log;
    this.outbox = outbox;
    this.mailer = mailer;
    this.clock = clock;
    this.config = config;
    this.access = access;
  }

  /** One round: evaluate every condition, then send the mails that are due. */
  public void evaluate() {
    Instant now = clock.now();
    String adapter = adapters.currentName();
    boolean unreachable = false;
    String unreachableDetail = null;
    if (!IntegrationSettings.NONE.equals(adapter)) {
      var current = adapters.current();
      if (current.isEmpty()) {
        unreachable = true;
        unreachableDetail = "the selected adapter " + adapter + " is not deployed";
      } else {
        unreachable = !probe(current.get());
        unreachableDetail = unreachable ? adapter + " does not answer" : null;
      }
    }
    state.evaluate(
        AlertType.ERP_UNREACHABLE,
        unreachable,
        unreachableDetail,
        now,
        Duration.ofMinutes(Math.max(0, config.unreachableAlertMinutes)));

    OutboxState.Backlog backlog = outbox.backlog(ERP_TOPICS);
    state.evaluate(
        AlertType.MESSAGE_REJECTED,
        backlog.parked() > 0,
        backlog.parked()
            + " messages parked (needs attention), "
            + backlog.blockedByParked()
            + " more wait behind them",
        now,
        Duration.ZERO);

    long invalid =
        log.countSince(
            "in", IntegrationLog.FAILED, now.minus(Duration.ofMinutes(config.inboundAlertMinutes)));
    state.evaluate(
        AlertType.INBOUND_INVALID,
        invalid > 0,
        invalid + " invalid inbound messages in the last " + config.inboundAlertMinutes + " min",
        now,
        Duration.ZERO);

    String[] poll = log.lastPoll();
    boolean pollFailing =
        poll != null && IntegrationLog.FAILED.equals(poll[0]) && !"none".equals(adapter);
    state.evaluate(
        AlertType.POLL_FAILING, pollFailing, pollFailing ? poll[1] : null, now, Duration.ZERO);

    sendMails();
  }

  static boolean probe(ErpAdapter adapter) {
    try {
      return adapter.reachable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  void sendMails() {
    List<ConnectorState.Recipient> recipients = state.recipients();
    for (ConnectorState.Incident incident : state.unmailed()) {
      List<String> to =
          recipients.stream().filter(r -> r.type() == incident.type()).map(r -> r.email()).toList();
      boolean clearing = incident.openedMailAt() != null || incident.clearedAt() != null;
      try {
        if (incident.openedMailAt() == null) {
          mailer.send(to, subject(incident, false), body(incident, false));
          state.mailed(incident.id(), false, clock.now());
        }
        if (incident.clearedAt() != null && incident.clearedMailAt() == null) {
          mailer.send(to, subject(incident, true), body(incident, true));
          state.mailed(incident.id(), true, clock.now());
        }
      } catch (Mailer.MailException | RuntimeException e) {
        LOG.log(Level.WARNING, "Alert mail for " + incident.type().code() + " not sent", e);
        state.mailFailed(incident.id(), e.getMessage());
      }
      if (clearing && to.isEmpty()) {
        LOG.fine(() -> "no recipients for " + incident.type().code());
      }
    }
  }

  static String subject(ConnectorState.Incident incident, boolean cleared) {
    return "[Channelport] "
        + (cleared ? "Cleared: " : "")
        + incident.type().title()
        + " (since "
        + TIME.format(incident.failingSince())
        + ")";
  }

  static String body(ConnectorState.Incident incident, boolean cleared) {
    StringBuilder b = new StringBuilder();
    b.append(incident.type().title()).append('\n');
    b.append("Alert type: ").append(incident.type().code()).append('\n');
    b.append("Failing since: ").append(TIME.format(incident.failingSince())).append('\n');
    b.append("Incident opened: ").append(TIME.format(incident.openedAt())).append('\n');
    if (cleared) {
      b.append("Cleared: ").append(TIME.format(incident.clearedAt())).append('\n');
    }
    if (incident.detail() != null) {
      b.append("Detail: ").append(incident.detail()).append('\n');
    }
    b.append('\n')
        .append("The integration event log (channel admins): /channel/integration.xhtml\n");
    return b.toString();
  }

  // --- for channel admins ---

  public List<ConnectorState.Recipient> recipients() {
    IntegrationSettings.requireAdmin(access.caller());
    return state.recipients();
  }

  public List<ConnectorState.Incident> incidents() {
    IntegrationSettings.requireAdmin(access.caller());
    return state.recentIncidents(20);
  }

  public void addRecipient(String type, String email) {
    IntegrationSettings.requireAdmin(access.caller());
    AlertType alertType = AlertType.parse(type == null ? "" : type.strip()).orElse(null);
    String address = Checks.clean(email);
    Checks checks = new Checks();
    if (alertType == null) {
      checks.add(
          "alertType",
          "error.param.oneOf",
          String.join(
              ", ", java.util.Arrays.stream(AlertType.values()).map(AlertType::code).toList()));
    }
    checks.required("email", address).email("email", address).maxLength("email", address, 254);
    checks.throwIfAny();
    if (!state.addRecipient(alertType, address.toLowerCase(Locale.ROOT), clock.now())) {
      throw new InvalidInputException(
          List.of(new FieldError("email", "error.integration.recipientExists")));
    }
  }

  public void removeRecipient(long id) {
    IntegrationSettings.requireAdmin(access.caller());
    if (!state.removeRecipient(id)) {
      throw new RecordNotFoundException("AlertRecipient", id);
    }
  }
}
