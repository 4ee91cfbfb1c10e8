package org.channelport.order;

import static org.channelport.order.OrderStatus.AWAITING_APPROVAL;
import static org.channelport.order.OrderStatus.CANCELLED;
import static org.channelport.order.OrderStatus.CONFIRMED;
import static org.channelport.order.OrderStatus.DELIVERED;
import static org.channelport.order.OrderStatus.DRAFT;
import static org.channelport.order.OrderStatus.PARTLY_SHIPPED;
import static org.channelport.order.OrderStatus.REJECTED;
import static org.channelport.order.OrderStatus.RELEASED;
import static org.channelport.order.OrderStatus.SHIPPED;
import static org.channelport.order.OrderStatus.SUBMITTED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of an order's life, declared once: from which statuses each may be taken, where it
 * leads and who takes it. Partner users take the portal's steps (a partner manager also approves
 * and sends back); the ERP's steps have no roles (the portal takes them when the ERP says so).
 * Channel managers read their portfolio's orders and take no step. {@link SalesOrder}'s guards, the
 * service's role checks and the pages' buttons read them.
 */
public enum OrderStep implements RoleTransition<OrderStatus> {
  /** The cart goes to the ERP (through the outbox). */
  SUBMIT(EnumSet.of(DRAFT), SUBMITTED, "error.order.transition.submit", partnerRoles()),
  /** An employee's order above the partner's approval limit waits for the partner manager. */
  SUBMIT_FOR_APPROVAL(
      EnumSet.of(DRAFT), AWAITING_APPROVAL, "error.order.transition.submit", Role.PARTNER_EMPLOYEE),
  APPROVE(
      EnumSet.of(AWAITING_APPROVAL),
      SUBMITTED,
      "error.order.transition.approve",
      Role.PARTNER_MANAGER),
  /** The partner manager sends an order awaiting approval back to the cart, with a reason. */
  RETURN(
      EnumSet.of(AWAITING_APPROVAL), DRAFT, "error.order.transition.return", Role.PARTNER_MANAGER),
  /** Lines, dates and note change until the ERP releases the order. */
  EDIT(
      EnumSet.of(DRAFT, AWAITING_APPROVAL, SUBMITTED, CONFIRMED),
      null,
      "error.order.transition.edit",
      partnerRoles()),
  CANCEL(
      EnumSet.of(DRAFT, AWAITING_APPROVAL, SUBMITTED, CONFIRMED),
      CANCELLED,
      "error.order.transition.cancel",
      partnerRoles()),
  /** The ERP accepted the order. */
  CONFIRM(EnumSet.of(SUBMITTED, CONFIRMED), CONFIRMED, "error.order.transition.erp"),
  /** The ERP refused the order. */
  REJECT(EnumSet.of(SUBMITTED, CONFIRMED), REJECTED, "error.order.transition.erp"),
  /** The ERP put the order on credit hold (it stays submitted, flagged). */
  HOLD(EnumSet.of(SUBMITTED, CONFIRMED), null, "error.order.transition.erp"),
  /** The ERP released the order for picking: no more edits. */
  RELEASE(EnumSet.of(SUBMITTED, CONFIRMED), RELEASED, "error.order.transition.erp"),
  SHIP_PART(
      EnumSet.of(SUBMITTED, CONFIRMED, RELEASED, PARTLY_SHIPPED),
      PARTLY_SHIPPED,
      "error.order.transition.erp"),
  SHIP(
      EnumSet.of(SUBMITTED, CONFIRMED, RELEASED, PARTLY_SHIPPED, SHIPPED),
      SHIPPED,
      "error.order.transition.erp"),
  DELIVER(
      EnumSet.of(CONFIRMED, RELEASED, PARTLY_SHIPPED, SHIPPED),
      DELIVERED,
      "error.order.transition.erp"),
  /** The ERP cancelled the order (or confirmed the portal's cancellation). */
  ERP_CANCEL(
      EnumSet.of(SUBMITTED, CONFIRMED, RELEASED, CANCELLED),
      CANCELLED,
      "error.order.transition.erp");

  private final Set<OrderStatus> from;
  private final OrderStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  OrderStep(Set<OrderStatus> from, OrderStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles =
        Collections.unmodifiableSet(
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
  }

  private static Role[] partnerRoles() {
    return new Role[] {Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE};
  }

  /** Whether the ERP takes this step (no caller does). */
  public boolean byErp() {
    return roles.isEmpty();
  }

  @Override
  public Set<OrderStatus> from() {
    return from;
  }

  @Override
  public OrderStatus to() {
    return to;
  }

  @Override
  public String conflictKey() {
    return conflictKey;
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
