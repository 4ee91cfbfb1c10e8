package org.channelport.erp.tryton;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the Tryton adapter finds Tryton ({@code channelport.erp.tryton.*}, or the environment's
 * {@code CHANNELPORT_ERP_TRYTON_*}); each field's initial value is its default (the run command's
 * Tryton). Injected as {@code @Inject @ConfigProperties TrytonConfig}.
 */
@ConfigProperties(prefix = "channelport.erp.tryton")
public class TrytonConfig {
  /** Tryton's base URL; the database name goes after it. */
  @ConfigProperty(name = "url")
  public String url = "http://127.0.0.1:8000/";

  @ConfigProperty(name = "database")
  public String database = "channelport";

  /** A Tryton user with sales and stock rights, outside the credit-limit group. */
  @ConfigProperty(name = "user")
  public String user = "channelport";

  @ConfigProperty(name = "password")
  public String password = "none";

  /** The longest one JSON-RPC call may take before it counts as a (transient) timeout. */
  @ConfigProperty(name = "timeout-seconds")
  public long timeoutSeconds = 30;
}
