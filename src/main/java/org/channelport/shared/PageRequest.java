package org.channelport.shared;

import java.util.Map;

/** One page of a list: where it starts, how long it is, how it is sorted and filtered. */
public record PageRequest(
    int first, int size, String sortField, boolean ascending, Map<String, String> filters) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.min(Math.max(1, size), MAX_SIZE);
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  public String filter(String name) {
    String value = filters.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
