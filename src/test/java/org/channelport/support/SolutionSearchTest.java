package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.channelport.platform.TestDatabase;
import org.channelport.support.SolutionRanking.Context;
import org.channelport.support.SolutionSearch.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The knowledge base's SQL on a real MariaDB with the portal's schema: the FULLTEXT index in
 * boolean mode finds half-typed words as prefixes, takes the user's operators as nothing, folds
 * accents through the column's collation, keeps drafts from partners; the list without words
 * filters by product and category.
 */
class SolutionSearchTest {
  static DataSource db;
  static SolutionSearch search;

  @BeforeAll
  static void corpus() throws SQLException {
    db = TestDatabase.migrated();
    search = new SolutionSearch(db);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM solution_sku WHERE solution_id BETWEEN 900001 AND 900099");
      s.executeUpdate("DELETE FROM solution_category WHERE solution_id BETWEEN 900001 AND 900099");
      s.executeUpdate("DELETE FROM solution WHERE id BETWEEN 900001 AND 900099");
    }
    insert(
        900001,
        "Switch does not power up after a firmware update",
        "Power LED and link LEDs stay off.",
        "Hold reset for 15 seconds.",
        true,
        "NET-SW24",
        "switches");
    insert(
        900002,
        "Access point reboots in a loop",
        "The switch port shows power drops.",
        "Check the PoE budget of the switch.",
        true,
        "NET-AP6",
        "wireless");
    insert(
        900003,
        "Przełącznik nie włącza się po aktualizacji",
        "Diody nie świecą, zasilacz działa.",
        "Przytrzymaj przycisk reset.",
        true,
        "NET-SW24",
        "switches");
    insert(
        900004,
        "Switch draft about power supplies",
        "Never published.",
        "Power supply steps.",
        false,
        "NET-SW48",
        "switches");
  }

  @AfterAll
  static void cleanUp() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM solution WHERE id BETWEEN 900001 AND 900099");
    }
  }

  static void insert(
      long id,
      String title,
      String symptoms,
      String steps,
      boolean published,
      String sku,
      String category)
      throws SQLException {
    try (Connection c = db.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO solution (id, title, symptoms, steps, published, solved_count,"
                  + " created_by, created_at, updated_by, updated_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, 0, 'test', NOW(6), 'test', NOW(6), 0)")) {
        s.setLong(1, id);
        s.setString(2, title);
        s.setString(3, symptoms);
        s.setString(4, steps);
        s.setBoolean(5, published);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO solution_sku (solution_id, sku) VALUES (?, ?)")) {
        s.setLong(1, id);
        s.setString(2, sku);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO solution_category (solution_id, code) VALUES (?, ?)")) {
        s.setLong(1, id);
        s.setString(2, category);
        s.executeUpdate();
      }
    }
  }

  static List<Long> ranked(String text, Boolean published, Context context) {
    return search
        .ranked(SolutionRanking.parse(text), text, published, context, SolutionSearch.CANDIDATES)
        .stream()
        .map(h -> h.ranked().solution().id())
        .filter(id -> id > 900000)
        .toList();
  }

  static double score(String text, Context context, long id) {
    return search
        .ranked(SolutionRanking.parse(text), text, true, context, SolutionSearch.CANDIDATES)
        .stream()
        .filter(h -> h.ranked().solution().id() == id)
        .findFirst()
        .orElseThrow()
        .ranked()
        .score();
  }

  @Test
  void theWordsTypedSoFarFindTheSolutionWithThemInItsTitleFirst() {
    assertEquals(List.of(900001L, 900002L), ranked("switch does not power", true, Context.NONE));
    assertEquals(900001L, ranked("switch does not pow", true, Context.NONE).get(0));
    assertEquals(List.of(900001L), ranked("firmw", true, Context.NONE));
  }

  @Test
  void draftsOnlyWhenAskedFor() {
    assertFalse(ranked("power supplies", true, Context.NONE).contains(900004L));
    assertTrue(ranked("power supplies", null, Context.NONE).contains(900004L));
    assertEquals(List.of(900004L), ranked("supplies", false, Context.NONE));
  }

  @Test
  void accentsAreTheCollationsBusiness() {
    // typed with the accents or without: the index's collation (utf8mb4_unicode_ci) folds them
    assertEquals(List.of(900003L), ranked("przełącznik", true, Context.NONE));
    assertEquals(List.of(900003L), ranked("PRZEŁĄCZ", true, Context.NONE));
    assertEquals(List.of(900003L), ranked("swieca diody", true, Context.NONE));
  }

  @Test
  void theIssuesProductLiftsItsSolution() {
    // "power" is in the switch solution's title, in the access point's symptoms only
    assertEquals(List.of(900001L, 900002L), ranked("power", true, Context.NONE));
    assertEquals(
        List.of(900002L, 900001L), ranked("power", true, new Context("NET-AP6", Set.of())));
    // the category lifts less than the product: not above a title hit, but above what it was
    assertTrue(
        score("power", new Context(null, Set.of("wireless")), 900002L)
            > score("power", Context.NONE, 900002L));
    assertEquals(
        score("power", Context.NONE, 900001L),
        score("power", new Context(null, Set.of("wireless")), 900001L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+switch -power",
        "\"switch power\"",
        "switch* (power) ~led",
        "switch @3 <power >led",
        "switch' OR '1'='1",
        "switch\\\\ power%_",
        "MATCH AGAINST IN BOOLEAN MODE",
        "it is on"
      })
  void whateverIsTypedTheQueryRuns(String text) {
    List<Long> found = ranked(text, true, Context.NONE);
    if (text.toLowerCase().contains("switch")) {
      assertEquals(900001L, found.get(0), text);
    }
  }

  @Test
  void withoutWordsTheListFiltersByProductAndCategory() {
    List<Long> sw24 =
        search.browse(new Filter(true, "NET-SW24", null), null, false, 0, 200).stream()
            .map(r -> r.candidate().id())
            .filter(id -> id > 900000)
            .toList();
    assertEquals(Set.of(900001L, 900003L), Set.copyOf(sw24));
    List<Long> switches =
        search.browse(new Filter(null, null, "switches"), "title", true, 0, 200).stream()
            .map(r -> r.candidate().id())
            .filter(id -> id > 900000)
            .toList();
    assertEquals(List.of(900003L, 900001L, 900004L), switches);
    assertTrue(search.count(new Filter(true, "NET-SW24", null)) >= 2);
    assertEquals(
        Set.of("NET-SW24"),
        search.browse(new Filter(true, "NET-SW24", null), null, false, 0, 200).stream()
            .filter(r -> r.candidate().id() == 900001L)
            .findFirst()
            .orElseThrow()
            .candidate()
            .skus());
  }
}
