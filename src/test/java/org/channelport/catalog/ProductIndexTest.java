package org.channelport.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductIndexTest {
  @TempDir Path dir;

  ListProductSource catalog;
  ProductIndex index;

  static final long SWITCHES = 10;
  static final long CABLES = 20;

  static IndexedProduct product(
      long id,
      String sku,
      String name,
      String description,
      long category,
      String maker,
      String mpn,
      String price,
      boolean active,
      boolean inStock) {
    return new IndexedProduct(
        id,
        sku,
        name,
        description,
        category,
        maker,
        mpn,
        new BigDecimal(price),
        active,
        inStock,
        0);
  }

  @BeforeEach
  void smallCatalog() {
    catalog = new ListProductSource();
    catalog.upload(
        List.of(
            product(
                1,
                "SW-1000",
                "Lintorzen Switch 24 Port",
                "A managed network switch",
                SWITCHES,
                "Lintorzen",
                "LZ-24G",
                "199.00",
                true,
                true),
            product(
                2,
                "SW-2000",
                "Lintorzen Switch 48 Port",
                "Managed switch for racks",
                SWITCHES,
                "Lintorzen",
                "LZ-48G",
                "399.00",
                true,
                false),
            product(
                3,
                "CB-1",
                "Patch cable 2 m",
                "Cable with SW-1000 connectors",
                CABLES,
                "Kabelwerk",
                "KW-2",
                "4.50",
                true,
                true),
            product(
                4,
                "CB-2",
                "Netzwerkkabel geschirmt",
                "Geschirmte Kabel für Schränke",
                CABLES,
                "Kabelwerk",
                "KW-3",
                "6.00",
                true,
                true),
            product(
                5,
                "PL-1",
                "Przełącznik sieciowy",
                "Przełączniki do szafy",
                SWITCHES,
                "Śnieżka",
                "SN-1",
                "120.00",
                true,
                true),
            product(
                6,
                "OLD-1",
                "Lintorzen Switch 8 Port",
                "Retired switch",
                SWITCHES,
                "Lintorzen",
                "LZ-8",
                "49.00",
                false,
                true),
            product(
                7,
                "CB-3",
                "Connector housing",
                "Housings for connectors",
                CABLES,
                "Kabelwerk",
                "KW-4",
                "1.20",
                true,
                true)));
    index = new ProductIndex(dir.resolve("index"), catalog);
    assertFalse(index.open(), "no index yet");
    assertEquals(7, index.rebuild());
  }

  @AfterEach
  void close() {
    index.close();
  }

  ProductIndexResult search(String q) {
    return index.search(
        new ProductIndexQuery(
            q,
            null,
            null,
            null,
            true,
            null,
            null,
            Set.of(),
            "relevance",
            true,
            0,
            10,
            List.of(),
            false,
            false));
  }

  List<String> skus(ProductIndexResult r) {
    return r.ids().stream().map(id -> catalog.get(id).sku()).toList();
  }

  @Test
  void anExactSkuComesFirstEvenWhenAnotherProductMentionsIt() {
    assertEquals("SW-1000", skus(search("SW-1000")).get(0));
    assertEquals("SW-1000", skus(search("sw-1000")).get(0));
  }

  @Test
  void anExactManufacturerPartNumberComesFirst() {
    assertEquals(List.of("SW-2000"), skus(search("LZ-48G")).subList(0, 1));
  }

  @Test
  void aTypoInALongWordIsForgiven() {
    assertTrue(skus(search("lintorzn")).contains("SW-1000"));
    assertTrue(skus(search("swtich 24")).contains("SW-1000"));
  }

  @Test
  void aTypoInAShortWordIsNot() {
    assertFalse(skus(search("patc cable")).contains("CB-1"), "4 letters: no typo allowed");
    assertTrue(skus(search("pacth cable")).contains("CB-1"), "5 letters: one edit allowed");
    assertTrue(search("zzzz").ids().isEmpty());
  }

  @Test
  void wordsAreFoundByTheirStemInEnglishGermanAndPolish() {
    assertTrue(skus(search("switches")).contains("SW-1000"), "English plural");
    assertTrue(skus(search("cables")).contains("CB-1"), "English plural");
    assertTrue(skus(search("Schrank")).contains("CB-2"), "German plural (Schränke)");
    assertTrue(skus(search("przełączniki")).contains("PL-1"), "Polish plural");
  }

  @Test
  void accentsDoNotMatter() {
    assertTrue(skus(search("przelacznik")).contains("PL-1"));
    assertTrue(skus(search("SCHRANKE")).contains("CB-2"));
    assertTrue(skus(search("sniezka")).contains("PL-1"));
  }

  @Test
  void theLastWordIsAlsoTheStartOfAWord() {
    assertTrue(skus(search("lintorzen swi")).contains("SW-1000"));
    assertTrue(skus(search("conn")).contains("CB-3"));
    assertFalse(skus(search("conn lintorzen")).contains("CB-3"), "only the last word");
  }

  @Test
  void aStartWithVeryManyCompletionsFindsTheMostCommonOnes() {
    // 100 model words that start alike, one product each, and one word of three products
    List<IndexedProduct> models = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      models.add(
          product(
              100 + i,
              "ZT-" + i,
              "Zetamodel" + i + "x bridge",
              "",
              SWITCHES,
              "Zeta",
              "Z" + i,
              "10.00",
              true,
              true));
    }
    for (int i = 0; i < 3; i++) {
      models.add(
          product(
              300 + i,
              "ZP-" + i,
              "Zetapopular bridge " + i,
              "",
              SWITCHES,
              "Zeta",
              "ZP" + i,
              "10.00",
              true,
              true));
    }
    catalog.upload(models);
    index.catchUp();
    ProductIndexResult found =
        index.search(
            new ProductIndexQuery(
                "bridge zetamodel1",
                null,
                null,
                null,
                true,
                null,
                null,
                Set.of(),
                "relevance",
                true,
                0,
                200,
                List.of(),
                false,
                false));
    assertEquals(11, found.total(), "every completion when there are few (1, 10 to 19)");
    ProductIndexResult wide =
        index.search(
            new ProductIndexQuery(
                "bridge zet",
                null,
                null,
                null,
                true,
                null,
                null,
                Set.of(),
                "relevance",
                true,
                0,
                200,
                List.of(),
                false,
                false));
    assertTrue(
        skus(wide).containsAll(List.of("ZP-0", "ZP-1", "ZP-2")), "the most common completion");
    assertEquals(
        ProductIndex.MAX_PREFIX_TERMS + 2,
        wide.total(),
        "at most so many completions (the most common one is in three products)");
  }

  @Test
  void nameAndSkuWeighMoreThanTheDescription() {
    // "connector" is in CB-3's name and in CB-1's description
    List<String> found = skus(search("connector"));
    assertEquals("CB-3", found.get(0));
    assertTrue(found.contains("CB-1"));
  }

  @Test
  void anInactiveProductIsNeverFound() {
    assertFalse(skus(search("lintorzen switch")).contains("OLD-1"));
    assertFalse(skus(search("OLD-1")).contains("OLD-1"));
    assertFalse(skus(search("retired")).contains("OLD-1"));
  }

  @Test
  void featuredProductsComeFirstAmongEqualMatches() {
    ProductIndexQuery q =
        new ProductIndexQuery(
            "lintorzen",
            null,
            null,
            null,
            true,
            null,
            null,
            Set.of(),
            "relevance",
            true,
            0,
            10,
            List.of(),
            false,
            false);
    List<String> plain = skus(index.search(q));
    String last = plain.get(plain.size() - 1);
    long lastId = index.search(q).ids().get(plain.size() - 1);
    List<String> featured = skus(index.search(q.withFeatured(Set.of(lastId))));
    assertEquals(last, featured.get(0));
  }

  @Test
  void filtersAreInTheSameQuery() {
    ProductIndexQuery q =
        new ProductIndexQuery(
            "lintorzen",
            Set.of(CABLES),
            null,
            null,
            true,
            null,
            null,
            Set.of(),
            "relevance",
            true,
            0,
            10,
            List.of(),
            false,
            false);
    assertTrue(index.search(q).ids().isEmpty(), "no Lintorzen among cables");
    ProductIndexQuery cheap =
        new ProductIndexQuery(
            "switch",
            null,
            null,
            new BigDecimal("200.00"),
            true,
            null,
            null,
            Set.of(),
            "relevance",
            true,
            0,
            10,
            List.of(),
            false,
            false);
    assertEquals(
        List.of("SW-1000"),
        skus(index.search(cheap)),
        "the 48 port is dearer, the 8 port inactive");
  }

  @Test
  void aPriceBoundBeyondWhatTheIndexHoldsFiltersInsteadOfFailing() {
    // the API takes up to 15 digits and 6 decimals: beyond the index's long a failing search
    // would close the index for every caller
    BigDecimal huge = new BigDecimal("999999999999999.999999");
    ProductIndexQuery above =
        new ProductIndexQuery(
            null, null, huge, null, true, null, null, Set.of(), "name", true, 0, 10, List.of(),
            false, false);
    assertEquals(0, index.search(above).total());
    ProductIndexQuery below =
        new ProductIndexQuery(
                null, null, null, huge, true, null, null, Set.of(), "name", true, 0, 10, List.of(),
                false, false)
            .withFacets(List.of(new BigDecimal("10"), huge));
    ProductIndexResult all = index.search(below);
    assertEquals(6, all.total());
    assertEquals(6, all.facets().priceRanges().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void aVeryLongWordIsSearchedWithoutFailing() {
    // a failing search closes the index for every caller: the longest word a search takes
    StringBuilder word = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    while (word.length() < 200) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    assertEquals(0, search(word.toString()).total());
    assertEquals(0, search("x" + "ab".repeat(99) + "y").total());
  }

  @Test
  void facetCountsAddUpToTheMatches() {
    ProductIndexQuery q =
        new ProductIndexQuery(
                null, null, null, null, true, null, null, Set.of(), "name", true, 0, 3, List.of(),
                false, false)
            .withFacets(List.of(new BigDecimal("10"), new BigDecimal("200")));
    ProductIndexResult r = index.search(q);
    assertEquals(6, r.total());
    assertEquals(3, r.hits().size());
    var f = r.facets();
    assertEquals(3L, f.categories().get(SWITCHES));
    assertEquals(3L, f.categories().get(CABLES));
    assertEquals(6, f.categories().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(6, f.manufacturers().stream().mapToLong(ProductIndexResult.Count::count).sum());
    assertEquals("Kabelwerk", f.manufacturers().get(0).value());
    assertEquals(List.of(3L, 2L, 1L), f.priceRanges());
    assertEquals(5, f.inStock());
    assertEquals(1, f.outOfStock());
    // a click on a facet: the count it showed is what the search then finds
    ProductIndexResult kabel = index.search(q.withFacetFilters("Kabelwerk", null));
    assertEquals(3, kabel.total());
    ProductIndexResult cheap =
        index.search(
            new ProductIndexQuery(
                    null,
                    null,
                    new BigDecimal("10"),
                    new BigDecimal("199.9999"),
                    true,
                    null,
                    null,
                    Set.of(),
                    "name",
                    true,
                    0,
                    3,
                    List.of(),
                    false,
                    false)
                .withFacets(List.of()));
    assertEquals(2, cheap.total());
    ProductIndexResult out = index.search(q.withFacetFilters(null, false));
    assertEquals(1, out.total());
  }

  @Test
  void matchesAreMarkedInEscapedSnippets() {
    catalog.upload(
        List.of(
            product(
                8,
                "X-1",
                "Rack <b>shelf</b>",
                "Shelf & rails for racks",
                CABLES,
                "A&B",
                null,
                "10.00",
                true,
                true)));
    index.catchUp();
    ProductIndexResult r =
        index.search(
            new ProductIndexQuery(
                    "shelf",
                    null,
                    null,
                    null,
                    true,
                    null,
                    null,
                    Set.of(),
                    "relevance",
                    true,
                    0,
                    5,
                    List.of(),
                    false,
                    false)
                .withHighlight());
    ProductIndexResult.Hit hit = r.hits().get(0);
    assertEquals("Rack &lt;b&gt;<mark>shelf</mark>&lt;&#x2F;b&gt;", hit.nameHtml());
    assertNotNull(hit.snippetHtml());
    assertTrue(hit.snippetHtml().startsWith("<mark>Shelf</mark> &amp; rails"), hit.snippetHtml());
  }

  @Test
  void anUploadInsertsChangesAndDeactivates() {
    long revision =
        catalog.upload(
            List.of(
                product(
                    9,
                    "NEW-1",
                    "Fibre transceiver",
                    "SFP module",
                    CABLES,
                    "Optix",
                    "OX-1",
                    "30.00",
                    true,
                    true),
                product(
                    1,
                    "SW-1000",
                    "Lintorzen Router 24 Port",
                    "A router now",
                    SWITCHES,
                    "Lintorzen",
                    "LZ-24G",
                    "199.00",
                    true,
                    true),
                product(
                    2,
                    "SW-2000",
                    "Lintorzen Switch 48 Port",
                    "Managed switch for racks",
                    SWITCHES,
                    "Lintorzen",
                    "LZ-48G",
                    "399.00",
                    false,
                    false)));
    assertTrue(search("transceiver").ids().isEmpty(), "not before the index catches up");
    assertEquals(3, index.catchUp());
    assertEquals(revision, index.revision());
    assertEquals(List.of("NEW-1"), skus(search("transceiver")));
    assertEquals(List.of("SW-1000"), skus(search("router")));
    assertFalse(skus(search("switch")).contains("SW-1000"), "the old name is gone");
    assertFalse(skus(search("switch")).contains("SW-2000"), "deactivated");
    assertEquals(0, index.catchUp(), "nothing new");
  }

  @Test
  void anIndexLeftByAnEarlierRunIsOpenedAndCaughtUp() {
    index.close();
    catalog.upload(
        List.of(
            product(
                9,
                "NEW-1",
                "Fibre transceiver",
                "SFP",
                CABLES,
                "Optix",
                null,
                "30.00",
                true,
                true)));
    ProductIndex again = new ProductIndex(dir.resolve("index"), catalog);
    assertTrue(again.open());
    assertEquals(2, again.revision(), "caught up while opening");
    assertEquals(0, again.catchUp());
    index = again;
    assertEquals(List.of("NEW-1"), skus(search("transceiver")));
  }

  @Test
  void anIndexAheadOfTheCatalogIsRebuiltNotTrusted() {
    long before = catalog.revision();
    catalog.upload(
        List.of(
            product(
                9,
                "NEW-1",
                "Fibre transceiver",
                "SFP",
                CABLES,
                "Optix",
                null,
                "30.00",
                true,
                true)));
    index.catchUp();
    index.close();
    catalog.restoreTo(before);
    ProductIndex again = new ProductIndex(dir.resolve("index"), catalog);
    assertFalse(again.open(), "the index holds a revision the catalog has not");
    again.rebuild();
    index = again;
    assertTrue(search("transceiver").ids().isEmpty());
  }

  @Test
  void anIndexOfAnotherCatalogIsRebuiltNotTrusted() {
    index.close();
    // another database at the same revision, with other products
    catalog.restoreTo(0);
    catalog.upload(
        List.of(
            product(
                50, "OTHER-1", "Other catalog", "x", CABLES, "Optix", null, "1.00", true, true)));
    ProductIndex again = new ProductIndex(dir.resolve("index"), catalog);
    assertFalse(again.open());
    again.rebuild();
    index = again;
    assertEquals(List.of("OTHER-1"), skus(search("other")));
  }

  @Test
  void aDeletedIndexFolderIsRebuiltFromTheCatalog() throws IOException {
    index.close();
    deleteTree(dir.resolve("index"));
    ProductIndex again = new ProductIndex(dir.resolve("index"), catalog);
    assertFalse(again.ready());
    assertFalse(again.open());
    assertEquals(7, again.rebuild());
    index = again;
    assertEquals("SW-1000", skus(search("SW-1000")).get(0));
  }

  @Test
  void aDamagedIndexIsNotOpenedButRebuilt() throws IOException {
    index.close();
    try (Stream<Path> files = Files.list(dir.resolve("index"))) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    ProductIndex again = new ProductIndex(dir.resolve("index"), catalog);
    assertFalse(again.open());
    assertEquals(7, again.rebuild());
    index = again;
    assertEquals(List.of("CB-2"), skus(search("Netzwerkkabel")));
  }

  @Test
  void suggestionsMatchTheStartOfTheLastWord() {
    var found = index.suggest("lintorzen sw", null, 5);
    assertEquals(2, found.size(), found.toString());
    assertTrue(index.suggest("lintorzen sw", Set.of(CABLES), 5).isEmpty());
    assertEquals("PL-1", index.suggest("prze", null, 5).get(0).sku());
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
