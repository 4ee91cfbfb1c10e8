package org.channelport.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportCellsTest {
  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        Arguments.of("+49 89 555", "'+49 89 555"),
        Arguments.of("-1", "'-1"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("\tcmd", "'\tcmd"),
        Arguments.of("\rcmd", "'\rcmd"),
        Arguments.of("Northwind", "Northwind"),
        Arguments.of("a=b", "a=b"),
        Arguments.of("", ""));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void formulaLikeCellsGetALeadingApostrophe(String cell, String exported) {
    assertEquals(exported, SpreadsheetCells.escape(cell));
  }
}
