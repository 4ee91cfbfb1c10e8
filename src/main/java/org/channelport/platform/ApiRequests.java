package org.channelport.platform;

import java.util.List;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * What every API resource checks of a request the same way: a body, the total-count header. Query
 * parameters (paging, sorting, filters) go through {@link ListParams}.
 */
public final class ApiRequests {
  /** The response header with the number of all matching rows of a paged list. */
  public static final String TOTAL_COUNT = "X-Total-Count";

  private ApiRequests() {}

  /** The request's body, or 400 when there is none. */
  public static <T> T body(T body) {
    if (body == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    return body;
  }
}
