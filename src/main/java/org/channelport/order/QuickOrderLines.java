package org.channelport.order;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.channelport.platform.CsvText;
import org.channelport.shared.FieldError;

/**
 * Quick order: the lines a partner pastes ({@code SKU;quantity}, also tab or comma separated, one
 * per line) or uploads as a CSV file (opened like every upload, by {@link CsvText}: UTF-8 with or
 * without byte order mark, comma or semicolon), read into (SKU, quantity) pairs. Blank lines are
 * skipped; a first line that names its columns ({@code sku}, {@code quantity}) is a header. Every
 * bad line is reported with its line number and field, and the good lines are kept, so the page can
 * add those and show what to fix. The same SKU twice (without letter case, as the catalog compares
 * them) becomes one line with the quantities added. Pure: no database, no container.
 */
public final class QuickOrderLines {
  /** The most lines one paste or file may hold (an order, not a catalog). */
  public static final int MAX_LINES = 500;

  /** The largest quantity of one line. */
  public static final int MAX_QUANTITY = 99_999;

  /** The longest pasted text read (characters). */
  public static final int MAX_TEXT = 100_000;

  static final int MAX_SKU = 64;
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
  private static final List<String> SKU_NAMES = List.of("sku", "article", "artikel", "item");
  private static final List<String> QUANTITY_NAMES =
      List.of("quantity", "qty", "menge", "ilosc", "ilość", "amount");

  private QuickOrderLines() {}

  /** One line to order: the SKU as written first, and the quantity. */
  public record Line(long lineNumber, String sku, int quantity) {}

  /** A problem with one line (0: the text or file as a whole): its field and message. */
  public record Problem(long lineNumber, FieldError error) {
    public String field() {
      return error.field();
    }

    public String message(Locale locale) {
      return error.message(locale);
    }
  }

  /** What was read: the good lines in order, and every problem found. */
  public record Result(List<Line> lines, List<Problem> problems) {
    public Result {
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
      return !problems.isEmpty();
    }
  }

