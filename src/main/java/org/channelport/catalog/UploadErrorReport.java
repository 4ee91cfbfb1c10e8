package org.channelport.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.channelport.shared.SpreadsheetCells;

/** An upload's error report as CSV (line, sku, field, reason), formula-safe. */
public final class UploadErrorReport {
  private UploadErrorReport() {}

  public static void write(Stream<UploadError> errors, Locale locale, OutputStream out) {
    try {
      CSVPrinter csv =
          new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
      csv.printRecord("line", "sku", "field", "reason");
      try (errors) {
        errors.forEach(
            e -> {
              try {
                csv.printRecord(
                    e.getLine(),
                    SpreadsheetCells.escape(e.getSku()),
                    SpreadsheetCells.escape(e.getField()),
                    SpreadsheetCells.escape(e.reason(locale)));
              } catch (IOException x) {
                throw new UncheckedIOException(x);
              }
            });
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
