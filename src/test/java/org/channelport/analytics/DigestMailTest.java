package org.channelport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.junit.jupiter.api.Test;

class DigestMailTest {
  static final AnalyticsFilter WEEK =
      AnalyticsFilter.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));
  static final Caller PM = new Caller("pm-northwind", EnumSet.of(Role.PARTNER_MANAGER), 1L);
  static final Caller PE = new Caller("pe-northwind", EnumSet.of(Role.PARTNER_EMPLOYEE), 1L);
  static final Caller CM = new Caller("cm-all", Set.of(Role.CHANNEL_MANAGER), null);

  static Totals totals(long accepted, long dispatched, String revenue, long met, long measured) {
    return new Totals(
        dispatched,
        accepted,
        0,
        0,
        0,
        0,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        0,
        0,
        0,
        3,
        new BigDecimal(revenue),
        BigDecimal.ZERO,
        0,
        0,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        2,
        0,
        0,
        0,
        measured,
        met,
        0,
        0);
  }

  static Kpis kpis(AnalyticsFilter f, Totals t) {
    return Kpis.of(f.from(), f.to(), 1, t, Kpis.Medians.NONE);
  }

  static List<KeyFigures.Figure> figures(Caller caller) {
    return KeyFigures.of(
        caller,
        kpis(WEEK, totals(3, 4, "1250.50", 9, 10)),
        kpis(WEEK.previous(), totals(2, 4, "1000", 0, 0)));
  }

  @Test
  void theChangeIsInPerCentOfTheWeekBefore() {
    assertEquals(
        new BigDecimal("50.0"), KeyFigures.change(BigDecimal.valueOf(3), BigDecimal.valueOf(2)));
    assertEquals(
        new BigDecimal("-25.0"), KeyFigures.change(BigDecimal.valueOf(3), BigDecimal.valueOf(4)));
    assertEquals(new BigDecimal("0.0"), KeyFigures.change(BigDecimal.ONE, BigDecimal.ONE));
    assertNull(KeyFigures.change(BigDecimal.ONE, BigDecimal.ZERO), "nothing to compare with");
    assertNull(KeyFigures.change(null, BigDecimal.ONE), "no rate this week");
    assertNull(KeyFigures.change(BigDecimal.ONE, null));
  }

  @Test
  void managersSeeAcceptanceAndRevenueEmployeesTheirTeamsOrdersAndIssues() {
    assertEquals(
        List.of("leadsAccepted", "acceptanceRate", "orderRevenue", "slaAttainment"),
        figures(PM).stream().map(KeyFigures.Figure::name).toList());
    assertEquals(
        figures(PM).stream().map(KeyFigures.Figure::name).toList(),
        figures(CM).stream().map(KeyFigures.Figure::name).toList());
    assertEquals(
        List.of("leadsAccepted", "orders", "issuesOpened", "slaAttainment"),
        figures(PE).stream().map(KeyFigures.Figure::name).toList());
  }

  @Test
  void theMailNamesTheWeekTheFiguresAndTheWorkWithLinks() {
    MyWork.Section leads =
        new MyWork.Section(
            "leadsWaiting",
            List.of(
                new MyWork.Item(
                    "Contoso GmbH",
                    "48000.00 EUR",
                    Instant.parse("2026-12-08T10:00:00Z"),
                    MyWork.Link.to("/partner/lead", "id", "7"))),
            6,
            MyWork.Link.to("/partner/leads", "status", "dispatched"));
    DigestMail.Mail mail =
        DigestMail.compose(
            "en",
            "pm-northwind",
            "pm@northwind.example",
            WEEK,
            figures(PM),
            List.of(leads),
            "http://portal.example/");
    assertEquals("pm@northwind.example", mail.to());
    assertEquals("Your Channelport week 2026-W49", mail.subject());
    assertTrue(mail.body().contains("your figures of the week Nov 30, 2026 – Dec 6, 2026:\n"));
    String body = mail.body();
    assertTrue(body.startsWith("Hello pm-northwind,\n"), body);
    assertTrue(body.contains("- Leads accepted: 3 (week before: 2, +50 %)\n"), body);
    assertTrue(body.contains("- Lead acceptance rate: 75 % (week before: 50 %, +50 %)\n"), body);
    assertTrue(
        body.contains("- Order revenue: 1,250.50 EUR (week before: 1,000.00 EUR, +25.1 %)\n"),
        body);
    assertTrue(body.contains("- Service SLA attainment: 90 % (week before: –)\n"), body);
    assertTrue(body.contains("- Leads waiting for acceptance: 6\n"), body);
    assertTrue(body.contains("    Contoso GmbH · 48000.00 EUR\n"), body);
    assertTrue(
        body.contains("    http://portal.example/partner/leads.xhtml?status=dispatched\n"), body);
    assertTrue(body.contains("http://portal.example/index.xhtml"), "how to unsubscribe");
    assertFalse(body.contains("Nothing waits for you"), body);
    for (String line : body.split("\n")) {
      assertTrue(line.length() <= 200, "short lines: " + line);
    }
  }

  @Test
  void nothingToDoSaysSoInTheSubscribersLanguage() {
    DigestMail.Mail mail =
        DigestMail.compose(
            "pl", "pm-northwind", "pm@northwind.example", WEEK, figures(PM), List.of(), "x");
    assertTrue(mail.subject().startsWith("Twój tydzień w Channelport"), mail.subject());
    assertTrue(mail.body().contains("Nic na Ciebie nie czeka."), mail.body());
    assertTrue(mail.body().contains("- Przychód z zamówień: 1\u00a0250,50 EUR"), mail.body());
  }

  @Test
  void thePayloadIsTheMailForTheOutbox() {
    DigestMail.Mail mail = new DigestMail.Mail("a@b.example", "S \"q\"", "line 1\nline 2");
    assertEquals(
        "{\"to\":[\"a@b.example\"],\"subject\":\"S \\\"q\\\"\",\"body\":\"line 1\\nline 2\"}",
        mail.json());
  }
}
