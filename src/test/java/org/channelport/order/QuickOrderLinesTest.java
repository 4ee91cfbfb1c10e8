package org.channelport.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.channelport.order.QuickOrderLines.Line;
import org.channelport.order.QuickOrderLines.Problem;
import org.channelport.order.QuickOrderLines.Result;
import org.junit.jupiter.api.Test;

class QuickOrderLinesTest {
  static List<String> problems(Result result) {
    return result.problems().stream()
        .map(p -> p.lineNumber() + " " + p.field() + " " + p.error().messageKey())
        .toList();
  }

  static Result csv(String text) {
    return QuickOrderLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pastedLinesMaySeparateWithSemicolonTabOrComma() {
    Result result =
        QuickOrderLines.parse("NET-SW24;10\n\nNET-AP6\t3\r\n  SRV-R2 , 1 \n\nCBL-C6A 25\n");
    assertFalse(result.hasProblems(), problems(result).toString());
    assertEquals(
        List.of(
            new Line(1, "NET-SW24", 10),
            new Line(3, "NET-AP6", 3),
            new Line(4, "SRV-R2", 1),
            new Line(6, "CBL-C6A", 25)),
        result.lines());
  }

  @Test
  void eachBadLineIsReportedWithItsNumberAndFieldAndTheGoodOnesKept() {
    Result result =
        QuickOrderLines.parse(
            "NET-SW24;10\n;5\nNET-AP6;\nNET-AP6;three\nNET AP6;2\nSRV-R2;0\nSRV-R2;100000\nSRV-R3,5,5\nCBL;4");
    assertEquals(List.of(new Line(1, "NET-SW24", 10), new Line(9, "CBL", 4)), result.lines());
    assertEquals(
        List.of(
            "2 sku quickOrder.sku.missing",
            "3 quantity quickOrder.quantity.missing",
            "4 quantity quickOrder.quantity.number",
            "5 sku quickOrder.sku.chars",
            "6 quantity quickOrder.quantity.range",
            "7 quantity quickOrder.quantity.range",
            "8 line quickOrder.line.extra"),
        problems(result));
    Problem first = result.problems().get(0);
    assertFalse(first.message(Locale.ENGLISH).startsWith("quickOrder."), "a text in the bundle");
  }

  @Test
  void theSameSkuTwiceIsOneLineWithBothQuantities() {
    Result result = QuickOrderLines.parse("NET-SW24;10\nnet-sw24;5\nNET-AP6;1");
    assertEquals(List.of(new Line(1, "NET-SW24", 15), new Line(3, "NET-AP6", 1)), result.lines());
  }

  @Test
  void aHeaderLineIsSkippedAndNothingAtAllIsAProblem() {
    Result headed = QuickOrderLines.parse("SKU;Quantity\nNET-SW24;2");
    assertEquals(List.of(new Line(2, "NET-SW24", 2)), headed.lines());
    assertFalse(headed.hasProblems());
    assertEquals(List.of("0 lines quickOrder.empty"), problems(QuickOrderLines.parse(" \n\n")));
    assertEquals(List.of("0 lines quickOrder.empty"), problems(QuickOrderLines.parse(null)));
  }

  @Test
  void tooManyLinesStopWithAProblem() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= QuickOrderLines.MAX_LINES; i++) {
      text.append("SKU-").append(i).append(";1\n");
    }
    Result result = QuickOrderLines.parse(text.toString());
    assertEquals(QuickOrderLines.MAX_LINES, result.lines().size());
    assertEquals(
        List.of((QuickOrderLines.MAX_LINES + 1) + " lines quickOrder.tooManyLines"),
        problems(result));
    assertEquals(
        List.of("0 lines quickOrder.tooLong"),
        problems(QuickOrderLines.parse("x".repeat(QuickOrderLines.MAX_TEXT + 1))));
  }

  @Test
  void aCsvFileWithAHeaderInAnyOrderAndOtherColumns() {
    Result result =
        csv("\uFEFFnote;Quantity;SKU\n\"two lines\nof note\";4;NET-SW24\n;;\nx;2;NET-AP6\n");
    assertFalse(result.hasProblems(), problems(result).toString());
    assertEquals(List.of(new Line(2, "NET-SW24", 4), new Line(5, "NET-AP6", 2)), result.lines());
  }

  @Test
  void aCsvFileWithoutHeaderReadsSkuThenQuantityAndNamesBadLines() {
    Result result = csv("NET-SW24,3\nNET-AP6,x\n\nSRV-R2,\"2\"\n");
    assertEquals(List.of(new Line(1, "NET-SW24", 3), new Line(4, "SRV-R2", 2)), result.lines());
    assertEquals(List.of("2 quantity quickOrder.quantity.number"), problems(result));
  }

  @Test
  void anUnreadableFileIsOneProblem() {
    assertEquals(List.of("0 file quickOrder.empty"), problems(csv("")));
    assertEquals(List.of("0 file quickOrder.empty"), problems(csv("sku;quantity\n")));
    Result latin1 =
        QuickOrderLines.read(new ByteArrayInputStream(new byte[] {'N', (byte) 0xE9, ';', '1'}));
    assertEquals(List.of("1 file quickOrder.file.notUtf8"), problems(latin1));
    Result open = csv("sku;quantity\nNET-SW24;1\n\"NET-AP6;2\n");
    assertEquals(List.of(new Line(2, "NET-SW24", 1)), open.lines());
    assertTrue(
        problems(open).get(0).endsWith("file quickOrder.file.badCsv"), problems(open).toString());
  }
}
