package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.channelport.mdf.MdfErpUpdates;

/**
 * The MDF capability's {@link MdfErpUpdates}, looked up when first needed: a deployment without it
 * still starts (the relay then leaves payment messages pending, and the poller skips payments).
 */
@ApplicationScoped
public class MdfUpdates {
  Instance<MdfErpUpdates> beans;

  protected MdfUpdates() {}

  @Inject
  public MdfUpdates(Instance<MdfErpUpdates> beans) {
    this.beans = beans;
  }

  public Optional<MdfErpUpdates> current() {
    return beans.isResolvable() ? Optional.of(beans.get()) : Optional.empty();
  }

  /** The implementation; IllegalStateException when the MDF capability provides none. */
  public MdfErpUpdates get() {
    return current()
        .orElseThrow(
            () -> new IllegalStateException("no MdfErpUpdates implementation is deployed"));
  }
}
