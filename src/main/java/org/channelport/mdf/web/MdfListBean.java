package org.channelport.mdf.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.MdfAllocations;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.MdfRoi;
import org.channelport.mdf.RequestView;
import org.channelport.mdf.RoiView;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;

/**
 * A partner's funds (/partner/mdf.xhtml): each allocation with what is available, reserved, paid
 * and when it expires; the partner's fund requests and claims with their status, newest first. The
 * services scope every row to the caller's partner.
 */
@Named
@ViewScoped
public class MdfListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfAllocations allocations;
  @Inject MdfRequests requests;
  @Inject MdfClaims claims;
  @Inject MdfRoi roi;

  private String requestStatus;
  private String claimStatus;
  private ServiceLazyModel<RequestView> requestModel;
  private ServiceLazyModel<ClaimView> claimModel;
  private transient List<AllocationView> allocationRows;
  private transient List<RoiView> roiRows;

  @PostConstruct
  void init() {
    requestModel =
        ServiceLazyModel.of(
            r -> requests.list(withStatus(r, requestStatus)).total(),
            r -> requests.list(withStatus(r, requestStatus)).rows(),
            RequestView::id);
    claimModel =
        ServiceLazyModel.of(
            r -> claims.list(withStatus(r, claimStatus)).total(),
            r -> claims.list(withStatus(r, claimStatus)).rows(),
            ClaimView::id);
  }

  static PageRequest withStatus(PageRequest r, String status) {
    Map<String, String> filters = new HashMap<>(r.filters());
    ListFilters.put(filters, "status", status);
    return new PageRequest(r.first(), r.size(), r.sortField(), r.ascending(), filters);
  }

  public List<AllocationView> getAllocations() {
    if (allocationRows == null) {
      allocationRows = allocations.list(null, null);
    }
    return allocationRows;
  }

  /** Allocations the partner may still request from (its program has not ended). */
  public List<AllocationView> getOpenAllocations() {
    return getAllocations().stream().filter(a -> a.daysToExpiry() >= 0).toList();
  }

  /** The return on each funded activity of the partner (campaign code, leads, won, paid, ROI). */
  public List<RoiView> getRoi() {
    if (roiRows == null) {
      roiRows = roi.activities(null, null);
    }
    return roiRows;
  }

  public ServiceLazyModel<RequestView> getRequestModel() {
    return requestModel;
  }

  public ServiceLazyModel<ClaimView> getClaimModel() {
    return claimModel;
  }

  public String getRequestStatus() {
    return requestStatus;
  }

  public void setRequestStatus(String requestStatus) {
    this.requestStatus = MdfPages.blankToNull(requestStatus);
  }

  public String getClaimStatus() {
    return claimStatus;
  }

  public void setClaimStatus(String claimStatus) {
    this.claimStatus = MdfPages.blankToNull(claimStatus);
  }
}
