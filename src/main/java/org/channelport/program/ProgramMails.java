package org.channelport.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;
import org.channelport.partner.PartnerTier;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.outbox.Outbox;
import org.channelport.shared.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a partner's managers that their tier changed: one mail (English) through the outbox (topic
 * {@value #TOPIC}) in the change's transaction, sent by {@link ProgramMailHandler}.
 */
@ApplicationScoped
public class ProgramMails {
  public static final String TOPIC = "mail.program";

  @Inject Outbox outbox;
  @Inject PartnerUsers partnerUsers;

  @Inject
  @ConfigProperty(name = "channelport.portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  /** Enqueues the notice; returns how many addresses it goes to (0: nobody to tell). */
  public int tierChanged(
      long partnerId, String partnerName, PartnerTier before, PartnerTier after, String reason) {
    List<String> to = List.copyOf(partnerUsers.managerAddresses(partnerId).values());
    if (to.isEmpty()) {
      return 0;
    }
    outbox.enqueue(
        TOPIC, "partner-" + partnerId, json(to, tierMail(partnerName, before, after, reason)));
    return to.size();
  }

  /** Subject and body of the notice. */
  record Mail(String subject, String body) {}

  Mail tierMail(String partnerName, PartnerTier before, PartnerTier after, String reason) {
    Locale locale = Locale.ENGLISH;
    String from = Messages.text(locale, "tier." + before.code());
    String to = Messages.text(locale, "tier." + after.code());
    return new Mail(
        Messages.text(locale, "mail.program.tier.subject", partnerName, to),
        Messages.text(
            locale, "mail.program.tier.body", partnerName, from, to, reason, link(portalUrl)));
  }

  static String link(String portalUrl) {
    String base = portalUrl == null ? "" : portalUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/partner/program.xhtml";
  }

  static String json(List<String> to, Mail mail) {
    JsonArrayBuilder addresses = Json.createArrayBuilder();
    to.forEach(addresses::add);
    return Json.createObjectBuilder()
        .add("to", addresses)
        .add("subject", mail.subject())
        .add("body", mail.body())
        .build()
        .toString();
  }
}
