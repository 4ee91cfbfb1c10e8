package org.channelport.order;

import java.util.regex.Pattern;

/** The readable order number: {@code CP-<year>-<id, at least 6 digits>}, e.g. CP-2026-000123. */
public final class OrderNumbers {
  public static final Pattern FORMAT = Pattern.compile("CP-[0-9]{4}-[0-9]{6,}");

  private OrderNumbers() {}

  public static String format(int year, long id) {
    if (id <= 0) {
      throw new IllegalArgumentException("an order number needs the order's id: " + id);
    }
    return String.format("CP-%04d-%06d", year, id);
  }
}
