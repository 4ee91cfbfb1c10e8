package org.channelport.security;

import java.util.Set;
import org.channelport.shared.Transition;

/**
 * A {@link Transition} with the roles that may take it: the service requires one of them, a page
 * shows the step's button only to a caller who has one and only while the status allows it. A step
 * without roles is taken by the portal itself (a scheduled job, the rules), never by a caller.
 *
 * @param <S> the capability's status enum
 */
public interface RoleTransition<S extends Enum<S>> extends Transition<S> {
  /** The roles of which a caller needs one to take the step. */
  Set<Role> roles();

  /** The roles, for {@link AccessRules#require(Role...)}. */
  default Role[] roleArray() {
    return roles().toArray(Role[]::new);
  }

  default boolean takenBy(Caller caller) {
    return caller != null && roles().stream().anyMatch(caller::has);
  }

  /** Whether this caller may take the step on a record in {@code status} (the "can I" button). */
  default boolean allows(Caller caller, S status) {
    return takenBy(caller) && allowedFrom(status);
  }
}
