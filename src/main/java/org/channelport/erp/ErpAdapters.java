package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The ERP adapter the portal uses now: the {@link ErpAdapter} bean whose {@link ErpAdapter#name()}
 * the integration settings name (tryton, protocol), or none (orders wait in the outbox). An adapter
 * named but not deployed counts as none, and says so in the log and the health report.
 */
@ApplicationScoped
public class ErpAdapters {
  private static final Logger LOG = Logger.getLogger(ErpAdapters.class.getName());

  Instance<ErpAdapter> beans;
  IntegrationSettings settings;
  private volatile Map<String, ErpAdapter> byName;

  protected ErpAdapters() {}

  @Inject
  public ErpAdapters(@Any Instance<ErpAdapter> beans, IntegrationSettings settings) {
    this.beans = beans;
    this.settings = settings;
  }

  /** The adapter the settings select now, if it is deployed. */
  public Optional<ErpAdapter> current() {
    String name = currentName();
    if (IntegrationSettings.NONE.equals(name)) {
      return Optional.empty();
    }
    ErpAdapter adapter = all().get(name);
    if (adapter == null) {
      LOG.fine(() -> "ERP adapter " + name + " is selected but not deployed");
    }
    return Optional.ofNullable(adapter);
  }

  /** tryton, protocol or none, as the settings say. */
  public String currentName() {
    return settings.current().adapter();
  }

  /** Whether an adapter of that name is deployed. */
  public boolean deployed(String name) {
    return all().containsKey(name);
  }

  private Map<String, ErpAdapter> all() {
    Map<String, ErpAdapter> map = byName;
    if (map == null) {
      map = new LinkedHashMap<>();
      for (ErpAdapter adapter : beans) {
        map.put(adapter.name(), adapter);
      }
      byName = map;
      Map<String, ErpAdapter> found = map;
      LOG.info(() -> "ERP adapters deployed: " + found.keySet());
    }
    return map;
  }
}
