package org.channelport.erp.protocol;

import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the Channelport ERP protocol's outbound side ({@code channelport.erp.protocol.*},
 * or the environment's {@code CHANNELPORT_ERP_PROTOCOL_*}; the endpoint itself is the integration
 * settings', see {@code erp.ErpConfig#protocolEndpoint}); each field's initial value is its
 * default. Injected as {@code @Inject @ConfigProperties ProtocolConfig}.
 */
@ConfigProperties(prefix = "channelport.erp.protocol")
public class ProtocolConfig {
  /** The header that carries the credential below ({@code Authorization}, or e.g. X-Api-Key). */
  @ConfigProperty(name = "auth-header")
  public String authHeader = "Authorization";

  /** The header's value (e.g. {@code Bearer s3cr3t} or a shared secret); unset: no such header. */
  @ConfigProperty(name = "auth-value")
  public Optional<String> authValue = Optional.empty();

  /** Seconds to wait for the connection to the middleware. */
  @ConfigProperty(name = "connect-timeout-seconds")
  public int connectTimeoutSeconds = 5;

  /** Seconds to wait for the middleware's whole answer to one request. */
  @ConfigProperty(name = "request-timeout-seconds")
  public int requestTimeoutSeconds = 15;
}
