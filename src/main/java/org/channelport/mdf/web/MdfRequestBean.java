package org.channelport.mdf.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.EventView;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfRequestStatus;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.RequestView;
import org.channelport.platform.ListFilters;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * One fund request (/partner/mdf-request.xhtml?id=): what was asked and approved, what it still
 * reserves, its timeline and its claims; "New claim" while it is approved. Another partner's
 * request is not found (the service audits it).
 */
@Named
@ViewScoped
public class MdfRequestBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfRequests requests;
  @Inject MdfClaims claims;
  @Inject CurrentCaller currentCaller;

  private String idParam;
  private Long id;
  private transient RequestView request;
  private transient List<EventView> timeline;
  private transient List<ClaimView> requestClaims;

  /** viewAction: the request, or the not-found page. */
  public void load() {
    id = ListFilters.id(idParam);
    if (id == null) {
      throw new RecordNotFoundException("MdfRequest", idParam);
    }
    request = requests.find(id);
  }

  public RequestView getRequest() {
    if (request == null && id != null) {
      request = requests.find(id);
    }
    return request;
  }

  public List<EventView> getTimeline() {
    if (timeline == null) {
      timeline = requests.events(id);
    }
    return timeline;
  }

  public List<ClaimView> getClaims() {
    if (requestClaims == null) {
      requestClaims =
          claims
              .list(
                  new PageRequest(
                      0, PageRequest.MAX_SIZE, "createdAt", true, Map.of("requestId", "" + id)))
              .rows();
    }
    return requestClaims;
  }

  /** Claims are made on an approved request, by the partner's users (the service checks again). */
  public boolean isCanClaim() {
    return currentCaller.get().isPartnerUser()
        && getRequest().status() == MdfRequestStatus.APPROVED;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }
}
