package org.channelport.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/** What every API resource checks of a request the same way: paging, a body, list filters. */
public final class ApiRequests {
  /** The response header with the number of all matching rows of a paged list. */
  public static final String TOTAL_COUNT = "X-Total-Count";

  private ApiRequests() {}

  /** offset ≥ 0 and 1 ≤ limit ≤ {@link org.channelport.shared.PageRequest#MAX_SIZE}, or 400. */
  public static void checkPaging(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > org.channelport.shared.PageRequest.MAX_SIZE) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "limit", "error.api.paging", org.channelport.shared.PageRequest.MAX_SIZE)));
    }
  }

  /** The request's body, or 400 when there is none. */
  public static <T> T body(T body) {
    if (body == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    return body;
  }

  /** List filters from name/value pairs; values the caller left out are not filters. */
  public static Map<String, String> filters(String... namesAndValues) {
    Map<String, String> filters = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        filters.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return filters;
  }
}
