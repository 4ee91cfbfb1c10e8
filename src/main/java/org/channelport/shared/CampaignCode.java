package org.channelport.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The code of a marketing campaign (a funded MDF activity) that leads, deal registrations, orders
 * and showroom inquiries carry so that the activity's results can be counted: 1 to {@value #MAX}
 * ASCII letters, digits, {@code -} and {@code _}. Codes are kept in upper case, so {@code
 * webinar-q1} and {@code WEBINAR-Q1} are one campaign (the database compares them so anyway).
 */
public final class CampaignCode {
  public static final int MAX = 40;

  /** The most codes one figures query takes. */
  public static final int MAX_ASKED = 1000;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX + "}");

  private CampaignCode() {}

  /**
   * The code {@code raw} names, in upper case, or null when it is blank; a code that breaks the
   * rule is reported on {@code field} (message {@code error.campaignCode}) and null returned.
   */
  public static String check(Checks checks, String field, String raw) {
    String code = Checks.clean(raw);
    if (code == null) {
      return null;
    }
    if (!CODE.matcher(code).matches()) {
      checks.add(field, "error.campaignCode", MAX);
      return null;
    }
    return code.toUpperCase(Locale.ROOT);
  }

  /** Like {@link #check}, throwing {@link InvalidInputException} on {@code field} at once. */
  public static String parse(String field, String raw) {
    Checks checks = new Checks();
    String code = check(checks, field, raw);
    checks.throwIfAny();
    return code;
  }

  /**
   * The valid codes among {@code codes}, in upper case, each once, in their order; at most {@value
   * #MAX_ASKED} (a figures query binds each as a parameter). Invalid or blank ones are left out.
   */
  public static List<String> valid(Collection<String> codes) {
    Set<String> valid = new LinkedHashSet<>();
    if (codes != null) {
      for (String raw : codes) {
        if (isValid(raw) && valid.size() < MAX_ASKED) {
          valid.add(Checks.clean(raw).toUpperCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(valid);
  }

  /** {@code column IN (?, ?, …)} for {@code count} codes (at least one). */
  public static String inClause(String column, int count) {
    return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
  }

  /** Whether {@code raw} is a valid code (blank is not). */
  public static boolean isValid(String raw) {
    String code = Checks.clean(raw);
    return code != null && CODE.matcher(code).matches();
  }
}
