package org.channelport.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.shared.SpreadsheetCells;
import org.junit.jupiter.api.Test;

/** Hostile and odd catalog files, CSV and BMEcat, read and checked as an upload would. */
class CatalogFilesTest {
  static final String HEADER = "sku,name,description,category,base_price,currency\n";
  static final Map<String, Long> CATEGORIES = Map.of("networking", 1L, "security", 2L);

  record Result(List<ProductData> valid, List<RowError> errors, List<String> warnings) {}

  static Result read(CatalogFormat format, byte[] bytes) throws IOException {
    List<ProductData> valid = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (CatalogReader reader = CatalogReader.open(format, () -> new ByteArrayInputStream(bytes))) {
      ProductValidator validator = new ProductValidator(CATEGORIES);
      for (RawProduct raw = reader.next(); raw != null; raw = reader.next()) {
        ProductData data = validator.check(raw, errors::add);
        if (data != null) {
          valid.add(data);
        }
      }
      return new Result(valid, errors, reader.warnings());
    }
  }

  static Result csv(String text) throws IOException {
    return read(CatalogFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPlainFileGivesItsProducts() throws IOException {
    Result r =
        csv(
            HEADER
                + "NET-1,Switch,Fast switch,networking,100.50,eur\n"
                + "SEC-1,Firewall,,security,99,EUR\n");
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.valid().size());
    ProductData first = r.valid().get(0);
    assertEquals("NET-1", first.sku());
    assertEquals(new BigDecimal("100.50"), first.basePrice());
    assertEquals("EUR", first.currency());
    assertEquals(2, first.line());
    assertTrue(first.active());
    assertNull(r.valid().get(1).description());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumn() throws IOException {
    Result r = csv("\uFEFF" + HEADER + "NET-1,Switch,x,networking,1,EUR\n");
    assertEquals(List.of(), r.errors());
    assertEquals("NET-1", r.valid().get(0).sku());
  }

  @Test
  void quotedFieldsMayHoldLineBreaksAndLineNumbersStayRight() throws IOException {
    Result r =
        csv(
            HEADER
                + "NET-1,Switch,\"line one\nline two, with comma\nand \"\"quotes\"\"\",networking,1,EUR\n"
                + "NET-2,,x,networking,1,EUR\n");
    assertEquals("line one\nline two, with comma\nand \"quotes\"", r.valid().get(0).description());
    assertEquals(1, r.errors().size());
    assertEquals(5, r.errors().get(0).line(), "the second product starts on line 5");
    assertEquals("name", r.errors().get(0).field());
  }

  @Test
  void semicolonsAndDecimalCommasAreUnderstood() throws IOException {
    Result r =
        csv(
            "sku;name;description;category;base_price;currency;weight_kg\r\n"
                + "NET-1;Switch, 24 ports;x;networking;1299,90;EUR;3,5\r\n");
    assertEquals(List.of(), r.errors());
    assertEquals("Switch, 24 ports", r.valid().get(0).name());
    assertEquals(new BigDecimal("1299.90"), r.valid().get(0).basePrice());
    assertEquals(new BigDecimal("3.5"), r.valid().get(0).weightKg());
  }

  @Test
  void columnsComeInAnyOrderAndUnknownOnesAreReported() throws IOException {
    Result r =
        csv(
            "currency,base_price,category,description,name,sku,colour,attr:ports,stock:main\n"
                + "EUR,5,networking,d,Cable,CAB-1,blue,24,17\n");
    assertEquals(List.of(), r.errors());
    assertEquals("CAB-1", r.valid().get(0).sku());
    assertEquals(Map.of("ports", "24"), r.valid().get(0).attributes());
    assertEquals(Map.of("main", 17L), r.valid().get(0).stock());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("colour"), r.warnings().toString());
  }

  @Test
  void formulaCellsAreStoredAsUploadedAndTheExportEscapeIsTakenOffAgain() throws IOException {
    Result r =
        csv(
            HEADER
                + "NET-1,=HYPERLINK(\"http://evil\"),@SUM(A1),networking,1,EUR\n"
                + "NET-2,'=1+1,'-minus,networking,1,EUR\n");
    assertEquals(List.of(), r.errors());
    assertEquals("=HYPERLINK(\"http://evil\")", r.valid().get(0).name());
    assertEquals("@SUM(A1)", r.valid().get(0).description());
    assertEquals("=1+1", r.valid().get(1).name(), "the export's apostrophe is removed");
    assertEquals("'=1+1", SpreadsheetCells.escape("=1+1"));
    assertEquals("'@SUM(A1)", SpreadsheetCells.escape("@SUM(A1)"));
    assertEquals("'\tx", SpreadsheetCells.escape("\tx"));
    assertEquals("'\rx", SpreadsheetCells.escape("\rx"));
    assertEquals("'+1", SpreadsheetCells.escape("+1"));
    assertEquals("'-1", SpreadsheetCells.escape("-1"));
    assertEquals("plain", SpreadsheetCells.escape("plain"));
  }

  @Test
  void everyBadFieldIsReportedWithItsLine() throws IOException {
    Result r =
        csv(
            HEADER
                + "NET-1,Switch,x,networking,-5,EUR\n"
                + "NET-2,Switch,x,nowhere,abc,EURO\n"
                + "NET 3,"
                + "x".repeat(201)
                + ",x,networking,1,EUR\n"
                + ",Nameless,x,networking,1,EUR\n");
    assertTrue(r.valid().isEmpty());
    assertEquals(
        List.of(
            "2 base_price catalog.row.negative",
            "3 category catalog.row.unknownCategory",
            "3 base_price catalog.row.number",
            "3 currency catalog.row.currency",
            "4 sku catalog.row.skuChars",
            "4 name catalog.row.tooLong",
            "5 sku catalog.row.required"),
        r.errors().stream().map(e -> e.line() + " " + e.field() + " " + e.reasonKey()).toList());
    assertEquals("must not be negative (-5)", r.errors().get(0).reason());
  }

  @Test
  void aSkuTwiceInTheFileIsAnErrorNamingTheFirstLine() throws IOException {
    Result r =
        csv(
            HEADER
                + "NET-1,Switch,x,networking,1,EUR\n"
                + "NET-2,Router,x,networking,1,EUR\n"
                + "NET-1,Switch again,x,networking,1,EUR\n");
    assertEquals(2, r.valid().size());
    assertEquals(1, r.errors().size());
    assertEquals(4, r.errors().get(0).line());
    assertEquals("catalog.row.duplicateSku", r.errors().get(0).reasonKey());
    assertEquals(2L, r.errors().get(0).args()[0]);
  }

  @Test
  void aRowWithTooManyOrTooFewFieldsIsAnError() throws IOException {
    Result r = csv(HEADER + "NET-1,Switch,x,networking,1,EUR,extra\nNET-2,Switch\n");
    assertEquals(2, r.errors().size());
    assertEquals("catalog.row.width", r.errors().get(0).reasonKey());
  }

  @Test
  void invalidUtf8StopsTheFileNamingTheLine() {
    byte[] head = (HEADER + "NET-1,Switch,x,networking,1,EUR\nNET-2,").getBytes();
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    byte[] tail = ",x,networking,1,EUR\n".getBytes();
    byte[] file = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, file, 0, head.length);
    System.arraycopy(bad, 0, file, head.length, bad.length);
    System.arraycopy(tail, 0, file, head.length + bad.length, tail.length);
    CatalogFileException e =
        assertThrows(CatalogFileException.class, () -> read(CatalogFormat.CSV, file));
    assertEquals("catalog.file.notUtf8", e.messageKey());
  }

