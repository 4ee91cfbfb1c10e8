package org.channelport.shared;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One step of a status flow, declared once on the capability's step enum: the statuses it may be
 * taken from, the status it leads to and the message of the conflict when it is tried from another
 * status. The entity's guard, the batch SQL's {@code IN (…)} lists and the pages' buttons all read
 * the same declaration, so a new rule is written in one place.
 *
 * @param <S> the capability's status enum
 */
public interface Transition<S extends Enum<S>> {
  /** The statuses the step may be taken from. */
  Set<S> from();

  /** The status the step leads to; null for a step that keeps the status (an assignment, say). */
  S to();

  /** The message key of the conflict (409) when the step is tried from another status. */
  String conflictKey();

  default boolean allowedFrom(S status) {
    return status != null && from().contains(status);
  }

  /** The status after the step taken from {@code status}. */
  default S after(S status) {
    return to() == null ? status : to();
  }

  /** The conflict refusing the step, on field {@code status}, with the message's arguments. */
  default ConflictException refused(Object... args) {
    return new ConflictException("status", conflictKey(), args);
  }

  /** Refuses the step unless it may be taken from {@code status} (named in the message). */
  default void require(S status) {
    if (!allowedFrom(status)) {
      throw refused(Codes.of(status));
    }
  }

  /** The statuses the step may be taken from, as SQL writes them: {@code ('NEW', 'REJECTED')}. */
  default String sqlFrom() {
    return sqlList(from());
  }

  /** Statuses as an SQL list of their stored names, in declaration order. */
  static String sqlList(Collection<? extends Enum<?>> statuses) {
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("an SQL IN list needs at least one status");
    }
    return statuses.stream()
        .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
