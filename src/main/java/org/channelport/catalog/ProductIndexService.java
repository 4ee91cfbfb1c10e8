package org.channelport.catalog;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Database;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * This node's product search index: opened from its folder at start (or, when there is none or it
 * is damaged, rebuilt from the database in the background), then kept current by applying each new
 * catalog revision about every second. Every node does this for itself, so the loop takes no
 * cluster lease. Until the index is ready, and whenever it fails, callers search MariaDB instead
 * ({@link #search} answers empty).
 */
@ApplicationScoped
public class ProductIndexService {
  private static final Logger LOG = Logger.getLogger(ProductIndexService.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject @ConfigProperties CatalogConfig config;

  private volatile ProductIndex index;
  private ScheduledFuture<?> follow;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
    index = new ProductIndex(config.indexFolder(), new JdbcProductSource(dataSource));
    follow =
        scheduler.scheduleWithFixedDelay(
            this::round, 0, Math.max(100, config.indexFollowMs), TimeUnit.MILLISECONDS);
  }

  /** One round: open or rebuild when needed, then apply what changed. */
  void round() {
    ProductIndex current = index;
    if (current == null) {
      return;
    }
    try {
      if (!current.ready() && !current.open()) {
        long started = System.nanoTime();
        long count = current.rebuild();
        LOG.info(
            () ->
                String.format(
                    "Product search index rebuilt: %d products in %.1f s",
                    count, (System.nanoTime() - started) / 1e9));
      }
      current.catchUp();
    } catch (RuntimeException e) {
      // the next round tries again; searches use MariaDB meanwhile
      LOG.log(Level.WARNING, "The product search index could not be updated", e);
    }
  }

  public boolean ready() {
    ProductIndex current = index;
    return current != null && current.ready();
  }

  /** The index's answer, or empty when it is not ready or fails (then ask MariaDB). */
  public Optional<ProductIndexResult> search(ProductIndexQuery query) {
    ProductIndex current = index;
    if (current == null || !current.ready()) {
      return Optional.empty();
    }
    try {
      return Optional.of(current.search(query));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The product search index failed; it is opened again", e);
      // the next round opens it again, or rebuilds it if it is damaged
      current.close();
      return Optional.empty();
    }
  }

  /** Products for the search box (none while the index is not ready). */
  public List<ProductIndexResult.Suggestion> suggest(String typed, Set<Long> categoryIds, int max) {
    ProductIndex current = index;
    if (current == null || !current.ready()) {
      return List.of();
    }
    try {
      return current.suggest(typed, categoryIds, max);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The product search index failed to suggest", e);
      return List.of();
    }
  }

  @PreDestroy
  void stop() {
    if (follow != null) {
      follow.cancel(false);
    }
    ProductIndex current = index;
    if (current != null) {
      current.close();
    }
  }
}
