package org.channelport.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.channelport.order.OrderService;
import org.channelport.order.SalesOrder;
import org.channelport.platform.web.FacesMessages;

/**
 * The approval inbox's own step (/partner/approvals.xhtml): a partner manager approves an
 * employee's order from its row. Sending back needs a reason and happens on the order's page. The
 * service checks the role and the status again.
 */
@Named
@RequestScoped
public class OrderApprovalBean {
  @Inject OrderService orders;

  public void approve(long id) {
    SalesOrder approved = orders.approve(id, null);
    FacesMessages.info("orderPage.approved", approved.getNumber());
  }
}
