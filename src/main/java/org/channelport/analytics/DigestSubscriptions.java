package org.channelport.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.security.SignedIn;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * Who gets the weekly digest ({@code digest_subscription}): opt-in per user, for their own figures
 * and work. A user subscribes and unsubscribes only themselves; the address is the one Keycloak
 * gave at their last sign-in, else (partner users) the partner directory's — never one typed in, so
 * nobody can send a user's figures elsewhere. Roles and partner are kept as last seen, for the job
 * that evaluates the digest as that user.
 */
@ApplicationScoped
@Transactional
public class DigestSubscriptions {
  static final List<String> LOCALES = List.of("en", "pl");

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject PartnerUsers partnerUsers;
  @Inject Clock clock;

  /** A user's subscription as the user sees it. */
  public record Status(boolean subscribed, String email, String locale) {}

  /** A subscriber as the job acts for them. */
  public record Subscriber(
      String username,
      Long partnerId,
      Set<Role> roles,
      String email,
      String locale,
      boolean subscribed,
      Integer lastSentWeek) {
    public Caller caller() {
      return new Caller(username, roles, partnerId);
    }
  }

  /** Keeps what the digest needs of every user who signs in (not subscribing them). */
  public void signedIn(@Observes SignedIn signedIn) {
    Caller caller = signedIn.caller();
    if (!caller.isAuthenticated() || !hasPortalRole(caller)) {
      return;
    }
    String email = blankToNull(signedIn.email());
    em.createNativeQuery(
            "INSERT INTO digest_subscription (username, partner_id, roles, email)"
                + " VALUES (?, (SELECT p.id FROM partner p WHERE p.id = ?), ?, ?)"
                + " ON DUPLICATE KEY UPDATE partner_id = VALUES(partner_id),"
                + " roles = VALUES(roles), email = COALESCE(VALUES(email), email)")
        .setParameter(1, caller.username())
        .setParameter(2, caller.partnerId())
        .setParameter(3, roles(caller))
        .setParameter(4, email)
        .executeUpdate();
  }

  /** The caller's own subscription. */
  public Status status() {
    Caller caller = access.requireUser();
    Subscriber s = find(caller.username());
    return s == null
        ? new Status(false, null, null)
        : new Status(s.subscribed(), s.email(), s.locale());
  }

  /**
   * Subscribes or unsubscribes the caller; {@code locale} (en, pl; null: as before, else English)
   * is the mail's language. Subscribing needs an address known of the caller.
   */
  public Status set(boolean subscribed, String locale) {
    Caller caller = access.requireUser();
    String language = locale == null ? null : locale.strip().toLowerCase(Locale.ROOT);
    if (language != null && !LOCALES.contains(language)) {
      throw new InvalidInputException(
          List.of(new FieldError("locale", "error.param.oneOf", String.join(", ", LOCALES))));
    }
    Subscriber known = find(caller.username());
    if (!subscribed) {
      em.createNativeQuery("UPDATE digest_subscription SET subscribed = FALSE WHERE username = ?")
          .setParameter(1, caller.username())
          .executeUpdate();
      return status();
    }
    String email = known == null ? null : known.email();
    if (email == null && caller.isPartnerUser()) {
      email = partnerUsers.addresses(caller.partnerId()).get(caller.username());
    }
    if (email == null) {
      throw new InvalidInputException(
          List.of(new FieldError("subscribed", "error.digest.noAddress")));
    }
    if (language == null) {
      language = known == null ? "en" : known.locale();
    }
    em.createNativeQuery(
            "INSERT INTO digest_subscription (username, partner_id, roles, email, locale,"
                + " subscribed, subscribed_at) VALUES (?, (SELECT p.id FROM partner p WHERE p.id"
                + " = ?), ?, ?, ?, TRUE, ?) ON DUPLICATE KEY UPDATE partner_id ="
                + " VALUES(partner_id), roles = VALUES(roles), email = VALUES(email), locale ="
                + " VALUES(locale), subscribed_at = IF(subscribed, subscribed_at,"
                + " VALUES(subscribed_at)), subscribed = TRUE")
        .setParameter(1, caller.username())
        .setParameter(2, caller.partnerId())
        .setParameter(3, roles(caller))
        .setParameter(4, email)
        .setParameter(5, language)
        .setParameter(6, Timestamp.from(clock.now()))
        .executeUpdate();
    return status();
  }

  /** The subscribers whose digest of {@code now}'s week has not gone out (at most {@code max}). */
  public List<String> due(Instant now, int max) {
    if (!DigestWeek.due(now, null)) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery(
                "SELECT username FROM digest_subscription WHERE subscribed = TRUE"
                    + " AND (last_sent_week IS NULL OR last_sent_week < ?) ORDER BY username")
            .setParameter(1, DigestWeek.of(now))
            .setMaxResults(max)
            .getResultList();
    return names;
  }

  /** One subscriber (null: never seen). */
  public Subscriber find(String username) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT username, partner_id, roles, email, locale, subscribed, last_sent_week"
                    + " FROM digest_subscription WHERE username = ?")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = (Object[]) rows.get(0);
    return new Subscriber(
        (String) r[0],
        r[1] == null ? null : ((Number) r[1]).longValue(),
        parseRoles((String) r[2]),
        (String) r[3],
        (String) r[4],
        r[5] instanceof Boolean b ? b : ((Number) r[5]).intValue() != 0,
        r[6] == null ? null : ((Number) r[6]).intValue());
  }

  /**
   * Claims {@code week}'s digest of a subscriber: true for exactly one caller per week, however
   * many nodes try (the conditional update); rolled back with the mail if that fails.
   */
  public boolean claim(String username, int week) {
    return em.createNativeQuery(
                "UPDATE digest_subscription SET last_sent_week = ? WHERE username = ?"
                    + " AND subscribed = TRUE AND (last_sent_week IS NULL OR last_sent_week < ?)")
            .setParameter(1, week)
            .setParameter(2, username)
            .setParameter(3, week)
            .executeUpdate()
        == 1;
  }

  static String roles(Caller caller) {
    return caller.roles().stream()
        .filter(Role.PORTAL::contains)
        .map(Role::roleName)
        .sorted()
        .collect(Collectors.joining(","));
  }

  static Set<Role> parseRoles(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (text != null) {
      for (String name : text.split(",")) {
        Role.fromName(name.strip()).filter(Role.PORTAL::contains).ifPresent(roles::add);
      }
    }
    return roles;
  }

  private static boolean hasPortalRole(Caller caller) {
    return caller.roles().stream().anyMatch(Role.PORTAL::contains);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
