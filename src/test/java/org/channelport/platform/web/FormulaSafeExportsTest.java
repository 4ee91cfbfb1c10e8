package org.channelport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.primefaces.component.export.ColumnValue;

class FormulaSafeExportsTest {
  @Test
  void aTableCellThatLooksLikeAFormulaIsExportedWithALeadingApostrophe() {
    assertEquals(
        "'=HYPERLINK(\"x\")",
        FormulaSafeExports.safe(ColumnValue.of("=HYPERLINK(\"x\")")).getValue());
    assertEquals("'-1", FormulaSafeExports.safe(ColumnValue.of("-1")).getValue());
    assertEquals("Northwind", FormulaSafeExports.safe(ColumnValue.of("Northwind")).getValue());
  }

  @Test
  void cellsThatAreNotTextAreExportedAsTheyAre() {
    ColumnValue number = ColumnValue.of(new BigDecimal("-5"));
    assertSame(number, FormulaSafeExports.safe(number));
    assertSame(ColumnValue.EMPTY_VALUE, FormulaSafeExports.safe(ColumnValue.EMPTY_VALUE));
  }
}
