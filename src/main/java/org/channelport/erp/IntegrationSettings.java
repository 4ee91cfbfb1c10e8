package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Which ERP adapter the portal uses, where the protocol's endpoint is, how fast the backlog goes:
 * one row in the database (table {@code integration_settings}), so channel admins change it at run
 * time and every node reads the same (each relay round asks; read at most once a second per node).
 * A column left empty takes the configuration's default ({@link ErpConfig}).
 */
@ApplicationScoped
public class IntegrationSettings {
  public static final List<String> ADAPTERS = List.of("tryton", "protocol", "none");
  public static final String NONE = "none";
  static final long CACHE_NANOS = 1_000_000_000L;
  static final int MAX_PACE = 100_000;

  EntityManager em;
  ErpConfig config;
  AccessRules access;
  Clock clock;

  private volatile Settings cached;
  private volatile long cachedAt;

  protected IntegrationSettings() {}

  @Inject
  public IntegrationSettings(
      EntityManager em, @ConfigProperties ErpConfig config, AccessRules access, Clock clock) {
    this.em = em;
    this.config = config;
    this.access = access;
    this.clock = clock;
  }

  /**
   * @param adapter tryton, protocol or none
   * @param pacePerSecond at most this many messages a second (0: unpaced)
   * @param updatedBy who last changed them (null: never changed, the configuration's defaults)
   */
  public record Settings(
      String adapter,
      String protocolEndpoint,
      int pacePerSecond,
      long version,
      Instant updatedAt,
      String updatedBy) {}

  /**
   * A change: fields left out (null) keep their value; an empty endpoint returns to the default.
   */
  public record SettingsInput(
      String adapter, String protocolEndpoint, Integer pacePerSecond, Long version) {}

  /**
   * The settings as they are now (read at most once a second); no caller check. In a transaction:
   * the relay and the jobs call it on threads of their own, where the container's entity manager
   * needs one.
   */
  @Transactional
  public Settings current() {
    Settings s = cached;
    long now = System.nanoTime();
    if (s == null || now - cachedAt > CACHE_NANOS) {
      s = read();
      cached = s;
      cachedAt = now;
    }
    return s;
  }

  /** The settings for a channel admin's page or API call, read anew. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Settings forAdmin() {
    requireAdmin(access.caller());
    return read();
  }

  @Transactional
  public Settings update(SettingsInput input) {
    Caller caller = requireAdmin(access.caller());
    Settings before = read();
    Checks checks = new Checks();
    String adapter = before.adapter();
    if (input.adapter() != null) {
      adapter = input.adapter().strip().toLowerCase(java.util.Locale.ROOT);
      if (!ADAPTERS.contains(adapter)) {
        checks.add("adapter", "error.param.oneOf", String.join(", ", ADAPTERS));
      }
    }
    String endpoint = null;
    boolean endpointGiven = input.protocolEndpoint() != null;
    if (endpointGiven) {
      endpoint = Checks.clean(input.protocolEndpoint());
      if (endpoint != null && !validEndpoint(endpoint)) {
        checks.add("protocolEndpoint", "error.integration.endpoint");
      }
    }
    if (input.pacePerSecond() != null
        && (input.pacePerSecond() < 0 || input.pacePerSecond() > MAX_PACE)) {
      checks.add("pacePerSecond", "error.integration.pace", String.valueOf(MAX_PACE));
    }
    checks.throwIfAny();
    if (input.version() != null && input.version() != before.version()) {
      throw new ConflictException("version", "error.integration.stale");
    }
    StringBuilder sql =
        new StringBuilder("UPDATE integration_settings SET adapter = ?, updated_at = ?,")
            .append(" updated_by = ?, version = version + 1");
    if (endpointGiven) {
      sql.append(", protocol_endpoint = ?");
    }
    if (input.pacePerSecond() != null) {
      sql.append(", pace_per_second = ?");
    }
    sql.append(" WHERE id = 1 AND version = ?");
    var query = em.createNativeQuery(sql.toString());
    int i = 1;
    query.setParameter(i++, adapter);
    query.setParameter(i++, Timestamp.from(clock.now()));
    query.setParameter(i++, caller.username());
    if (endpointGiven) {
      query.setParameter(i++, endpoint);
    }
    if (input.pacePerSecond() != null) {
      query.setParameter(i++, input.pacePerSecond());
    }
    query.setParameter(i, before.version());
    if (query.executeUpdate() == 0) {
      throw new ConflictException("version", "error.integration.stale");
    }
    cached = null;
    return read();
  }

  static boolean validEndpoint(String endpoint) {
    if (endpoint.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(endpoint);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static Caller requireAdmin(Caller caller) {
    if (!caller.isChannelAdmin()) {
      throw new AccessDeniedException("error.integration.adminOnly");
    }
    return caller;
  }

  private Settings read() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT adapter, protocol_endpoint, pace_per_second, version, updated_at,"
                    + " updated_by FROM integration_settings WHERE id = 1")
            .getResultList();
    if (rows.isEmpty()) {
      return new Settings(
          defaultAdapter(), config.protocolEndpoint, config.maxPerSecond, 0, null, null);
    }
    Object[] r = (Object[]) rows.get(0);
    return new Settings(
        r[0] == null ? defaultAdapter() : (String) r[0],
        r[1] == null ? blankToNull(config.protocolEndpoint) : (String) r[1],
        r[2] == null ? config.maxPerSecond : ((Number) r[2]).intValue(),
        ((Number) r[3]).longValue(),
        r[4] == null ? null : ((Timestamp) r[4]).toInstant(),
        (String) r[5]);
  }

  private String defaultAdapter() {
    String a = config.adapter == null ? "" : config.adapter.strip().toLowerCase();
    return ADAPTERS.contains(a) ? a : NONE;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
