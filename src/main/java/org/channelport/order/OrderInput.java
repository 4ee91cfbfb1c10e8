package org.channelport.order;

import java.time.LocalDate;
import java.util.List;

/**
 * A new order as a caller sends it (the API's body of {@code POST /api/v1/orders}, the checkout
 * page's form). {@code customer} names a new end customer (matched against the known ones) where
 * {@code customerId} is not known yet; {@code campaignCode} credits the order to a campaign (a
 * funded marketing activity); {@code submit} false keeps a draft.
 */
public record OrderInput(
    String kind,
    Long customerId,
    NewCustomer customer,
    String poNumber,
    Address shipTo,
    LocalDate requestedDelivery,
    List<LineInput> lines,
    String note,
    String campaignCode,
    Boolean submit) {

  /** One line: SKU, quantity, the warehouse (optional) and what to do when stock is short. */
  public record LineInput(String sku, Long quantity, String warehouse, String backorder) {}

  public record Address(String name, String street, String postcode, String city, String country) {}

  /** An end customer not yet known by id: found by e-mail or company, or created. */
  public record NewCustomer(String company, String email, String country) {}

  /** An edit: the lines as they are to be, the delivery date, the note, the version read. */
  public record Edit(
      List<LineInput> lines, LocalDate requestedDelivery, String note, Long version) {}
}
