package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.outbox.Outbox;
import org.channelport.shared.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service-issue mails: for every public step and public comment ({@link IssueChanged} with
 * {@code visibleToPartner}), one mail to the issue's partner users (the partner directory's
 * addresses) and one to its assignee, each with a link to the issue's page for that audience —
 * never to the one who did it. An internal note mails nobody; an assignment (internal) tells the
 * new assignee only; a new issue in the queue (no assignee) tells the service lead. SLA breaches
 * tell the service lead and the assignee ({@link #breach}).
 *
 * <p>Each mail is written to the outbox (topic {@value #TOPIC}) in the step's transaction, one
 * message per audience and language (the recipient's from {@link SupportContacts}, else English),
 * and sent by {@link SupportMailHandler}: a rolled-back step sends nothing, a committed one its
 * mails once.
 */
@ApplicationScoped
public class SupportMails {
  private static final Logger LOG = Logger.getLogger(SupportMails.class.getName());
  public static final String TOPIC = "mail.support";
  static final String PARTNER = "partner";
  static final String SERVICE = "service";
  static final String DEFAULT_LANGUAGE = "en";

  /** The kinds a mail names (the timeline's public ones, and the assignment). */
  static final Set<String> MAILED =
      Set.of(
          "created",
          "taken",
          "assigned",
          "waiting",
          "resumed",
          "commented",
          "solved",
          "closed",
          "reopened",
          "return_requested",
          "auto_closed");

  /** One mail: to whom, in which language, what. */
  record Mail(String audience, String language, List<String> to, String subject, String body) {}

  @Inject Outbox outbox;
  @Inject PartnerUsers partnerUsers;
  @Inject SupportContacts contacts;
  @Inject @ConfigProperties SupportJobsConfig config;

  @Inject
  @ConfigProperty(name = "channelport.portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  void changed(@Observes IssueChanged change) {
    if (!MAILED.contains(change.kind())) {
      return;
    }
    Map<String, String> partnerAddresses =
        change.visibleToPartner() ? partnerUsers.addresses(change.partnerId()) : Map.of();
    Set<String> users = new LinkedHashSet<>(partnerAddresses.keySet());
    if (change.assignee() != null) {
      users.add(change.assignee());
    }
    List<Mail> mails =
        plan(change, partnerAddresses, contacts.of(users), config.leadEmail, portalUrl);
    for (Mail mail : mails) {
      outbox.enqueue(TOPIC, "issue-" + change.issueId(), json(mail));
    }
  }

  /**
   * The mails an issue's change sends: partner users (but the actor) grouped by language, the
   * assignee (unless the actor), the service lead for a new issue without one.
   */
  static List<Mail> plan(
      IssueChanged change,
      Map<String, String> partnerAddresses,
      Map<String, SupportContacts.Contact> contacts,
      String leadEmail,
      String portalUrl) {
    List<Mail> mails = new ArrayList<>();
    String kind = change.kind();
    if (!MAILED.contains(kind)) {
      return mails;
    }
    boolean toPartner = change.visibleToPartner();
    boolean toService = toPartner || "assigned".equals(kind);
    if (toPartner) {
      Map<String, List<String>> byLanguage = new LinkedHashMap<>();
      partnerAddresses.forEach(
          (username, email) -> {
            if (!username.equals(change.actor())) {
              byLanguage
                  .computeIfAbsent(languageOf(contacts.get(username)), l -> new ArrayList<>())
                  .add(email);
            }
          });
      String link = link(portalUrl, "partner", change.issueId());
      byLanguage.forEach((language, to) -> mails.add(mail(PARTNER, language, to, change, link)));
    }
    if (toService) {
      String link = link(portalUrl, "channel", change.issueId());
      String assignee = change.assignee();
      if (assignee != null && !assignee.equals(change.actor())) {
        SupportContacts.Contact contact = contacts.get(assignee);
        if (contact == null || contact.email() == null) {
          LOG.info(
              () -> "No address known of " + assignee + "; " + change.number() + " not mailed");
        } else {
          mails.add(mail(SERVICE, languageOf(contact), List.of(contact.email()), change, link));
        }
      } else if (assignee == null && "created".equals(kind) && present(leadEmail)) {
        mails.add(mail(SERVICE, DEFAULT_LANGUAGE, List.of(leadEmail.strip()), change, link));
      }
    }
    return mails;
  }

  /** The breach mail to the service lead and the assignee (when their address is known). */
  static Mail breach(
      long issueId,
      String number,
      String subject,
      String assignee,
      List<String> clocks,
      SupportContacts.Contact assigneeContact,
      String leadEmail,
      String portalUrl) {
    Set<String> to = new LinkedHashSet<>();
    if (present(leadEmail)) {
      to.add(leadEmail.strip());
    }
    if (assigneeContact != null && assigneeContact.email() != null) {
      to.add(assigneeContact.email());
    }
    Locale locale = Locale.forLanguageTag(DEFAULT_LANGUAGE);
    List<String> names = new ArrayList<>();
    for (String clock : clocks) {
      names.add(Messages.text(locale, "mail.support.breach." + clock));
    }
    String which = String.join(", ", names);
    return new Mail(
        SERVICE,
        DEFAULT_LANGUAGE,
        List.copyOf(to),
        Messages.text(locale, "mail.support.breach.subject", number, which),
        Messages.text(
            locale,
            "mail.support.breach.body",
            number,
            subject == null ? "" : subject,
            which,
            assignee == null ? Messages.text(locale, "mail.support.unassigned") : assignee,
            link(portalUrl, "channel", issueId)));
  }

  static String json(Mail mail) {
    JsonArrayBuilder to = Json.createArrayBuilder();
    mail.to().forEach(to::add);
    return Json.createObjectBuilder()
        .add("audience", mail.audience())
        .add("language", mail.language())
        .add("to", to)
        .add("subject", mail.subject())
        .add("body", mail.body())
        .build()
        .toString();
  }

  private static Mail mail(
      String audience, String language, List<String> to, IssueChanged change, String link) {
    Locale locale = Locale.forLanguageTag(language);
    String actor =
        "system".equals(change.actor())
            ? Messages.text(locale, "mail.support.system")
            : change.actor();
    String what = Messages.text(locale, "mail.support.kind." + change.kind(), actor);
    return new Mail(
        audience,
        language,
        List.copyOf(to),
        Messages.text(locale, "mail.support.subject", change.number(), what),
        Messages.text(locale, "mail.support.body", change.number(), what, link));
  }

  static String link(String portalUrl, String side, long issueId) {
    String base = portalUrl == null ? "" : portalUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/" + side + "/issue.xhtml?id=" + issueId;
  }

  private static String languageOf(SupportContacts.Contact contact) {
    return contact == null || contact.language() == null ? DEFAULT_LANGUAGE : contact.language();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
