package org.channelport.mdf.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.MdfAllocations;
import org.channelport.mdf.MdfPrograms;
import org.channelport.mdf.MdfRoi;
import org.channelport.mdf.ProgramView;
import org.channelport.mdf.RoiView;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;

/**
 * One fund program (/channel/mdf-program.xhtml?id=): its budget and what is left to allocate, the
 * allocations of the caller's portfolio (allocated, available, reserved, payable, paid, forfeited),
 * a utilisation chart per partner, and the forms to allocate to one partner or to every partner of
 * a tier at once (all or none; the service checks the budget under its row lock).
 */
@Named
@ViewScoped
public class MdfProgramBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfPrograms programs;
  @Inject MdfAllocations allocations;
  @Inject MdfPages pages;
  @Inject MdfRoi roi;

  private String idParam;
  private Long id;
  private Long partnerId;
  private BigDecimal amount;
  private String tier;
  private BigDecimal tierAmount;
  private transient ProgramView program;
  private transient List<AllocationView> rows;
  private transient List<RoiView> roiRows;

  public void load() {
    id = ListFilters.id(idParam);
    if (id == null) {
      throw new RecordNotFoundException("MdfProgram", idParam);
    }
    program = programs.find(id);
  }

  public ProgramView getProgram() {
    if (program == null && id != null) {
      program = programs.find(id);
    }
    return program;
  }

  public List<AllocationView> getAllocations() {
    if (rows == null) {
      rows = allocations.list(id, null);
    }
    return rows;
  }

  /** The partners of the caller's portfolio, by name. */
  public List<MdfPages.PartnerChoice> getPartners() {
    return pages.partners();
  }

  public String allocate() {
    try {
      AllocationView a = allocations.allocate(id, partnerId, amount);
      FacesMessages.info(
          "mdfPage.done.allocated",
          pages.money(amount, a.currency()),
          pages.partnerName(a.partnerId()));
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    return reload();
  }

  public String allocateToTier() {
    try {
      List<AllocationView> done = allocations.allocateToTier(id, tier, tierAmount);
      FacesMessages.info(
          "mdfPage.done.allocatedTier",
          pages.money(tierAmount, getProgram().currency()),
          done.size(),
          FacesMessages.text("tier." + tier));
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    return reload();
  }

  private String reload() {
    return "/channel/mdf-program?faces-redirect=true&id=" + id;
  }

  /** The return per partner of the program (the caller's portfolio). */
  public List<RoiView> getRoi() {
    if (roiRows == null) {
      roiRows = roi.partners(id, null);
    }
    return roiRows;
  }

  /** Chart.js configuration: per partner, won value plus order revenue beside what was paid. */
  public String getRoiChart() {
    List<RoiView> list = getRoi();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder returned = Json.createArrayBuilder();
    JsonArrayBuilder paid = Json.createArrayBuilder();
    for (RoiView r : list) {
      labels.add(pages.partnerName(r.partnerId()));
      returned.add(nz(r.wonValue()).add(nz(r.orderRevenue())));
      paid.add(nz(r.paid()));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", FacesMessages.text("mdfPage.roi.returned"))
                                .add("data", returned)
                                .add("backgroundColor", "#2e7d32"))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", FacesMessages.text("mdfPage.field.paid"))
                                .add("data", paid)
                                .add("backgroundColor", "#6a1b9a"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  /** Chart.js configuration: per partner, a stacked bar of available, reserved, payable, paid. */
  public String getUtilisationChart() {
    List<AllocationView> list = getAllocations();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    list.forEach(a -> labels.add(pages.partnerName(a.partnerId())));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("mdfPage.field.available", "#2e7d32", list, AllocationView::available))
            .add(dataset("mdfPage.field.reserved", "#f9a825", list, AllocationView::reserved))
            .add(dataset("mdfPage.field.payable", "#1565c0", list, AllocationView::payable))
            .add(dataset("mdfPage.field.paid", "#6a1b9a", list, AllocationView::paid))
            .add(dataset("mdfPage.field.forfeited", "#9e9e9e", list, AllocationView::forfeited));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true))))
        .build()
        .toString();
  }

  static jakarta.json.JsonObjectBuilder dataset(
      String labelKey,
      String colour,
      List<AllocationView> list,
      Function<AllocationView, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    list.forEach(a -> data.add(value.apply(a) == null ? BigDecimal.ZERO : value.apply(a)));
    return Json.createObjectBuilder()
        .add("label", FacesMessages.text(labelKey))
        .add("data", data)
        .add("backgroundColor", colour);
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public BigDecimal getTierAmount() {
    return tierAmount;
  }

  public void setTierAmount(BigDecimal tierAmount) {
    this.tierAmount = tierAmount;
  }
}
