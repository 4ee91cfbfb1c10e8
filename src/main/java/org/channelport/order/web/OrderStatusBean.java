package org.channelport.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.channelport.platform.SignedLinks;

/**
 * The public order-status page (/order-status?o=…&e=…&s=…): a valid link shows the order's status
 * and tracking; a link whose signature does not match (tampered, made up, another portal's) answers
 * 404 with a page that says so, an expired one 410 with a page that says to ask for a new link.
 */
@Named
@RequestScoped
public class OrderStatusBean {
  @Inject StatusLinks links;
  @Inject PublicOrderStatus statuses;

  private String o;
  private String e;
  private String s;
  private SignedLinks.Verdict verdict = SignedLinks.Verdict.INVALID;
  private PublicOrderStatus.View status;

  /** viewAction: checks the link, then reads the order. */
  public void load() {
    StatusLinks.Checked checked = links.check(o, e, s);
    verdict = checked.verdict();
    if (verdict == SignedLinks.Verdict.VALID) {
      status = statuses.of(checked.orderId());
      if (status == null) {
        verdict = SignedLinks.Verdict.INVALID;
      }
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().addResponseHeader("Cache-Control", "no-store");
    if (verdict == SignedLinks.Verdict.INVALID) {
      faces.getExternalContext().setResponseStatus(404);
    } else if (verdict == SignedLinks.Verdict.EXPIRED) {
      faces.getExternalContext().setResponseStatus(410);
    }
  }

  public boolean isInvalid() {
    return verdict == SignedLinks.Verdict.INVALID;
  }

  public boolean isExpired() {
    return verdict == SignedLinks.Verdict.EXPIRED;
  }

  public PublicOrderStatus.View getStatus() {
    return status;
  }

  public String getO() {
    return o;
  }

  public void setO(String o) {
    this.o = o;
  }

  public String getE() {
    return e;
  }

  public void setE(String e) {
    this.e = e;
  }

  public String getS() {
    return s;
  }

  public void setS(String s) {
    this.s = s;
  }
}
