package org.channelport.shared;

import java.util.List;

/** The demo catalog's category codes, for tests outside the container. */
public final class DemoCategories {
  public static final CategoryCodes CODES =
      CategoryCodes.of(
          List.of(
              "networking", "security", "storage", "cloud", "services", "switches", "wireless"));

  private DemoCategories() {}
}
