package org.channelport.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.order.BackorderChoice;
import org.channelport.order.OrderKind;
import org.channelport.order.OrderStatus;
import org.channelport.order.SyncState;
import org.channelport.platform.web.LocaleBean;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.PageRequest;

/** What the order pages share: the choices of their selects, times as people read them, errors. */
@Named
@ApplicationScoped
public class OrderPages {
  @Inject CustomerService customers;

  /** A text of the bundle with its arguments, in the page's language (for the pages' EL). */
  public String format(String key, Object arg) {
    return Messages.text(locale(), key, arg);
  }

  public String format(String key, Object first, Object second) {
    return Messages.text(locale(), key, first, second);
  }

  public OrderStatus[] getStatuses() {
    return OrderStatus.values();
  }

  public SyncState[] getSyncStates() {
    return SyncState.values();
  }

  /** The kinds a cart can be (a return is asked for from the order it returns). */
  public OrderKind[] getKinds() {
    return new OrderKind[] {OrderKind.REPLENISHMENT, OrderKind.ON_BEHALF};
  }

  public List<String> getBackorderChoices() {
    return Arrays.stream(BackorderChoice.values()).map(BackorderChoice::code).toList();
  }

  /** The caller's customers for a picker, by company (the first {@value PageRequest#MAX_SIZE}). */
  public List<CustomerView> customers() {
    return customers.rows(new PageRequest(0, PageRequest.MAX_SIZE, "company", true, Map.of()));
  }

  /**
   * A stock figure's age as people read it: the time ("14:02") when it is from today, else date and
   * time, in the user's zone.
   */
  public static String asOf(Instant at, Instant now) {
    if (at == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ZoneId zone = LocaleBean.zoneOf(faces);
    Locale locale = faces.getViewRoot().getLocale();
    if (LocalDate.ofInstant(at, zone).equals(LocalDate.ofInstant(now, zone))) {
      return DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(at);
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(at);
  }

  /** A failure as the user reads it: the rule's message, or a general one for anything else. */
  public static String message(RuntimeException e, Locale locale) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid.errors().stream()
            .map(f -> label(locale, f.field()) + ": " + f.message(locale))
            .collect(Collectors.joining("; "));
      }
      if (t instanceof DomainException domain) {
        return domain.localizedMessage(locale);
      }
    }
    return Messages.text(locale, "orderPage.unexpected");
  }

  private static final java.util.regex.Pattern LINE_FIELD =
      java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.?(.*)");

  /**
   * A field's label as the order forms show it ({@code orderPage.field.<name>}, else general); a
   * line's field ({@code lines[2].sku}) reads "Line 3, SKU".
   */
  static String label(Locale locale, String field) {
    if (field == null) {
      return "";
    }
    java.util.regex.Matcher line = LINE_FIELD.matcher(field);
    if (line.matches()) {
      String number =
          Messages.text(locale, "orderPage.lineNo", Integer.parseInt(line.group(1)) + 1);
      return line.group(2).isEmpty()
          ? number
          : number + ", " + Messages.fieldLabel(locale, "orderPage", line.group(2));
    }
    return Messages.fieldLabel(locale, "orderPage", field);
  }

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
