package org.channelport.catalog;

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
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.channelport.platform.CsvText;
import org.channelport.shared.SpreadsheetCells;

/**
 * Reads a catalog CSV with Apache Commons CSV: a header row naming the columns (any order), UTF-8
 * with or without byte order mark, comma or semicolon (whichever the header uses more), quoted
 * fields that may hold delimiters, quotes and line breaks. Invalid UTF-8 stops the file.
 */
public final class CsvCatalogReader implements CatalogReader {
  public static final String SKU = "sku";
  public static final String NAME = "name";
  public static final String DESCRIPTION = "description";
  public static final String CATEGORY = "category";
  public static final String BASE_PRICE = "base_price";
  public static final String CURRENCY = "currency";
  public static final String MANUFACTURER = "manufacturer";
  public static final String MANUFACTURER_PART_NUMBER = "manufacturer_part_number";
  public static final String WEIGHT_KG = "weight_kg";
  public static final String DELIVERY_DAYS = "delivery_days";
  public static final String IMAGE_URL = "image_url";
  public static final String ACTIVE = "active";
  public static final String NET_PRICE = "net_price";
  public static final String STOCK_PREFIX = "stock:";
  public static final String ATTR_PREFIX = "attr:";

  /** The columns in the order the export writes them (before stock:, attr: and net_price). */
  public static final List<String> COLUMNS =
      List.of(
          SKU,
          NAME,
          DESCRIPTION,
          CATEGORY,
          BASE_PRICE,
          CURRENCY,
          MANUFACTURER,
          MANUFACTURER_PART_NUMBER,
          WEIGHT_KG,
          DELIVERY_DAYS,
          IMAGE_URL,
          ACTIVE);

  public static final List<String> REQUIRED =
      List.of(SKU, NAME, DESCRIPTION, CATEGORY, BASE_PRICE, CURRENCY);

  /** Written by the export, computed per partner: ignored on upload. */
  private static final Set<String> IGNORED = Set.of(NET_PRICE);

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final Map<String, Integer> stockColumns = new LinkedHashMap<>();
  private final Map<String, Integer> attrColumns = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final int width;
  private long nextLine;

  public CsvCatalogReader(InputStream in) throws IOException {
    CSVParser opened;
    try {
      opened = CsvText.open(in);
    } catch (CsvText.Unreadable e) {
      throw e.notUtf8()
          ? new CatalogFileException("catalog.file.notUtf8", 1)
          : new CatalogFileException("catalog.file.empty");
    }
    try {
      parser = opened;
      records = parser.iterator();
      if (!records.hasNext()) {
        throw new CatalogFileException("catalog.file.empty");
      }
      CSVRecord header = records.next();
      nextLine = parser.getCurrentLineNumber() + 1;
      width = header.size();
      readHeader(header);
    } catch (UncheckedIOException e) {
      throw readFailure(e.getCause(), 1);
    }
  }

  private void readHeader(CSVRecord header) {
    List<String> duplicates = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i).strip();
      String name = raw.toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        warnings.add("Column " + (i + 1) + " has no name and is ignored.");
        continue;
      }
      Map<String, Integer> target;
      String key;
      if (name.startsWith(STOCK_PREFIX)) {
        target = stockColumns;
        key = raw.substring(STOCK_PREFIX.length()).strip();
      } else if (name.startsWith(ATTR_PREFIX)) {
        target = attrColumns;
        key = raw.substring(ATTR_PREFIX.length()).strip();
      } else if (COLUMNS.contains(name)) {
        target = columns;
        key = name;
      } else if (IGNORED.contains(name)) {
        continue;
      } else {
        warnings.add(
            "Unknown column \u201c" + clip(raw) + "\u201d (column " + (i + 1) + ") ignored.");
        continue;
      }
      if (key.isEmpty()) {
        throw new CatalogFileException("catalog.file.emptyColumnKey", i + 1);
      }
      if (target.putIfAbsent(key, i) != null) {
        duplicates.add(raw);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new CatalogFileException(
          "catalog.file.duplicateColumns", String.join(", ", duplicates));
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new CatalogFileException("catalog.file.missingColumns", String.join(", ", missing));
    }
  }

  @Override
  public RawProduct next() {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        if (isBlank(record)) {
          continue;
        }
        if (record.size() != width) {
          return new RawProduct(
              line,
              cell(record, SKU),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              Map.of(),
              Map.of(),
              false,
              new RowError(
                  line, cell(record, SKU), null, "catalog.row.width", record.size(), width));
        }
        return new RawProduct(
            line,
            cell(record, SKU),
            cell(record, NAME),
            cell(record, DESCRIPTION),
            cell(record, CATEGORY),
            cell(record, BASE_PRICE),
            cell(record, CURRENCY),
            cell(record, MANUFACTURER),
            cell(record, MANUFACTURER_PART_NUMBER),
            cell(record, WEIGHT_KG),
            cell(record, DELIVERY_DAYS),
            cell(record, IMAGE_URL),
            cell(record, ACTIVE),
            cells(record, attrColumns),
            cells(record, stockColumns),
            false,
            null);
      }
      return null;
    } catch (UncheckedIOException e) {
      throw readFailure(e.getCause(), nextLine);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof IOException io) {
        throw readFailure(io, nextLine);
      }
      // Commons CSV: e.g. EOF inside a quoted field
      throw new CatalogFileException("catalog.file.badCsv", nextLine, clip(e.getMessage()));
    }
  }

  private static RuntimeException readFailure(IOException cause, long line) {
    if (cause instanceof CharacterCodingException) {
      return new CatalogFileException("catalog.file.notUtf8", line);
    }
    return new CatalogFileException(
        "catalog.file.badCsv", line, clip(String.valueOf(cause.getMessage())));
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private String cell(CSVRecord record, String column) {
    Integer index = columns.get(column);
    return index == null || index >= record.size()
        ? null
        : SpreadsheetCells.unescape(record.get(index));
  }

  private static Map<String, String> cells(CSVRecord record, Map<String, Integer> columns) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    columns.forEach((key, index) -> values.put(key, SpreadsheetCells.unescape(record.get(index))));
    return values;
  }

  private static String clip(String text) {
    return text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public List<CategoryDecl> categories() {
    return List.of();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // nothing left to read
    }
  }
}
