package org.channelport.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.channelport.shared.SpreadsheetCells;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.Exporter;
import org.primefaces.context.PrimeApplicationContext;

/**
 * Every {@code p:dataExporter} of a table (CSV and streamed Excel) writes its cells through {@link
 * SpreadsheetCells#escape}: registered (faces-config.xml) in place of PrimeFaces' own exporters of
 * those types, so no column, and no new table, can forget the formula-safety rule. PrimeFaces keeps
 * its exporters in its application context, which it creates with the first request; the
 * registration is checked at the start of each request (a map look-up) and made once.
 */
public class FormulaSafeExports implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    PrimeApplicationContext prime =
        PrimeApplicationContext.getCurrentInstance(event.getFacesContext());
    if (!registered(prime)) {
      synchronized (FormulaSafeExports.class) {
        if (!registered(prime)) {
          DataExporters.register(DataTable.class, Csv.class, "csv");
          DataExporters.register(DataTable.class, XlsxStream.class, "xlsxstream");
        }
      }
    }
  }

  private static boolean registered(PrimeApplicationContext prime) {
    Map<String, Class<? extends Exporter<?>>> exporters = prime.getExporters().get(DataTable.class);
    return exporters != null
        && exporters.get("csv") == Csv.class
        && exporters.get("xlsxstream") == XlsxStream.class;
  }

  @Override
  public void afterPhase(PhaseEvent event) {}

  static ColumnValue safe(ColumnValue value) {
    if (value == null || !value.isStringValue()) {
      return value;
    }
    String text = (String) value.getValue();
    String safe = SpreadsheetCells.escape(text);
    return safe.equals(text) ? value : ColumnValue.of(safe);
  }

  /** PrimeFaces' CSV export with formula-safe cells. */
  public static class Csv extends DataTableCSVExporter {
    @Override
    protected void exportCellValue(
        FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
      super.exportCellValue(context, table, column, safe(value), index);
    }
  }

  /** PrimeFaces' streamed Excel export with formula-safe cells. */
  public static class XlsxStream extends DataTableExcelXStreamExporter {
    @Override
    protected void exportCellValue(
        FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
      super.exportCellValue(context, table, column, safe(value), index);
    }
  }
}
