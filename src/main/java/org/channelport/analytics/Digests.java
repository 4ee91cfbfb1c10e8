package org.channelport.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.channelport.platform.outbox.Outbox;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one subscriber's weekly digest: in a request context of its own the job acts as that user
 * ({@link CurrentCaller#actAs}), so the figures ({@link Analytics}) and the open work ({@link
 * MyWork}) are exactly what the user would see signed in — their partner, their portfolio, their
 * assigned leads. The week is claimed with a conditional update and the mail put into the outbox
 * (topic {@value #TOPIC}) in the same transaction: sent once, or not at all.
 */
@ApplicationScoped
public class Digests {
  private static final Logger LOG = Logger.getLogger(Digests.class.getName());
  public static final String TOPIC = "mail.digest";

  @Inject DigestSubscriptions subscriptions;
  @Inject CurrentCaller currentCaller;
  @Inject Analytics analytics;
  @Inject MyWork myWork;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "channelport.portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  /** Sends the subscriber's digest of {@code now}'s week if it is due; returns whether it did. */
  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean send(String username, Instant now) {
    DigestSubscriptions.Subscriber s = subscriptions.find(username);
    if (s == null || !s.subscribed() || !DigestWeek.due(now, s.lastSentWeek())) {
      return false;
    }
    Caller user = s.caller();
    if (user.roles().isEmpty() || s.email() == null) {
      LOG.info(() -> "Digest of " + username + " not sent: no portal role or address known");
      return false;
    }
    if (!subscriptions.claim(username, DigestWeek.of(now))) {
      return false;
    }
    currentCaller.actAs(user);
    AnalyticsFilter week = DigestWeek.reported(now);
    List<Kpis> kpis = analytics.kpisWithPrevious(week);
    List<KeyFigures.Figure> figures = KeyFigures.of(user, kpis.get(0), kpis.get(1));
    DigestMail.Mail mail =
        DigestMail.compose(
            s.locale(), username, s.email(), week, figures, myWork.sections(), portalUrl);
    outbox.enqueue(TOPIC, "digest-" + username, mail.json());
    return true;
  }
}
