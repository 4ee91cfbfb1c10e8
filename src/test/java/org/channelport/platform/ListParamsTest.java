package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.lead.LeadStatus;
import org.channelport.partner.PartnerTier;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListParamsTest {
  static final ListParams LIST =
      ListParams.paged(List.of("name", "tier", "updatedAt"), "name", true)
          .text("q", 10)
          .oneOf("tier", PartnerTier.class)
          .someOf("status", LeadStatus.class)
          .id("partnerId")
          .whole("errors", 0, 1000)
          .decimal("minPrice")
          .bool("pool")
          .date("since")
          .country("country")
          .build();

  static Map<String, List<String>> query(String... namesAndValues) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return query;
  }

  static List<FieldError> errors(String... namesAndValues) {
    return assertThrows(InvalidInputException.class, () -> LIST.parse(query(namesAndValues)))
        .errors();
  }

  static FieldError error(String... namesAndValues) {
    List<FieldError> errors = errors(namesAndValues);
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  @Test
  void nothingGivenIsTheFirstPageInTheDefaultOrder() {
    PageRequest page = LIST.parse(Map.of());
    assertEquals(0, page.first());
    assertEquals(ListParams.DEFAULT_LIMIT, page.size());
    assertEquals("name", page.sortField());
    assertTrue(page.ascending());
    assertTrue(page.filters().isEmpty());
  }

  @Test
  void validValuesComeOutNormalised() {
    PageRequest page =
        LIST.parse(
            query(
                "offset",
                "0020",
                "limit",
                "200",
                "sort",
                "updatedAt",
                "order",
                "DESC",
                "q",
                " abc ",
                "tier",
                "Gold",
                "status",
                "NEW, dispatched,new",
                "partnerId",
                "7",
                "errors",
                "0",
                "minPrice",
                "12.50",
                "pool",
                "TRUE",
                "since",
                "2026-12-31",
                "country",
                "de"));
    assertEquals(20, page.first());
    assertEquals(200, page.size());
    assertEquals("updatedAt", page.sortField());
    assertFalse(page.ascending());
    assertEquals("abc", page.filter("q"));
    assertEquals("gold", page.filter("tier"));
    assertEquals("new,dispatched", page.filter("status"));
    assertEquals("7", page.filter("partnerId"));
    assertEquals("0", page.filter("errors"));
    assertEquals("12.50", page.filter("minPrice"));
    assertEquals("true", page.filter("pool"));
    assertEquals("2026-12-31", page.filter("since"));
    assertEquals("DE", page.filter("country"));
  }

  @Test
  void anEmptyValueIsLikeLeavingTheParameterOut() {
    PageRequest page = LIST.parse(query("limit", "", "tier", " ", "sort", ""));
    assertEquals(ListParams.DEFAULT_LIMIT, page.size());
    assertNull(page.filter("tier"));
    assertEquals("name", page.sortField());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "1e3", "-5", "+5", "1.0", "0x10", "99999999999999999999", "10000001", "٣"})
  void offsetMustBeAWholeNumberInRange(String offset) {
    FieldError e = error("offset", offset);
    assertEquals("offset", e.field());
    assertEquals("must be a whole number from 0 to 10000000", e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1e3", "0", "201", "-1", "99999999999999999999", "1 0"})
  void limitMustBeAWholeNumberFromOneToTheMaximum(String limit) {
    FieldError e = error("limit", limit);
    assertEquals("limit", e.field());
    assertEquals("must be a whole number from 1 to " + PageRequest.MAX_SIZE, e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bogus", "name;DROP TABLE partner", "NAME", "name desc", "id"})
  void sortMustBeOneOfTheListsSortFields(String sort) {
    FieldError e = error("sort", sort);
    assertEquals("sort", e.field());
    assertEquals("must be one of: name, tier, updatedAt", e.message());
  }

  @Test
  void orderIsAscOrDesc() {
    FieldError e = error("order", "sideways");
    assertEquals("order", e.field());
    assertEquals("must be one of: asc, desc", e.message());
  }

  @Test
  void anEnumListsItsAllowedValues() {
    FieldError e = error("tier", "diamond");
    assertEquals("tier", e.field());
    assertEquals("must be one of: registered, silver, gold, platinum", e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bogus", "new,bogus", "new,", ",", "new;dispatched"})
  void aCommaListMustHaveOnlyAllowedValues(String status) {
    FieldError e = error("status", status);
    assertEquals("status", e.field());
    assertTrue(e.message().contains("new, dispatched, accepted"), e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1 OR 1=1", "0", "-1", "1.5", "99999999999999999999"})
  void anIdIsAWholeNumberFromOne(String id) {
    assertEquals("partnerId", error("partnerId", id).field());
  }

  @Test
  void aBoundedNumberNamesItsRange() {
    FieldError e = error("errors", "-5");
    assertEquals("errors", e.field());
    assertEquals("must be a whole number from 0 to 1000", e.message());
    assertEquals("errors", error("errors", "1001").field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "1e3", "1,5", "NaN", "12.", ".5", "1.1234567"})
  void aDecimalIsPlainAndNotNegative(String price) {
    assertEquals("minPrice", error("minPrice", price).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "1", "yes", "on"})
  void aBooleanIsTrueOrFalseOnly(String pool) {
    FieldError e = error("pool", pool);
    assertEquals("pool", e.field());
    assertEquals("must be true or false", e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "31.12.2026", "2026-1-1", "yesterday"})
  void aDateIsAnIsoDate(String since) {
    assertEquals("since", error("since", since).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"D", "DEU", "1A", "D\u0000"})
  void aCountryIsTwoLetters(String country) {
    assertEquals("country", error("country", country).field());
  }

  @Test
  void textIsLengthLimitedAndHasNoControlCharacters() {
    assertEquals(
        "must be at most 10 characters, without control characters",
        error("q", "12345678901").message());
    assertEquals("q", error("q", "a\u0000b").field());
    assertEquals("q", error("q", "a\uFFFDb").field());
    assertEquals("1234567890", LIST.parse(query("q", "1234567890")).filter("q"));
  }

  @Test
  void anUnknownParameterIsRefusedListingTheKnownOnes() {
    FieldError e = error("stauts", "new");
    assertEquals("stauts", e.field());
    assertEquals(
        "is not a parameter of this call; it knows: offset, limit, sort, order, q, tier, status,"
            + " partnerId, errors, minPrice, pool, since, country",
        e.message());
  }

  @Test
  void aRepeatedParameterIsRefused() {
    FieldError e = error("limit", "1", "limit", "2");
    assertEquals("limit", e.field());
    assertTrue(e.message().contains("more than once"), e.message());
  }

  @Test
  void everyProblemOfARequestIsReportedAtOnce() {
    List<FieldError> errors =
        errors(
            "offset", "-5", "limit", "abc", "sort", "bogus", "order", "up", "tier", "x", "y", "1");
    assertEquals(
        List.of("y", "offset", "limit", "sort", "order", "tier"),
        errors.stream().map(FieldError::field).toList());
  }

  @Test
  void noMessageNamesAJavaClass() {
    List<FieldError> errors =
        errors(
            "offset",
            "x",
            "limit",
            "x",
            "sort",
            "x",
            "order",
            "x",
            "q",
            "\u0000",
            "tier",
            "x",
            "status",
            "x",
            "partnerId",
            "x",
            "errors",
            "x",
            "minPrice",
            "x",
            "pool",
            "x",
            "since",
            "x",
            "country",
            "x",
            "what",
            "x");
    assertEquals(14, errors.size());
    for (FieldError e : errors) {
      assertFalse(e.message().matches("(?s).*(java|Exception|org\\.|\\{\\d\\}).*"), e.message());
      assertFalse(e.message(Locale.forLanguageTag("pl")).contains("{"), e.message());
    }
  }

  @Test
  void aPlainEndpointKnowsNoPaging() {
    ListParams status = ListParams.plain().whole("errors", 0, 1000).build();
    assertEquals("500", status.parse(query("errors", "500")).filter("errors"));
    assertEquals(
        "limit",
        assertThrows(InvalidInputException.class, () -> status.parse(query("limit", "5")))
            .errors()
            .get(0)
            .field());
  }

  @Test
  void aDefaultSortMustBeASortField() {
    assertThrows(
        IllegalArgumentException.class, () -> ListParams.paged(List.of("name"), "id", true));
  }
}