  @Test
  void emptyAndZeroByteAndBlankFilesAreRefused() {
    for (String text : List.of("", "\uFEFF", "\n\n  \n")) {
      CatalogFileException e = assertThrows(CatalogFileException.class, () -> csv(text));
      assertEquals("catalog.file.empty", e.messageKey(), "for " + text.length() + " chars");
    }
  }

  @Test
  void aFileWithOnlyTheHeaderHasNoRows() throws IOException {
    Result r = csv(HEADER);
    assertTrue(r.valid().isEmpty());
    assertTrue(r.errors().isEmpty());
  }

  @Test
  void missingRequiredAndDuplicateColumnsRefuseTheFile() {
    CatalogFileException missing =
        assertThrows(CatalogFileException.class, () -> csv("sku,name\nA,B\n"));
    assertEquals("catalog.file.missingColumns", missing.messageKey());
    assertTrue(missing.getMessage().contains("base_price"), missing.getMessage());
    CatalogFileException twice =
        assertThrows(
            CatalogFileException.class,
            () -> csv("sku,name,description,category,base_price,currency,SKU\n"));
    assertEquals("catalog.file.duplicateColumns", twice.messageKey());
  }

  @Test
  void anUnterminatedQuoteIsAFileError() {
    CatalogFileException e =
        assertThrows(
            CatalogFileException.class, () -> csv(HEADER + "NET-1,\"Switch,x,networking,1,EUR\n"));
    assertEquals("catalog.file.badCsv", e.messageKey());
  }

  @Test
  void binaryFilesAreNoCatalog() {
    assertTrue(CatalogFormat.sniff(new byte[] {'P', 'K', 3, 4, 0, 0}, 6).isEmpty());
    assertTrue(CatalogFormat.sniff("%PDF-1.7".getBytes(), 8).isEmpty());
    assertEquals(
        CatalogFormat.BMECAT, CatalogFormat.sniff("\uFEFF <?xml".getBytes(), 8).orElseThrow());
    assertEquals(CatalogFormat.CSV, CatalogFormat.sniff("sku,name".getBytes(), 8).orElseThrow());
  }

