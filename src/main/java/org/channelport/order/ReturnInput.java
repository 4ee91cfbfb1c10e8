package org.channelport.order;

import java.util.List;

/**
 * A return request: which order, which of its lines and how many of each, and why. {@code key}
 * makes the request idempotent: a request with the key of an earlier return of the same order
 * answers that return (the same lines and reason) instead of making another; with other lines or
 * another reason it is refused. Callers that retry (the service issue's return, an API client) pass
 * one; null makes every request a new return.
 *
 * @param orderId the original order (one the caller may see)
 * @param lines the original's line numbers and the quantities sent back
 * @param key at most 100 characters, e.g. the service issue's number
 */
public record ReturnInput(Long orderId, List<Line> lines, String reason, String key) {

  /**
   * @param lineNo a line of the original order
   * @param quantity from 1 up to what has shipped of the line and was not returned yet
   */
  public record Line(Integer lineNo, Long quantity) {}
}
