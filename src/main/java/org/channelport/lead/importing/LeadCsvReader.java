package org.channelport.lead.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.channelport.lead.LeadInput;
import org.channelport.platform.CsvText;
import org.channelport.shared.FieldError;

/**
 * Reads a CSV file of leads with Apache Commons CSV: UTF-8 with or without byte order mark; comma
 * or semicolon, whichever the header row uses more; quoted fields that may hold delimiters, quotes
 * and line breaks; header names in any case and any order. Each record knows the physical line it
 * starts on, so error reports point at the right line even after multi-line fields.
 */
public final class LeadCsvReader implements Closeable {
  public static final String COMPANY = "company";
  public static final String CONTACT_NAME = "contact_name";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String COUNTRY = "country";
  public static final String REGION = "region";
  public static final String POSTCODE = "postcode";
  public static final String NEED = "need";
  public static final String CATEGORY = "category";
  public static final String PRODUCTS = "products";
  public static final String ESTIMATED_VALUE = "estimated_value";
  public static final String CURRENCY = "currency";

  /** The columns in the order the template writes them. */
  public static final List<String> COLUMNS =
      List.of(
          COMPANY,
          CONTACT_NAME,
          EMAIL,
          PHONE,
          COUNTRY,
          REGION,
          POSTCODE,
          NEED,
          CATEGORY,
          PRODUCTS,
          ESTIMATED_VALUE,
          CURRENCY);

  private static final List<String> REQUIRED = List.of(COMPANY, COUNTRY);
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final List<FieldError> warnings = new ArrayList<>();
  private final int width;
  private long nextLine;

  public LeadCsvReader(InputStream in) throws IOException {
    CSVParser opened;
    try {
      opened = CsvText.open(in);
    } catch (CsvText.Unreadable e) {
      throw e.notUtf8()
          ? new LeadFileException("import.file.notUtf8", 1)
          : new LeadFileException("import.file.empty");
    }
    try {
      parser = opened;
      records = parser.iterator();
      CSVRecord header = records.next();
      nextLine = parser.getCurrentLineNumber() + 1;
      width = header.size();
      readHeader(header);
    } catch (UncheckedIOException e) {
      throw failure(e.getCause(), 1);
    } catch (IllegalStateException e) {
      throw new LeadFileException("import.file.badCsv", 1, clip(e.getMessage()));
    }
  }

  private void readHeader(CSVRecord header) {
    List<String> duplicates = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i).strip();
      String name = raw.toLowerCase(Locale.ROOT).replace(' ', '_');
      if (name.isEmpty()) {
        warnings.add(new FieldError("file", "import.file.unnamedColumn", i + 1));
      } else if (!COLUMNS.contains(name)) {
        warnings.add(new FieldError("file", "import.file.unknownColumn", clip(raw), i + 1));
      } else if (columns.putIfAbsent(name, i) != null) {
        duplicates.add(raw);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new LeadFileException("import.file.duplicateColumns", String.join(", ", duplicates));
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new LeadFileException("import.file.missingColumns", String.join(", ", missing));
    }
    if (!columns.containsKey(EMAIL) && !columns.containsKey(PHONE)) {
      throw new LeadFileException("import.file.missingColumns", EMAIL + " / " + PHONE);
    }
  }

  /** Unknown or unnamed columns (ignored); each is reported. */
  public List<FieldError> warnings() {
    return List.copyOf(warnings);
  }

  /** The next non-blank record, or null at the end of the file. */
  public ImportRow next() {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        if (isBlank(record)) {
          continue;
        }
        List<FieldError> errors = new ArrayList<>();
        if (record.size() != width) {
          errors.add(new FieldError("row", "import.row.width", record.size(), width));
        }
        BigDecimal value = number(cell(record, ESTIMATED_VALUE), errors);
        LeadInput input =
            new LeadInput(
                cell(record, COMPANY),
                cell(record, CONTACT_NAME),
                cell(record, EMAIL),
                cell(record, PHONE),
                cell(record, COUNTRY),
                cell(record, REGION),
                cell(record, POSTCODE),
                cell(record, NEED),
                cell(record, CATEGORY),
                cell(record, PRODUCTS),
                value,
                cell(record, CURRENCY),
                null);
        return new ImportRow(line, input, errors);
      }
      return null;
    } catch (UncheckedIOException e) {
      throw failure(e.getCause(), nextLine);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof IOException io) {
        throw failure(io, nextLine);
      }
      // Commons CSV: e.g. the file ends inside a quoted field
      throw new LeadFileException("import.file.badCsv", nextLine, clip(e.getMessage()));
    }
  }

  /**
   * An amount: digits with a decimal point, or a decimal comma (1234,50) as spreadsheets in many
   * countries write it; no thousands separators.
   */
  static BigDecimal number(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip();
    if (plain.indexOf(',') >= 0
        && plain.indexOf('.') < 0
        && plain.chars().filter(c -> c == ',').count() == 1) {
      plain = plain.replace(',', '.');
    }
    if (!NUMBER.matcher(plain).matches()) {
      errors.add(new FieldError("estimatedValue", "import.row.number", clip(text.strip())));
      return null;
    }
    return new BigDecimal(plain);
  }

  private String cell(CSVRecord record, String column) {
    Integer index = columns.get(column);
    return index == null || index >= record.size() ? null : record.get(index);
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static LeadFileException failure(IOException cause, long line) {
    if (cause instanceof CharacterCodingException) {
      return new LeadFileException("import.file.notUtf8", line);
    }
    return new LeadFileException("import.file.badCsv", line, clip(cause.getMessage()));
  }

  private static String clip(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
