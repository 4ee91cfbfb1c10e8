package org.channelport.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.catalog.ContractPriceInput;
import org.channelport.catalog.ContractPriceView;
import org.channelport.catalog.PriceLists;
import org.channelport.catalog.TierDiscount;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;

/** Price lists for channel managers: tier discounts, and contract prices of their partners. */
@Named
@ViewScoped
public class PriceListBean implements Serializable {
  @Inject PriceLists priceLists;
  @Inject PartnerService partnerService;

  private List<TierDiscount> tiers;
  private final Map<String, BigDecimal> discounts = new HashMap<>();
  private List<Partner> partners;
  private Long partnerId;
  private List<ContractPriceView> contractPrices = List.of();
  private String sku;
  private BigDecimal price;
  private LocalDate validFrom;
  private LocalDate validTo;

  @PostConstruct
  void init() {
    loadTiers();
    partners =
        new ArrayList<>(
            partnerService.rows(new PageRequest(0, PageRequest.MAX_SIZE, "name", true, Map.of())));
    if (!partners.isEmpty()) {
      partnerId = partners.get(0).getId();
      loadContractPrices();
    }
  }

  private void loadTiers() {
    tiers = priceLists.tierDiscounts();
    tiers.forEach(t -> discounts.put(t.getTier().code(), t.getDiscountPct()));
  }

  public void saveTier(TierDiscount tier) {
    try {
      priceLists.setTierDiscount(
          tier.getTier().code(), discounts.get(tier.getTier().code()), tier.getVersion());
      FacesMessages.info("catalog.prices.tierSaved", tier.getTier().code());
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> FacesMessages.error(f.messageKey(), f.args()));
    } catch (DomainException e) {
      FacesMessages.error(e.messageKey(), tier.getTier().code());
    }
    loadTiers();
  }

  public void loadContractPrices() {
    contractPrices = partnerId == null ? List.of() : priceLists.contractPrices(partnerId);
  }

  public void addContractPrice() {
    try {
      priceLists.addContractPrice(
          partnerId,
          new ContractPriceInput(
              sku,
              price == null ? null : price.toPlainString(),
              null,
              validFrom == null ? null : validFrom.toString(),
              validTo == null ? null : validTo.toString()));
      FacesMessages.info("catalog.prices.added", sku);
      sku = null;
      price = null;
      validFrom = null;
      validTo = null;
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  FacesMessages.error(
                      "catalog.prices.fieldError",
                      f.field(),
                      FacesMessages.text(f.messageKey(), f.args())));
    } catch (DomainException e) {
      FacesMessages.error(e.messageKey(), sku);
    }
    loadContractPrices();
  }

  public void remove(ContractPriceView view) {
    priceLists.removeContractPrice(partnerId, view.id());
    FacesMessages.info("catalog.prices.removed", view.sku());
    loadContractPrices();
  }

  public List<TierDiscount> getTiers() {
    return tiers;
  }

  public Map<String, BigDecimal> getDiscounts() {
    return discounts;
  }

  public List<Partner> getPartners() {
    return partners;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public List<ContractPriceView> getContractPrices() {
    return contractPrices;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }
}
