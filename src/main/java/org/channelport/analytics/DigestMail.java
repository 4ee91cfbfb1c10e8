package org.channelport.analytics;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.channelport.shared.Messages;

/**
 * The weekly digest's text, in the subscriber's language: the figures of the week reported against
 * the week before, then what waits for them (each list's count, its first items and the link to the
 * whole list), then how to unsubscribe. Plain text, short lines.
 */
public final class DigestMail {
  private DigestMail() {}

  /** One mail: to whom, what. */
  public record Mail(String to, String subject, String body) {
    public String json() {
      JsonObject o =
          Json.createObjectBuilder()
              .add("to", Json.createArrayBuilder().add(to))
              .add("subject", subject)
              .add("body", body)
              .build();
      return o.toString();
    }
  }

  public static Mail compose(
      String language,
      String username,
      String to,
      AnalyticsFilter week,
      List<KeyFigures.Figure> figures,
      List<MyWork.Section> work,
      String portalUrl) {
    Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
    String base = base(portalUrl);
    DateTimeFormatter days =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    String period = days.format(week.from()) + " – " + days.format(week.to());
    StringBuilder body = new StringBuilder();
    body.append(Messages.text(locale, "digest.mail.hello", username)).append("\n\n");
    body.append(Messages.text(locale, "digest.mail.figures", period)).append('\n');
    for (KeyFigures.Figure f : figures) {
      body.append("- ")
          .append(Messages.text(locale, "myWork.figure." + f.name()))
          .append(": ")
          .append(value(f.kind(), f.current(), locale))
          .append(" (")
          .append(
              Messages.text(locale, "digest.mail.before", value(f.kind(), f.previous(), locale)))
          .append(change(f.changePercent(), locale))
          .append(")\n");
    }
    body.append('\n');
    if (work.isEmpty()) {
      body.append(Messages.text(locale, "myWork.empty")).append('\n');
    } else {
      body.append(Messages.text(locale, "digest.mail.work")).append('\n');
      for (MyWork.Section s : work) {
        body.append("- ")
            .append(Messages.text(locale, "myWork." + s.name()))
            .append(": ")
            .append(s.total())
            .append('\n');
        for (MyWork.Item item : s.items()) {
          body.append("    ").append(item.title());
          if (item.detail() != null && !item.detail().isBlank()) {
            body.append(" · ").append(item.detail());
          }
          body.append('\n');
        }
        body.append("    ").append(base).append(s.all().path()).append('\n');
      }
    }
    body.append('\n')
        .append(Messages.text(locale, "digest.mail.unsubscribe", base + "/index.xhtml"))
        .append('\n');
    String subject = Messages.text(locale, "digest.mail.subject", label(week));
    return new Mail(to, subject, body.toString());
  }

  /** A figure as text: a count, an amount in EUR, a rate in per cent; "–" for none. */
  public static String value(KeyFigures.Kind kind, BigDecimal v, Locale locale) {
    if (v == null) {
      return "–";
    }
    NumberFormat n = NumberFormat.getNumberInstance(locale);
    switch (kind) {
      case MONEY -> {
        n.setMinimumFractionDigits(2);
        n.setMaximumFractionDigits(2);
        return n.format(v) + " " + Kpis.CURRENCY;
      }
      case RATE -> {
        n.setMaximumFractionDigits(1);
        return n.format(v.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP))
            + " %";
      }
      default -> {
        return n.format(v);
      }
    }
  }

  /** ", +12.5 %" (or ", −3 %"); empty without a base to compare with. */
  public static String change(BigDecimal percent, Locale locale) {
    if (percent == null) {
      return "";
    }
    NumberFormat n = NumberFormat.getNumberInstance(locale);
    n.setMaximumFractionDigits(1);
    String sign = percent.signum() > 0 ? "+" : "";
    return ", " + sign + n.format(percent) + " %";
  }

  /** The ISO week a period starts in, as people write it: "2026-W49". */
  static String label(AnalyticsFilter week) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        week.from().get(IsoFields.WEEK_BASED_YEAR),
        week.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String base(String portalUrl) {
    String base = portalUrl == null ? "" : portalUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
