package org.channelport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Exported cells that a spreadsheet would run as a formula get a leading apostrophe; the stored
 * value stays as it was.
 */
@Named("exportCells")
@ApplicationScoped
public class ExportCells {
  public String safe(Object value) {
    return escape(value == null ? "" : String.valueOf(value));
  }

  public static String escape(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
