package org.channelport.shared;

/**
 * The one formula-safety rule for cells that leave the portal in a CSV or spreadsheet file: a cell
 * starting with {@code = + - @ TAB CR} would run as a formula when opened, so it gets a leading
 * {@code '}; the stored value stays as it was. Page table exports apply it to every cell (see
 * {@code platform.web.FormulaSafeExports}), file exports call {@link #escape} per cell, and an
 * upload of such a file takes exactly that apostrophe off again with {@link #unescape}.
 */
public final class SpreadsheetCells {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCells() {}

  /** The cell as exported: {@code null} is empty, a formula-like text gets a leading {@code '}. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** The cell as read back: the apostrophe {@link #escape} added comes off, nothing else does. */
  public static String unescape(String cell) {
    if (cell.length() >= 2
        && cell.charAt(0) == '\''
        && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
