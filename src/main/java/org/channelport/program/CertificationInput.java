package org.channelport.program;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.channelport.shared.Checks;

/** A new certification as typed or sent: dates as ISO text (yyyy-mm-dd), so a bad one is named. */
public record CertificationInput(String username, String name, String issuedOn, String expiresOn) {

  /** The checked values; bad input names its field (and the user names the partner has). */
  Valid validate(List<String> partnerUsernames) {
    Checks checks = new Checks();
    String user = Checks.clean(username);
    String title = Checks.clean(name);
    checks.text("username", user, true, 100).text("name", title, true, 200);
    if (user != null && !user.isBlank() && !partnerUsernames.contains(user)) {
      checks.add("username", "error.program.notAPartnerUser", user);
    }
    LocalDate issued = date(checks, "issuedOn", issuedOn, true);
    LocalDate expires = date(checks, "expiresOn", expiresOn, false);
    if (issued != null && expires != null && expires.isBefore(issued)) {
      checks.add("expiresOn", "error.program.expiresBeforeIssued");
    }
    checks.throwIfAny();
    return new Valid(user, title, issued, expires);
  }

  record Valid(String username, String name, LocalDate issuedOn, LocalDate expiresOn) {}

  private static LocalDate date(Checks checks, String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        checks.required(field, null);
      }
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      checks.add(field, "error.program.date");
      return null;
    }
  }
}
