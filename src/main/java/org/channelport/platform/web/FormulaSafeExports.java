package org.channelport.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.channelport.shared.SpreadsheetCells;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * Every {@code p:dataExporter} of a table (CSV and streamed Excel) writes its cells through {@link
 * SpreadsheetCells#escape}: registered once when the Faces application starts (faces-config.xml),
 * in place of PrimeFaces' own exporters of those types, so no column, and no new table, can forget
 * the formula-safety rule.
 */
public class FormulaSafeExports implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return true;
  }

  @Override
  public void processEvent(SystemEvent event) {
    DataExporters.register(DataTable.class, Csv.class, "csv");
    DataExporters.register(DataTable.class, XlsxStream.class, "xlsxstream");
  }

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
