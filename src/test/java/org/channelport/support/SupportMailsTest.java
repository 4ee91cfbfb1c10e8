package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets which service mail, in which language, with which link. */
class SupportMailsTest {
  static final String PORTAL = "https://portal.example/";
  static final String LEAD = "lead@service.example";

  static final Map<String, String> NORTHWIND = new LinkedHashMap<>();

  static {
    NORTHWIND.put("pm-northwind", "pm@northwind.example");
    NORTHWIND.put("pe-northwind", "pe@northwind.example");
    NORTHWIND.put("pe-polska", "pe@northwind.pl.example");
  }

  static final Map<String, SupportContacts.Contact> CONTACTS =
      Map.of(
          "cm-all", new SupportContacts.Contact("cm-all", "cm-all@channelport.example", "en"),
          "cm-pl", new SupportContacts.Contact("cm-pl", "cm-pl@channelport.example", "pl"),
          "pe-polska", new SupportContacts.Contact("pe-polska", "pe@northwind.pl.example", "pl"),
          "pe-northwind", new SupportContacts.Contact("pe-northwind", null, null));

  static IssueChanged change(String kind, boolean visible, String assignee, String actor) {
    return new IssueChanged(42, "SI-2026-00042", 1, assignee, kind, visible, actor);
  }

  static List<SupportMails.Mail> plan(IssueChanged change) {
    return SupportMails.plan(change, NORTHWIND, CONTACTS, LEAD, PORTAL);
  }

  static SupportMails.Mail only(List<SupportMails.Mail> mails, String audience, String language) {
    List<SupportMails.Mail> found =
        mails.stream()
            .filter(m -> m.audience().equals(audience) && m.language().equals(language))
            .toList();
    assertEquals(1, found.size(), () -> audience + "/" + language + " in " + mails);
    return found.get(0);
  }

  @Test
  void aStepOfTheServiceMailsThePartnersUsersInTheirLanguages() {
    List<SupportMails.Mail> mails = plan(change("taken", true, "cm-all", "cm-all"));
    // the actor is the assignee: no mail to them; the partner's users, English and Polish apart
    assertEquals(2, mails.size(), mails::toString);
    SupportMails.Mail en = only(mails, "partner", "en");
    assertEquals(List.of("pm@northwind.example", "pe@northwind.example"), en.to());
    assertEquals("SI-2026-00042: taken by cm-all", en.subject());
    assertTrue(en.body().contains("https://portal.example/partner/issue.xhtml?id=42"), en.body());
    SupportMails.Mail pl = only(mails, "partner", "pl");
    assertEquals(List.of("pe@northwind.pl.example"), pl.to());
    assertEquals("SI-2026-00042: przyjęte przez cm-all", pl.subject());
    assertTrue(
        pl.body().contains("Otwórz zgłoszenie: https://portal.example/partner/issue.xhtml?id=42"));
  }

  @Test
  void aPartnersCommentMailsTheAssigneeAndTheOtherUsers() {
    List<SupportMails.Mail> mails = plan(change("commented", true, "cm-pl", "pe-northwind"));
    SupportMails.Mail service = only(mails, "service", "pl");
    assertEquals(List.of("cm-pl@channelport.example"), service.to());
    assertEquals("SI-2026-00042: nowy komentarz od pe-northwind", service.subject());
    assertTrue(service.body().contains("https://portal.example/channel/issue.xhtml?id=42"));
    SupportMails.Mail partner = only(mails, "partner", "en");
    assertEquals(List.of("pm@northwind.example"), partner.to(), "never the author");
    assertEquals(3, mails.size(), mails::toString);
  }

  @Test
  void anInternalNoteMailsNobody() {
    assertEquals(List.of(), plan(change("note", false, "cm-pl", "cm-all")));
  }

  @Test
  void anAssignmentTellsOnlyTheNewAssignee() {
    List<SupportMails.Mail> mails = plan(change("assigned", false, "cm-pl", "cm-all"));
    assertEquals(1, mails.size(), mails::toString);
    SupportMails.Mail mail = only(mails, "service", "pl");
    assertEquals(List.of("cm-pl@channelport.example"), mail.to());
    assertEquals("SI-2026-00042: cm-all przypisał(a) je Tobie", mail.subject());
  }

  @Test
  void aNewIssueInTheQueueTellsTheServiceLead() {
    List<SupportMails.Mail> mails = plan(change("created", true, null, "pe-northwind"));
    SupportMails.Mail lead = only(mails, "service", "en");
    assertEquals(List.of(LEAD), lead.to());
    assertEquals("SI-2026-00042: new issue logged by pe-northwind", lead.subject());
  }

  @Test
  void anAssigneeWithoutAKnownAddressIsSkipped() {
    List<SupportMails.Mail> mails = plan(change("solved", true, "cm-unknown", "cm-other"));
    assertTrue(mails.stream().noneMatch(m -> m.audience().equals("service")), mails::toString);
    assertEquals(2, mails.size());
  }

  @Test
  void theAutoCloseIsTheSystems() {
    SupportMails.Mail mail =
        only(plan(change("auto_closed", true, "cm-all", "system")), "partner", "en");
    assertEquals(
        "SI-2026-00042: closed automatically: solved and not reopened in time", mail.subject());
  }

  @Test
  void theBreachMailGoesToTheLeadAndTheAssignee() {
    SupportMails.Mail mail =
        SupportMails.breach(
            42,
            "SI-2026-00042",
            "Switch does not power up",
            "cm-all",
            List.of("first_response", "resolution"),
            CONTACTS.get("cm-all"),
            LEAD,
            PORTAL);
    assertEquals(List.of(LEAD, "cm-all@channelport.example"), mail.to());
    assertEquals("SI-2026-00042: SLA breached (first response, resolution)", mail.subject());
    assertTrue(mail.body().contains("\"Switch does not power up\""), mail.body());
    assertTrue(mail.body().contains("Assignee: cm-all"), mail.body());
    assertTrue(mail.body().contains("https://portal.example/channel/issue.xhtml?id=42"));
  }

  @Test
  void theMailAsTheOutboxKeepsIt() {
    SupportMails.Mail mail =
        new SupportMails.Mail("service", "en", List.of("a@b.example"), "S \"x\"", "line\nline");
    assertEquals(
        "{\"audience\":\"service\",\"language\":\"en\",\"to\":[\"a@b.example\"],"
            + "\"subject\":\"S \\\"x\\\"\",\"body\":\"line\\nline\"}",
        SupportMails.json(mail));
  }
}