  /** Reads pasted lines: {@code SKU;quantity}, {@code SKU<TAB>quantity} or {@code SKU,quantity}. */
  public static Result parse(String text) {
    Reading reading = new Reading();
    if (text == null || text.isBlank()) {
      reading.fail(0, "lines", "quickOrder.empty");
      return reading.result();
    }
    if (text.length() > MAX_TEXT) {
      reading.fail(0, "lines", "quickOrder.tooLong", MAX_TEXT);
      return reading.result();
    }
    String[] rows = text.split("\r\n|\r|\n", -1);
    boolean first = true;
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      if (row.isBlank()) {
        continue;
      }
      List<String> cells = split(row);
      if (first && isHeader(cells)) {
        first = false;
        continue;
      }
      first = false;
      if (!reading.add(i + 1, cells, 0, 1, true)) {
        break;
      }
    }
    return reading.result();
  }

  /**
   * Reads an uploaded CSV file: a header row naming {@code sku} and {@code quantity} (in any order,
   * other columns ignored), or no header and the SKU in the first column, the quantity in the
   * second. Unreadable files are one problem on line 0 (not UTF-8, empty) or on their line.
   */
  public static Result read(InputStream in) {
    Reading reading = new Reading();
    CSVParser parser;
    try {
      parser = CsvText.open(in);
    } catch (CsvText.Unreadable e) {
      reading.fail(
          e.notUtf8() ? 1 : 0,
          "file",
          e.notUtf8() ? "quickOrder.file.notUtf8" : "quickOrder.empty");
      return reading.result();
    } catch (IOException e) {
      reading.fail(0, "file", "quickOrder.file.badCsv", 1, clip(e.getMessage()));
      return reading.result();
    }
    long line = 1;
    try (parser) {
      Iterator<CSVRecord> records = parser.iterator();
      int skuColumn = 0;
      int quantityColumn = 1;
      boolean headed = false;
      boolean first = true;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long recordLine = line;
        line = parser.getCurrentLineNumber() + 1;
        List<String> cells = record.toList();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (first) {
          first = false;
          Map<String, Integer> header = header(cells);
          if (header != null) {
            skuColumn = header.get("sku");
            quantityColumn = header.get("quantity");
            headed = true;
            continue;
          }
        }
        if (!reading.add(recordLine, cells, skuColumn, quantityColumn, !headed)) {
          break;
        }
      }
    } catch (UncheckedIOException e) {
      fileFailure(reading, e.getCause(), line);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof IOException io) {
        fileFailure(reading, io, line);
      } else {
        reading.fail(line, "file", "quickOrder.file.badCsv", line, clip(e.getMessage()));
      }
    } catch (IOException e) {
      fileFailure(reading, e, line);
    }
    if (reading.lines.isEmpty() && reading.problems.isEmpty()) {
      reading.fail(0, "file", "quickOrder.empty");
    }
    return reading.result();
  }

  private static void fileFailure(Reading reading, IOException cause, long line) {
    if (cause instanceof CharacterCodingException) {
      reading.fail(line, "file", "quickOrder.file.notUtf8");
    } else {
      reading.fail(line, "file", "quickOrder.file.badCsv", line, clip(cause.getMessage()));
    }
  }

  /** A pasted line's cells: split at tabs, else semicolons, else commas, else spaces. */
  static List<String> split(String row) {
    String separator;
    if (row.indexOf('\t') >= 0) {
      separator = "\t";
    } else if (row.indexOf(';') >= 0) {
      separator = ";";
    } else if (row.indexOf(',') >= 0) {
      separator = ",";
    } else {
      return List.of(row.strip().split("\\s+"));
    }
    return List.of(row.split(Pattern.quote(separator), -1));
  }

  private static boolean isHeader(List<String> cells) {
    return cells.size() >= 2
        && SKU_NAMES.contains(name(cells.get(0)))
        && QUANTITY_NAMES.contains(name(cells.get(1)));
  }

  /** The columns a header row names, or null when the row is no header (it is data). */
  private static Map<String, Integer> header(List<String> cells) {
    Integer sku = null;
    Integer quantity = null;
    for (int i = 0; i < cells.size(); i++) {
      String name = name(cells.get(i));
      if (sku == null && SKU_NAMES.contains(name)) {
        sku = i;
      } else if (quantity == null && QUANTITY_NAMES.contains(name)) {
        quantity = i;
      }
    }
    return sku == null || quantity == null ? null : Map.of("sku", sku, "quantity", quantity);
  }

  private static String name(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT);
  }

  private static String clip(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  /** The lines read so far, merged by SKU, and the problems. */
  private static final class Reading {
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int counted;

    /**
     * Adds one data line; false once there are too many lines to go on. Without a header, a third
     * non-blank cell is an error ("SKU,5,5" is more likely a decimal comma than a comment).
     */
    boolean add(
        long lineNumber, List<String> cells, int skuColumn, int quantityColumn, boolean strict) {
      if (++counted > MAX_LINES) {
        fail(lineNumber, "lines", "quickOrder.tooManyLines", MAX_LINES);
        return false;
      }
      String sku = cell(cells, skuColumn);
      String quantityText = cell(cells, quantityColumn);
      int before = problems.size();
      if (sku.isEmpty()) {
        fail(lineNumber, "sku", "quickOrder.sku.missing");
      } else if (sku.length() > MAX_SKU) {
        fail(lineNumber, "sku", "quickOrder.sku.tooLong", MAX_SKU);
      } else if (!SKU.matcher(sku).matches()) {
        fail(lineNumber, "sku", "quickOrder.sku.chars", clip(sku));
      }
      int quantity = 0;
      if (quantityText.isEmpty()) {
        fail(lineNumber, "quantity", "quickOrder.quantity.missing");
      } else if (!WHOLE.matcher(quantityText).matches()) {
        fail(lineNumber, "quantity", "quickOrder.quantity.number", clip(quantityText));
      } else {
        quantity = Integer.parseInt(quantityText);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
          fail(lineNumber, "quantity", "quickOrder.quantity.range", MAX_QUANTITY);
        }
      }
      if (strict && cells.stream().skip(2).anyMatch(c -> !c.isBlank())) {
        fail(lineNumber, "line", "quickOrder.line.extra");
      }
      if (problems.size() > before) {
        return true;
      }
      String key = sku.toUpperCase(Locale.ROOT);
      Line known = lines.get(key);
      if (known == null) {
        lines.put(key, new Line(lineNumber, sku, quantity));
      } else if (known.quantity() + quantity > MAX_QUANTITY) {
        fail(lineNumber, "quantity", "quickOrder.quantity.range", MAX_QUANTITY);
      } else {
        lines.put(key, new Line(known.lineNumber(), known.sku(), known.quantity() + quantity));
      }
      return true;
    }

    void fail(long lineNumber, String field, String key, Object... args) {
      problems.add(new Problem(lineNumber, new FieldError(field, key, args)));
    }

    Result result() {
      return new Result(List.copyOf(lines.values()), problems);
    }

    private static String cell(List<String> cells, int index) {
      return index < cells.size() ? cells.get(index).strip() : "";
    }
  }
}
