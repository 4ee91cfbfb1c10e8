package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.channelport.platform.Clock;
import org.channelport.security.Caller;
import org.channelport.security.SignedIn;

/**
 * Whom the service mails reach and in which language ({@code support_contact}): every user as last
 * seen at sign-in — the address Keycloak gives, the first language of the browser the portal speaks
 * (en, pl). The brand owner's staff have no other directory; for partner users the address comes
 * from the partner directory, the language from here.
 */
@ApplicationScoped
@Transactional
public class SupportContacts {
  static final List<String> LANGUAGES = List.of("en", "pl");

  /** A user's address (null: none known) and language (null: not known). */
  public record Contact(String username, String email, String language) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Instance<HttpServletRequest> request;

  public void signedIn(@Observes SignedIn signedIn) {
    Caller caller = signedIn.caller();
    if (!caller.isAuthenticated()) {
      return;
    }
    String email = blankToNull(signedIn.email());
    String language = language(browserLocales());
    // one statement: two sign-ins of the same user at once both land, the later one wins; a
    // partner this portal does not know (a token naming another) is left out, never an error
    em.createNativeQuery(
            "INSERT INTO support_contact (username, partner_id, email, language, last_seen_at)"
                + " VALUES (?, (SELECT p.id FROM partner p WHERE p.id = ?), ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE partner_id = VALUES(partner_id),"
                + " email = COALESCE(VALUES(email), email),"
                + " language = COALESCE(VALUES(language), language),"
                + " last_seen_at = VALUES(last_seen_at)")
        .setParameter(1, caller.username())
        .setParameter(2, caller.partnerId())
        .setParameter(3, email)
        .setParameter(4, language)
        .setParameter(5, Timestamp.from(clock.now()))
        .executeUpdate();
  }

  /** The contacts known of these users (users never seen are missing from the map). */
  public Map<String, Contact> of(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    Map<String, Contact> found = new HashMap<>();
    List<String> names = List.copyOf(Set.copyOf(usernames));
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      in.append(i == 0 ? "?" : ", ?");
    }
    var query =
        em.createNativeQuery(
            "SELECT username, email, language FROM support_contact WHERE username IN (" + in + ")");
    for (int i = 0; i < names.size(); i++) {
      query.setParameter(i + 1, names.get(i));
    }
    for (Object r : query.getResultList()) {
      Object[] row = (Object[]) r;
      String username = (String) row[0];
      found.put(username, new Contact(username, (String) row[1], (String) row[2]));
    }
    return found;
  }

  /** The first of the browser's languages the portal speaks; null when none is. */
  static String language(List<Locale> preferred) {
    for (Locale locale : preferred) {
      String language = locale.getLanguage();
      if (LANGUAGES.contains(language)) {
        return language;
      }
    }
    return null;
  }

  private List<Locale> browserLocales() {
    try {
      if (request.isResolvable()) {
        HttpServletRequest r = request.get();
        if (r.getHeader("Accept-Language") != null) {
          Enumeration<Locale> locales = r.getLocales();
          return Collections.list(locales);
        }
      }
    } catch (RuntimeException noRequest) {
      // signed in outside a request (never, today): the language stays unknown
    }
    return List.of();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
