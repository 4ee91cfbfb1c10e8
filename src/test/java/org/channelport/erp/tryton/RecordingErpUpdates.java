package org.channelport.erp.tryton;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.channelport.order.OrderErpUpdates;

/** An {@link OrderErpUpdates} that keeps what the ERP said, for adapter tests. */
public final class RecordingErpUpdates implements OrderErpUpdates {
  public final List<OrderResponse> responses = new CopyOnWriteArrayList<>();
  public final List<ChangeResponse> changes = new CopyOnWriteArrayList<>();
  public final List<StatusChange> statuses = new CopyOnWriteArrayList<>();
  public final List<ShipmentData> shipments = new CopyOnWriteArrayList<>();
  public final List<StockData> stock = new CopyOnWriteArrayList<>();
  public final List<PartnerAccount> accounts = new CopyOnWriteArrayList<>();
  public final List<OfflineOrder> offlineOrders = new CopyOnWriteArrayList<>();
  public final List<InvoiceData> invoices = new CopyOnWriteArrayList<>();

  @Override
  public void syncSent(String orderNumber, String messageId) {}

  @Override
  public void syncFailed(String orderNumber, String error, Instant nextAttempt) {}

  @Override
  public Applied orderResponse(OrderResponse response) {
    responses.add(response);
    return Applied.APPLIED;
  }

  @Override
  public Applied changeResponse(ChangeResponse response) {
    changes.add(response);
    return Applied.APPLIED;
  }

  @Override
  public Applied statusChanged(StatusChange change) {
    statuses.add(change);
    return Applied.APPLIED;
  }

  @Override
  public Applied shipment(ShipmentData shipment) {
    shipments.add(shipment);
    return Applied.APPLIED;
  }

  @Override
  public int stock(List<StockData> levels) {
    stock.addAll(levels);
    return levels.size();
  }

  @Override
  public Applied partnerAccount(PartnerAccount account) {
    accounts.add(account);
    return Applied.APPLIED;
  }

  @Override
  public Applied offlineOrder(OfflineOrder order) {
    offlineOrders.add(order);
    return Applied.APPLIED;
  }

  @Override
  public Applied invoice(InvoiceData invoice) {
    invoices.add(invoice);
    return Applied.APPLIED;
  }

  @Override
  public List<OrderState> recentOrders(Instant since) {
    return List.of();
  }
}