  // ---------------------------------------------------------------- BMEcat

  static final String BMECAT_12 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <BMECAT version="1.2">
        <HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CATALOG_ID>C1</CATALOG_ID>
          <CATALOG_VERSION>1.0</CATALOG_VERSION><CURRENCY>EUR</CURRENCY></CATALOG></HEADER>
        <T_NEW_CATALOG>
          <CATALOG_GROUP_SYSTEM>
            <CATALOG_STRUCTURE type="root"><GROUP_ID>root</GROUP_ID><GROUP_NAME>All</GROUP_NAME></CATALOG_STRUCTURE>
            <CATALOG_STRUCTURE type="leaf"><GROUP_ID>cables</GROUP_ID><GROUP_NAME>Cables</GROUP_NAME><PARENT_ID>networking</PARENT_ID></CATALOG_STRUCTURE>
          </CATALOG_GROUP_SYSTEM>
          <ARTICLE mode="new">
            <SUPPLIER_AID>CAB-1</SUPPLIER_AID>
            <ARTICLE_DETAILS>
              <DESCRIPTION_SHORT>Patch cable &amp; clip</DESCRIPTION_SHORT>
              <DESCRIPTION_LONG><![CDATA[<b>Cat 6</b> cable]]></DESCRIPTION_LONG>
              <MANUFACTURER_AID>M-1</MANUFACTURER_AID><MANUFACTURER_NAME>Acme</MANUFACTURER_NAME>
              <DELIVERY_TIME>2</DELIVERY_TIME>
            </ARTICLE_DETAILS>
            <ARTICLE_FEATURES><FEATURE><FNAME>length</FNAME><FVALUE>2</FVALUE><FUNIT>m</FUNIT></FEATURE></ARTICLE_FEATURES>
            <ARTICLE_PRICE_DETAILS>
              <ARTICLE_PRICE price_type="nrp"><PRICE_AMOUNT>9.99</PRICE_AMOUNT></ARTICLE_PRICE>
              <ARTICLE_PRICE price_type="net_list"><PRICE_AMOUNT>4.50</PRICE_AMOUNT><PRICE_CURRENCY>EUR</PRICE_CURRENCY></ARTICLE_PRICE>
            </ARTICLE_PRICE_DETAILS>
            <MIME_INFO><MIME><MIME_TYPE>image/jpeg</MIME_TYPE><MIME_SOURCE>https://img.example/cab1.jpg</MIME_SOURCE><MIME_PURPOSE>normal</MIME_PURPOSE></MIME></MIME_INFO>
          </ARTICLE>
          <ARTICLE>
            <SUPPLIER_AID>FW-1</SUPPLIER_AID>
            <ARTICLE_DETAILS><DESCRIPTION_SHORT>Firewall</DESCRIPTION_SHORT></ARTICLE_DETAILS>
            <ARTICLE_PRICE_DETAILS><ARTICLE_PRICE price_type="net_list"><PRICE_AMOUNT>-1</PRICE_AMOUNT></ARTICLE_PRICE></ARTICLE_PRICE_DETAILS>
          </ARTICLE>
          <ARTICLE_TO_CATALOGGROUP_MAP><ART_ID>CAB-1</ART_ID><CATALOG_GROUP_ID>cables</CATALOG_GROUP_ID></ARTICLE_TO_CATALOGGROUP_MAP>
          <ARTICLE_TO_CATALOGGROUP_MAP><ART_ID>FW-1</ART_ID><CATALOG_GROUP_ID>security</CATALOG_GROUP_ID></ARTICLE_TO_CATALOGGROUP_MAP>
        </T_NEW_CATALOG>
      </BMECAT>
      """;

  static Result bmecat(String xml, Map<String, Long> extraCategories) throws IOException {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    List<ProductData> valid = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (CatalogReader reader =
        CatalogReader.open(CatalogFormat.BMECAT, () -> new ByteArrayInputStream(bytes))) {
      var categories = new HashMap<>(CATEGORIES);
      categories.putAll(extraCategories);
      reader.categories().forEach(c -> categories.putIfAbsent(c.code(), -1L));
      ProductValidator validator = new ProductValidator(categories);
      for (RawProduct raw = reader.next(); raw != null; raw = reader.next()) {
        ProductData data = validator.check(raw, errors::add);
        if (data != null) {
          valid.add(data);
        }
      }
      return new Result(valid, errors, reader.warnings());
    }
  }

  @Test
  void aBmecat12CatalogGivesArticlesWithGroupsPricesFeaturesAndPictures() throws IOException {
    Result r = bmecat(BMECAT_12, Map.of());
    assertEquals(1, r.valid().size(), r.errors().toString());
    ProductData cable = r.valid().get(0);
    assertEquals("CAB-1", cable.sku());
    assertEquals("Patch cable & clip", cable.name());
    assertEquals("<b>Cat 6</b> cable", cable.description());
    assertEquals("cables", cable.categoryCode());
    assertEquals(new BigDecimal("4.50"), cable.basePrice(), "net_list wins over other prices");
    assertEquals("EUR", cable.currency());
    assertEquals("Acme", cable.manufacturer());
    assertEquals("M-1", cable.manufacturerPartNumber());
    assertEquals(2, cable.deliveryDays());
    assertEquals(Map.of("length", "2 m"), cable.attributes());
    assertEquals("https://img.example/cab1.jpg", cable.imageUrl());
    assertEquals(1, r.errors().size());
    assertEquals("catalog.row.negative", r.errors().get(0).reasonKey());
    assertTrue(r.errors().get(0).line() > 20, "line of the article: " + r.errors().get(0).line());
  }

  @Test
  void aBmecat2005UpdateWithProductsAndADeletion() throws IOException {
    String xml =
        """
        <BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">
          <HEADER><CATALOG><CURRENCY>PLN</CURRENCY></CATALOG></HEADER>
          <T_UPDATE_PRODUCTS prev_version="1">
            <PRODUCT mode="update">
              <SUPPLIER_PID>NET-9</SUPPLIER_PID>
              <PRODUCT_DETAILS><DESCRIPTION_SHORT>Router</DESCRIPTION_SHORT><MANUFACTURER_PID>R9</MANUFACTURER_PID></PRODUCT_DETAILS>
              <PRODUCT_PRICE_DETAILS><PRODUCT_PRICE price_type="net_list"><PRICE_AMOUNT>10</PRICE_AMOUNT></PRODUCT_PRICE></PRODUCT_PRICE_DETAILS>
            </PRODUCT>
            <PRODUCT mode="delete"><SUPPLIER_PID>OLD-1</SUPPLIER_PID></PRODUCT>
            <PRODUCT_TO_CATALOGGROUP_MAP><PROD_ID>NET-9</PROD_ID><CATALOG_GROUP_ID>networking</CATALOG_GROUP_ID></PRODUCT_TO_CATALOGGROUP_MAP>
          </T_UPDATE_PRODUCTS>
        </BMECAT>
        """;
    Result r = bmecat(xml, Map.of());
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.valid().size());
    assertEquals("PLN", r.valid().get(0).currency(), "the header's currency");
    assertEquals("R9", r.valid().get(0).manufacturerPartNumber());
    assertTrue(r.valid().get(1).delete());
    assertEquals("OLD-1", r.valid().get(1).sku());
  }

  @Test
  void anExternalEntityIsNeverRead() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE BMECAT [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <BMECAT version="1.2"><T_NEW_CATALOG><ARTICLE><SUPPLIER_AID>&xxe;</SUPPLIER_AID></ARTICLE></T_NEW_CATALOG></BMECAT>
        """;
    CatalogFileException e = assertThrows(CatalogFileException.class, () -> bmecat(xxe, Map.of()));
    assertFalse(e.getMessage().contains("root:"), e.getMessage());
    assertTrue(
        e.messageKey().equals("catalog.file.doctype")
            || e.messageKey().equals("catalog.file.badXml"),
        e.messageKey());
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE BMECAT [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<BMECAT><T_NEW_CATALOG><ARTICLE><SUPPLIER_AID>&l9;</SUPPLIER_AID></ARTICLE></T_NEW_CATALOG></BMECAT>";
    long start = System.nanoTime();
    assertThrows(CatalogFileException.class, () -> bmecat(bomb, Map.of()));
    assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused at once");
  }

  @Test
  void notBmecatAndBrokenXmlAreFileErrors() {
    CatalogFileException other =
        assertThrows(CatalogFileException.class, () -> bmecat("<html><body/></html>", Map.of()));
    assertEquals("catalog.file.notBmecat", other.messageKey());
    CatalogFileException broken =
        assertThrows(
            CatalogFileException.class,
            () -> bmecat("<BMECAT><T_NEW_CATALOG><ARTICLE></BMECAT>", Map.of()));
    assertEquals("catalog.file.badXml", broken.messageKey());
  }

  @Test
  void theContentHashChangesWithContentButNotWithActive() throws IOException {
    Result a = csv(HEADER + "NET-1,Switch,x,networking,1.0,EUR\n");
    Result b = csv(HEADER + "NET-1,Switch,x,networking,1.00,EUR\n");
    Result c = csv(HEADER + "NET-1,Switch!,x,networking,1,EUR\n");
    assertEquals(a.valid().get(0).contentHash(), b.valid().get(0).contentHash());
    assertFalse(a.valid().get(0).contentHash().equals(c.valid().get(0).contentHash()));
  }
}
