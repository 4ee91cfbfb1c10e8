package org.channelport.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading a list filter's text (a {@code PageRequest} filter, already checked by {@link ListParams}
 * on the API, free text from a page's column filter otherwise) into what a {@link ListQuery}
 * compares. Each gives null for "no filter" (no text) and a value that names nothing for text that
 * cannot be read, so that a bad value finds no rows rather than all of them.
 */
public final class ListFilters {
  private ListFilters() {}

  /** Puts a page's filter value into a request's filters when it has text (stripped). */
  public static void put(Map<String, String> filters, String key, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(key, value.strip());
    }
  }

  /** A whole number of at most 18 digits, or null (no text, or not such a number). */
  public static Long id(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.strip();
    if (digits.isEmpty()
        || digits.length() > 18
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Long.valueOf(digits);
  }

  /**
   * The codes of a comma-separated list ({@code new,dispatched}), each read by {@code parse},
   * unknown ones dropped, each once; null without text, empty when no code was known.
   */
  public static <E> List<E> codes(String text, Function<String, Optional<E>> parse) {
    if (text == null) {
      return null;
    }
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .map(parse)
        .flatMap(Optional::stream)
        .distinct()
        .toList();
  }

  /** {@code true} for "true" in any case; null without text; false otherwise. */
  public static Boolean bool(String text) {
    return text == null ? null : Boolean.parseBoolean(text.strip());
  }

  /** An ISO date ({@code 2026-12-31}), or null (no text, or not such a date). */
  public static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
