package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.channelport.shared.PageRequest;
import org.junit.jupiter.api.Test;

class ListQueryTest {
  private static final ListQuery.Sorts SORTS =
      ListQuery.sorts("x.id", ListQuery.Tie.SAME)
          .field("name", "x.name")
          .field("createdAt", "x.createdAt")
          .byDefault("createdAt", false);

  private static PageRequest sorted(String field, boolean ascending) {
    return new PageRequest(0, 50, field, ascending, Map.of());
  }

  /** What MariaDB's LIKE does with an explicit ESCAPE '!': only ! escapes; % and _ are wild. */
  private static boolean matches(String value, String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == ListQuery.ESCAPE) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }

  @Test
  void likePatternsMatchBackslashPercentUnderscoreAndBangLiterally() {
    assertEquals("%a\\b%", ListQuery.like("a\\b"));
    assertEquals("%50!%%", ListQuery.like("50%"));
    assertEquals("%a!_b%", ListQuery.like("a_b"));
    assertEquals("%a!!b%", ListQuery.like("a!b"));
    assertTrue(matches("xa\\by", ListQuery.like("a\\b")));
    assertTrue(!matches("ab", ListQuery.like("a\\b")));
    assertTrue(matches("up to 50% off", ListQuery.like("50%")));
    assertTrue(!matches("500 off", ListQuery.like("50%")));
    assertTrue(matches("a_b", ListQuery.like("a_b")));
    assertTrue(!matches("axb", ListQuery.like("a_b")));
    assertTrue(!matches("ab", ListQuery.like("a!b")));
  }

  @Test
  void containsComparesEveryPathWithTheEscapeClause() {
    ListQuery q = ListQuery.from("Lead l").contains("A\\B%", 3, "LOWER(l.company)", "l.email");
    assertEquals(
        " WHERE (LOWER(l.company) LIKE :p_0 ESCAPE '!' OR l.email LIKE :p_0 ESCAPE '!')",
        q.where());
    assertEquals(Map.of("p_0", "%a\\b%"), q.parameters());
  }

  @Test
  void scopeAndFiltersBecomeOneConditionWithParameters() {
    ListQuery q =
        ListQuery.from("Lead l")
            .where("l.partnerId = :scopePartner", Map.of("scopePartner", 7L))
            .equal("l.country", "DE")
            .equal("l.category", null)
            .in("l.status", List.of("a", "b"))
            .in("l.source", null)
            .equalId("l.customerId", "12");
    assertEquals(
        " WHERE l.partnerId = :scopePartner AND l.country = :p_0 AND l.status IN :p_1"
            + " AND l.customerId = :p_2",
        q.where());
    assertEquals(
        Map.of("scopePartner", 7L, "p_0", "DE", "p_1", List.of("a", "b"), "p_2", 12L),
        q.parameters());
  }

  @Test
  void unreadableFilterValuesMatchNothing() {
    assertEquals(" WHERE 1 = 0", ListQuery.from("Lead l").equalId("l.partnerId", "abc").where());
    assertEquals(" WHERE 1 = 0", ListQuery.from("Lead l").in("l.status", List.of()).where());
    assertEquals("", ListQuery.from("Lead l").equalId("l.partnerId", null).where());
    assertEquals(
        " WHERE l.status = :p_0", ListQuery.from("Lead l").in("l.status", List.of("a")).where());
  }

  @Test
  void sortsComeFromTheAllowListWithAStableTieBreak() {
    assertEquals(List.of("createdAt", "name"), SORTS.names());
    assertEquals("x.createdAt DESC, x.id DESC", SORTS.orderBy(sorted(null, true)));
    assertEquals("x.name ASC, x.id ASC", SORTS.orderBy(sorted("name", true)));
    assertEquals("x.name DESC, x.id DESC", SORTS.orderBy(sorted("name", false)));
    // a name outside the list is never put into the query
    assertEquals("x.createdAt DESC, x.id DESC", SORTS.orderBy(sorted("x.id; DROP", true)));
    ListQuery.Sorts byName =
        ListQuery.sorts("p.id", ListQuery.Tie.ASC).field("name", "p.name").byDefault("name");
    assertEquals("p.name DESC, p.id ASC", byName.orderBy(sorted(null, false)));
    assertThrows(IllegalArgumentException.class, () -> byName.byDefault("tier"));
    assertThrows(IllegalArgumentException.class, () -> byName.field("name", "p.other"));
  }

  @Test
  void filterParsersReadNumbersCodesBooleansAndDates() {
    assertEquals(42L, ListFilters.id(" 42 "));
    assertNull(ListFilters.id("-5"));
    assertNull(ListFilters.id("1e3"));
    assertNull(ListFilters.id("99999999999999999999"));
    assertNull(ListFilters.id("\u0664\u0662"));
    assertNull(ListFilters.id(null));
    assertEquals(
        List.of("new", "won"),
        ListFilters.codes(
            "new, bogus,won,new", t -> Optional.of(t).filter(c -> !c.equals("bogus"))));
    assertNull(ListFilters.codes(null, Optional::of));
    assertEquals(Boolean.TRUE, ListFilters.bool("TRUE"));
    assertEquals(Boolean.FALSE, ListFilters.bool("no"));
    assertEquals(LocalDate.of(2027, 3, 31), ListFilters.date("2027-03-31"));
    assertNull(ListFilters.date("2027-02-30"));
  }
}
