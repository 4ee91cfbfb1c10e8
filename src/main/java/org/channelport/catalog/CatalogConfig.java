package org.channelport.catalog;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the catalog ({@code channelport.catalog.*}, or the environment's {@code
 * CHANNELPORT_CATALOG_*}); each field's initial value is its default. Injected as
 * {@code @Inject @ConfigProperties CatalogConfig}.
 */
@ConfigProperties(prefix = "channelport.catalog")
public class CatalogConfig {
  /** The largest catalog file accepted, in MB. */
  @ConfigProperty(name = "max-upload-mb")
  public long maxUploadMb = 200;

  /**
   * Where upload files wait for their job (a folder all portal instances share, when there are
   * several); unset: {@code <java.io.tmpdir>/channelport-uploads}.
   */
  @ConfigProperty(name = "upload-dir")
  public Optional<String> uploadDir = Optional.empty();

  /** The folder upload files wait in. */
  public Path uploadFolder() {
    return uploadDir
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElse(Path.of(System.getProperty("java.io.tmpdir"), "channelport-uploads"));
  }

  /**
   * Where this node keeps its product search index (each node its own; nothing is shared); unset:
   * {@code <java.io.tmpdir>/channelport-product-index}.
   */
  @ConfigProperty(name = "index-dir")
  public Optional<String> indexDir = Optional.empty();

  /** How often each node applies new catalog revisions to its index, in milliseconds. */
  @ConfigProperty(name = "index-follow-ms")
  public long indexFollowMs = 1000;

  /** The folder of this node's product search index. */
  public Path indexFolder() {
    return indexDir
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElse(Path.of(System.getProperty("java.io.tmpdir"), "channelport-product-index"));
  }
}
