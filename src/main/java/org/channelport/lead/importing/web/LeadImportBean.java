package org.channelport.lead.importing.web;

import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.channelport.lead.BoundedInput;
import org.channelport.lead.importing.ImportReport;
import org.channelport.lead.importing.LeadCsvReader;
import org.channelport.lead.importing.LeadImport;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.SpreadsheetCells;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A channel manager uploads a CSV of leads: every row is checked first and the report shown; then
 * all rows are imported, or only the valid ones, or nothing. The upload waits in a temporary file
 * of our own naming (never the uploaded name) until the user decides or leaves the page.
 */
@Named
@ViewScoped
public class LeadImportBean implements Serializable {
  @Inject LeadImport imports;

  private String upload;
  private String fileName;
  private ImportReport report;
  private boolean done;

  public void upload(FileUploadEvent event) {
    discard();
    UploadedFile file = event.getFile();
    String name = file.getFileName() == null ? "" : file.getFileName();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      FacesMessages.error("import.file.notCsv");
      return;
    }
    try (InputStream in = BoundedInput.of(file.getInputStream())) {
      Path temp = Files.createTempFile("lead-import-", ".csv");
      upload = temp.toString();
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      fileName = name.length() > 100 ? name.substring(0, 100) : name;
      try (InputStream saved = open()) {
        report = imports.check(saved);
      }
    } catch (InvalidInputException e) {
      discard();
      e.errors().forEach(f -> FacesMessages.error("import.failed", message(f)));
    } catch (IOException e) {
      discard();
      throw new UncheckedIOException(e);
    }
  }

  /** Imports every row (all valid) or, with {@code validOnly}, the valid ones. */
  public void importRows(boolean validOnly) {
    if (upload == null) {
      return;
    }
    try (InputStream in = open()) {
      report = imports.importFile(in, validOnly);
      if (report.imported() > 0 || report.allValid() || validOnly) {
        FacesMessages.info("import.done", report.imported(), report.duplicates());
        done = true;
        discard();
      } else {
        FacesMessages.error("import.refused", report.invalid());
      }
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> FacesMessages.error("import.failed", message(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void cancel() {
    discard();
    report = null;
    done = false;
    FacesMessages.info("import.cancelled");
  }

  /** Every refused row with its reasons, as CSV (cells a spreadsheet would run are defused). */
  public StreamedContent getErrorReport() {
    if (upload == null) {
      return null;
    }
    StringWriter out = new StringWriter();
    try (InputStream in = open();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(
          text("import.report.line"), text("import.report.company"), text("import.report.reasons"));
      for (ImportReport.RowProblem p : imports.allProblems(in)) {
        csv.printRecord(
            p.line(), SpreadsheetCells.escape(p.company()), SpreadsheetCells.escape(reasons(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv("lead-import-errors.csv", out.toString());
  }

  /** A file with the header row and one example, to fill in. */
  public StreamedContent getTemplate() {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(LeadCsvReader.COLUMNS);
      csv.printRecord(
          "Alpenbahn Logistik GmbH",
          "Anna Berger",
          "it@alpenbahn.example",
          "+49 89 555 1001",
          "DE",
          "Bavaria",
          "80335",
          "New firewall cluster for three depots",
          "security",
          "FW-500 x3",
          "48000.00",
          "EUR");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv("lead-import-template.csv", out.toString());
  }

  private static StreamedContent csv(String name, String body) {
    byte[] bytes = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public String reasons(ImportReport.RowProblem p) {
    return p.errors().stream().map(this::message).collect(Collectors.joining("; "));
  }

  private String message(FieldError error) {
    Locale locale = locale();
    String label = Messages.fieldLabel(locale, error.field());
    String text = error.message(locale);
    // a field the bundle has no label for: the reason alone
    return label.equals(error.field()) ? text : label + ": " + text;
  }

  public String warning(FieldError error) {
    return error.message(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key) {
    return Messages.text(locale(), key);
  }

  private InputStream open() throws IOException {
    return Files.newInputStream(Path.of(upload));
  }

  @PreDestroy
  void discard() {
    if (upload != null) {
      try {
        Files.deleteIfExists(Path.of(upload));
      } catch (IOException e) {
        // the temporary folder is cleaned eventually
      }
      upload = null;
    }
  }

  public String getCountsText() {
    return report == null
        ? ""
        : FacesMessages.text(
            "import.report.counts",
            report.rows(),
            report.valid(),
            report.invalid(),
            report.duplicates(),
            report.imported());
  }

  public String getImportAllLabel() {
    return report == null ? "" : FacesMessages.text("import.all", report.valid());
  }

  public String getImportValidLabel() {
    return report == null ? "" : FacesMessages.text("import.validOnly", report.valid());
  }

  public ImportReport getReport() {
    return report;
  }

  public boolean isPending() {
    return upload != null && report != null;
  }

  public boolean isDone() {
    return done;
  }

  public String getFileName() {
    return fileName;
  }

  public long getMaxBytes() {
    return BoundedInput.MAX_BYTES;
  }

  public int getMaxRows() {
    return LeadImport.MAX_ROWS;
  }
}
