package org.channelport.lead.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.channelport.lead.BoundedInput;
import org.channelport.lead.LeadDetails;
import org.channelport.shared.DemoCategories;
import org.channelport.shared.FieldError;
import org.junit.jupiter.api.Test;

class LeadCsvReaderTest {
  static final String HEADER =
      "company,contact_name,email,phone,country,region,postcode,need,category,products,estimated_value,currency\n";

  static List<ImportRow> read(String csv) throws IOException {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  static List<ImportRow> read(byte[] bytes) throws IOException {
    try (LeadCsvReader reader = new LeadCsvReader(new ByteArrayInputStream(bytes))) {
      List<ImportRow> rows = new ArrayList<>();
      for (ImportRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
      return rows;
    }
  }

  static String key(LeadFileException e) {
    return e.errors().get(0).messageKey();
  }

  @Test
  void readsAPlainFileWithLineNumbers() throws IOException {
    List<ImportRow> rows =
        read(
            HEADER
                + "Acme GmbH,Anna,anna@acme.example,,DE,,,Firewall,security,,48000.50,EUR\n"
                + "Beta AG,Ben,,+49 1,AT,,,,networking,,,\n");
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals(3, rows.get(1).line());
    assertEquals("Acme GmbH", rows.get(0).input().company());
    assertEquals(new BigDecimal("48000.50"), rows.get(0).input().estimatedValue());
    assertNull(rows.get(1).input().estimatedValue());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        "company,country,email\nAcme,DE,a@acme.example\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);
    List<ImportRow> rows = read(file);
    assertEquals("Acme", rows.get(0).input().company());
  }

  @Test
  void semicolonsAndAnyHeaderCaseAndOrderAndDecimalCommas() throws IOException {
    List<ImportRow> rows =
        read(
            "Country;EMAIL;Company;Estimated_Value;Currency\nDE;a@acme.example;Acme, Inc;1234,50;EUR\n");
    assertEquals("Acme, Inc", rows.get(0).input().company());
    assertEquals("DE", rows.get(0).input().country());
    assertEquals(new BigDecimal("1234.50"), rows.get(0).input().estimatedValue());
  }

  @Test
  void quotedNewlinesKeepTheirTextAndLaterLinesCountPhysicalLines() throws IOException {
    List<ImportRow> rows =
        read(
            "company,country,email,need\n"
                + "Acme,DE,a@acme.example,\"first line\nsecond line\nthird\"\n"
                + "Beta,AT,b@beta.example,short\n"
                + "\n"
                + "Gamma,PL,g@gamma.example,\"two\r\nlines\"\n"
                + "Delta,PL,d@delta.example,x\n");
    assertEquals(4, rows.size());
    assertEquals("first line\nsecond line\nthird", rows.get(0).input().need());
    assertEquals(2, rows.get(0).line());
    assertEquals(5, rows.get(1).line());
    assertEquals(7, rows.get(2).line());
    assertEquals(9, rows.get(3).line());
  }

  @Test
  void unknownColumnsAreReportedAndIgnored() throws IOException {
    try (LeadCsvReader reader =
        new LeadCsvReader(
            new ByteArrayInputStream(
                "company,country,email,fax,\nAcme,DE,a@acme.example,123,\n"
                    .getBytes(StandardCharsets.UTF_8)))) {
      List<FieldError> warnings = reader.warnings();
      assertEquals(2, warnings.size());
      assertEquals("import.file.unknownColumn", warnings.get(0).messageKey());
      assertEquals("fax", warnings.get(0).args()[0]);
      assertEquals("import.file.unnamedColumn", warnings.get(1).messageKey());
      assertEquals("Acme", reader.next().input().company());
    }
  }

  @Test
  void aMissingRequiredHeaderStopsTheFile() {
    LeadFileException e =
        assertThrows(LeadFileException.class, () -> read("company,email\nAcme,a@acme.example\n"));
    assertEquals("import.file.missingColumns", key(e));
    assertEquals("country", e.errors().get(0).args()[0]);
    assertEquals(
        "import.file.missingColumns",
        key(assertThrows(LeadFileException.class, () -> read("company,country\nAcme,DE\n"))));
  }

  @Test
  void duplicateColumnsStopTheFile() {
    assertEquals(
        "import.file.duplicateColumns",
        key(
            assertThrows(
                LeadFileException.class, () -> read("company,country,email,Company\na,DE,x,b\n"))));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertEquals("import.file.empty", key(assertThrows(LeadFileException.class, () -> read(""))));
    assertEquals(
        "import.file.empty", key(assertThrows(LeadFileException.class, () -> read("\n\n"))));
  }

  @Test
  void onlyAHeaderGivesNoRows() throws IOException {
    assertEquals(List.of(), read("company,country,email\n"));
    assertEquals(List.of(), read("company,country,email\n\n  ,,\n"));
  }

  @Test
  void badNumbersAreRowErrorsNamingTheValue() throws IOException {
    List<ImportRow> rows =
        read(
            "company,country,email,estimated_value\n"
                + "A,DE,a@a.example,12.000.000\n"
                + "B,DE,b@b.example,lots\n"
                + "C,DE,c@c.example,-5\n"
                + "D,DE,d@d.example,\"1,5\"\n");
    assertEquals("import.row.number", rows.get(0).readErrors().get(0).messageKey());
    assertEquals("lots", rows.get(1).readErrors().get(0).args()[0]);
    assertEquals(1, rows.get(2).readErrors().size());
    assertTrue(rows.get(3).readErrors().isEmpty());
    assertEquals(new BigDecimal("1.5"), rows.get(3).input().estimatedValue());
  }

  @Test
  void aRowOfTheWrongWidthIsAnError() throws IOException {
    List<ImportRow> rows = read("company,country,email\nA,DE\n");
    assertEquals("import.row.width", rows.get(0).readErrors().get(0).messageKey());
  }

  @Test
  void invalidUtf8AndAnUnclosedQuoteStopTheFile() {
    byte[] latin1 =
        "company,country,email\nM\u00fcller,DE,m@x.example\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "import.file.notUtf8", key(assertThrows(LeadFileException.class, () -> read(latin1))));
    assertEquals(
        "import.file.badCsv",
        key(
            assertThrows(
                LeadFileException.class,
                () -> read("company,country,email\nA,DE,\"never closed\n"))));
  }

  @Test
  void rowsAreCheckedWithTheRulesOfALeadEnteredByHand() throws IOException {
    List<ImportRow> rows =
        read(
            "company,country,email,category,estimated_value,currency\n"
                + ",XX,not-an-address,Bad Category!,x,EUR\n"
                + "Acme,DE,a@acme.example,security,100,EUR\n");
    var bad = LeadImport.check(rows.get(0), DemoCategories.CODES);
    assertNull(bad.details());
    List<String> fields = bad.errors().stream().map(FieldError::field).toList();
    assertTrue(
        fields.containsAll(List.of("company", "country", "email", "category", "estimatedValue")),
        fields.toString());
    var good = LeadImport.check(rows.get(1), DemoCategories.CODES);
    assertEquals("security", good.details().category());
  }

  @Test
  void theFingerprintIgnoresCaseOfTheAddressAndTheLegalForm() {
    LeadDetails a =
        new LeadDetails(
            "Acme GmbH",
            null,
            "IT@Acme.example",
            null,
            "DE",
            null,
            null,
            "need",
            "security",
            null,
            null,
            null,
            null);
    LeadDetails b =
        new LeadDetails(
            "ACME",
            "x",
            "it@acme.example",
            "1",
            "AT",
            null,
            null,
            "need",
            "security",
            null,
            null,
            null,
            null);
    LeadDetails c =
        new LeadDetails(
            "ACME",
            "x",
            "it@acme.example",
            "1",
            "AT",
            null,
            null,
            "need",
            "storage",
            null,
            null,
            null,
            null);
    assertEquals(LeadImport.fingerprint(a), LeadImport.fingerprint(b));
    assertTrue(!LeadImport.fingerprint(a).equals(LeadImport.fingerprint(c)));
  }

  @Test
  void anUploadAboveTheLimitIsRefused() {
    byte[] big = new byte[2048];
    Arrays.fill(big, (byte) 'a');
    BoundedInput in = new BoundedInput(new ByteArrayInputStream(big), 1024);
    assertEquals(
        "import.file.tooLarge",
        key(assertThrows(LeadFileException.class, () -> in.readAllBytes())));
  }
}
