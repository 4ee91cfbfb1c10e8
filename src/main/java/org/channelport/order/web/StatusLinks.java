package org.channelport.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.SignedLinks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The order-status links a partner user gives an end customer: {@code /order-status?o=<order
 * id>&e=<expiry, epoch seconds>&s=<signature>}, signed with {@link SignedLinks} and valid for
 * {@code channelport.orders.status-link-days}.
 */
@ApplicationScoped
public class StatusLinks {
  static final String PURPOSE = "order-status";

  private SignedLinks links;
  private Duration valid;
  private Clock clock;

  /** A link and when it stops working. */
  public record Link(String path, Instant expiresAt) {}

  /** For the container's proxies. */
  protected StatusLinks() {}

  /**
   * The settings are read one by one (their defaults are {@link OrderLinksConfig}'s): the portal's
   * container registers no {@code @ConfigProperties} bean for a class only the pages use.
   */
  @Inject
  public StatusLinks(
      @ConfigProperty(name = "channelport.links.secret") Optional<String> secret,
      @ConfigProperty(name = "channelport.orders.status-link-days") Optional<Integer> days,
      Clock clock) {
    this(config(secret, days), clock);
  }

  public StatusLinks(OrderLinksConfig config, Clock clock) {
    this.clock = clock;
    this.valid = Duration.ofDays(Math.max(1, config.statusLinkDays));
    String secret = config.linksSecret == null ? "" : config.linksSecret.strip();
    this.links = secret.length() >= SignedLinks.MIN_SECRET ? new SignedLinks(secret) : null;
  }

  private static OrderLinksConfig config(Optional<String> secret, Optional<Integer> days) {
    OrderLinksConfig config = new OrderLinksConfig();
    secret.ifPresent(s -> config.linksSecret = s);
    days.ifPresent(d -> config.statusLinkDays = d);
    return config;
  }

  /** Whether links can be made (a secret is configured). */
  public boolean isAvailable() {
    return links != null;
  }

  /** A new link to the order's status page, below the portal's address (no context path). */
  public Link create(long orderId) {
    if (links == null) {
      throw new IllegalStateException("channelport.links.secret is not set");
    }
    Instant expires = clock.now().plus(valid);
    long e = expires.getEpochSecond();
    return new Link(
        "/order-status?o=" + orderId + "&e=" + e + "&s=" + links.sign(PURPOSE, orderId, e),
        Instant.ofEpochSecond(e));
  }

  /** The order a link's parameters name, once its signature and expiry are checked. */
  public Checked check(String o, String e, String s) {
    Long id = ListFilters.id(o);
    Long expires = ListFilters.id(e);
    if (links == null || id == null || expires == null) {
      return new Checked(SignedLinks.Verdict.INVALID, null);
    }
    SignedLinks.Verdict verdict = links.verify(PURPOSE, id, expires, s, clock.now());
    return new Checked(verdict, verdict == SignedLinks.Verdict.VALID ? id : null);
  }

  /** What a link says: its verdict, and the order when it is valid. */
  public record Checked(SignedLinks.Verdict verdict, Long orderId) {}
}
