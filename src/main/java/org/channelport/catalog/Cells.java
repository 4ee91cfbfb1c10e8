package org.channelport.catalog;

import org.channelport.platform.web.ExportCells;

/**
 * Cell text on the way in and out of catalog files. The export puts a {@code '} before a cell a
 * spreadsheet would run as a formula ({@link ExportCells}); the upload takes exactly that
 * apostrophe off again, so an exported file uploads unchanged and the stored value stays as it was
 * first uploaded.
 */
public final class Cells {
  private Cells() {}

  public static String unescape(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  public static String escape(String value) {
    return value == null ? "" : ExportCells.escape(value);
  }
}
