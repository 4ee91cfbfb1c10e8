package org.channelport.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.channelport.shared.Money;
import org.junit.jupiter.api.Test;

/** The small parts of the catalog: prices, search words, names, stored message arguments. */
class CatalogPartsTest {
  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  @Test
  void netPricesAreTheContractPriceOrTheBasePriceLessTheTierDiscount() {
    PriceContext gold = new PriceContext(1L, new BigDecimal("12"), LocalDate.of(2026, 1, 1));
    assertEquals(new BigDecimal("791.12"), gold.net(eur("899.00"), null).amount());
    assertEquals(new BigDecimal("700.00"), gold.net(eur("899.00"), eur("700")).amount());
    assertNull(PriceContext.NONE.net(eur("899.00"), eur("700")));
  }

  @Test
  void searchWordsBecomeARequiredPrefixQueryWithoutUserOperators() {
    assertEquals("+switch* +gigabit*", ProductSearch.booleanQuery("Switch, gigabit"));
    assertEquals("+net* +sw24*", ProductSearch.booleanQuery("NET-SW24"));
    assertEquals("+drop* +table*", ProductSearch.booleanQuery("+drop -table* \"<>()~"));
    assertNull(ProductSearch.booleanQuery("ap 6"), "too short for the index");
    assertNull(ProductSearch.booleanQuery(null));
  }

  @Test
  void uploadedFileNamesAreForDisplayOnly() {
    assertEquals(
        "passwd.csv", CatalogUploads.displayName("../../etc/passwd.csv", CatalogFormat.CSV));
    assertEquals("a.csv", CatalogUploads.displayName("C:\\x\\a.csv", CatalogFormat.CSV));
    assertEquals("catalog.xml", CatalogUploads.displayName(" \u0000 ", CatalogFormat.BMECAT));
  }

  @Test
  void storedMessageArgumentsComeBackAsTheyWent() {
    Object[] args = {12L, "unknown \u001f code", ""};
    assertArrayEquals(new Object[] {12L, "unknown   code", ""}, Args.split(Args.join(args)));
    assertNull(Args.join());
  }

  /** Every catalog.* and showroom.* key the Java code names is in the English bundle. */
  @Test
  void everyCatalogAndShowroomKeyTheCodeUsesExists() throws IOException {
    Properties bundle = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            Path.of("src/main/resources/org/channelport/messages.properties"),
            StandardCharsets.UTF_8)) {
      bundle.load(r);
    }
    Pattern used = Pattern.compile("\"((?:catalog|showroom)\\.[A-Za-z.]*[A-Za-z])\"");
    Set<String> missing = new TreeSet<>();
    for (String pkg : new String[] {"catalog", "showroom"}) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/channelport", pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = used.matcher(Files.readString(f));
          while (m.find()) {
            boolean fileName = m.group(1).endsWith(".csv") || m.group(1).endsWith(".xml");
            if (!fileName && !bundle.containsKey(m.group(1))) {
              missing.add(f.getFileName() + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
