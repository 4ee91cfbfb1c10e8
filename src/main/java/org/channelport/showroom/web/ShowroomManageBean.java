package org.channelport.showroom.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.channelport.catalog.Catalog;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.AccessRules;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;
import org.channelport.showroom.Showroom;
import org.channelport.showroom.ShowroomSettings;
import org.channelport.showroom.Showrooms;
import org.primefaces.model.file.UploadedFile;

/** A partner manager's showroom settings; partner employees see them read-only. */
@Named
@ViewScoped
public class ShowroomManageBean implements Serializable {
  @Inject Showrooms showrooms;
  @Inject Catalog catalog;
  @Inject AccessRules access;

  private Showroom showroom;
  private String intro;
  private String contactEmail;
  private String contactPhone;
  private BigDecimal adjustment;
  private List<Long> categories = new ArrayList<>();
  private String featured;
  private transient UploadedFile logo;
  private List<Catalog.CategoryNode> tree;

  @PostConstruct
  void init() {
    tree = catalog.categoryTree();
    reload();
  }

  private void reload() {
    showroom = showrooms.mine();
    intro = showroom.getIntro();
    contactEmail = showroom.getContactEmail();
    contactPhone = showroom.getContactPhone();
    adjustment = showroom.getPriceAdjustmentPct();
    categories = new ArrayList<>(showrooms.shownCategories(showroom.getPartnerId()));
    featured = String.join("\n", showrooms.featuredSkus(showroom.getPartnerId()));
  }

  public void save() {
    try {
      showrooms.save(
          showroom.getPartnerId(),
          new ShowroomSettings(
              intro,
              contactEmail,
              contactPhone,
              adjustment,
              categories,
              featured == null ? List.of() : Arrays.asList(featured.split("[\\s,;]+")),
              showroom.getVersion()));
      FacesMessages.info("showroom.manage.saved");
      reload();
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  FacesMessages.error(
                      "catalog.prices.fieldError",
                      f.field(),
                      FacesMessages.text(f.messageKey(), f.args())));
    } catch (DomainException e) {
      FacesMessages.error(e.messageKey(), showroom.getSlug());
    }
  }

  public void uploadLogo() {
    if (logo == null || logo.getFileName() == null) {
      FacesMessages.error("catalog.file.missing");
      return;
    }
    try (InputStream in = logo.getInputStream()) {
      byte[] bytes = in.readNBytes(showrooms.maxLogoBytes() + 1);
      showrooms.saveLogo(showroom.getPartnerId(), bytes, logo.getFileName());
      FacesMessages.info("showroom.manage.logoSaved");
      reload();
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  FacesMessages.error(
                      "catalog.prices.fieldError",
                      FacesMessages.text("showroom.manage.logo"),
                      FacesMessages.text(f.messageKey(), f.args())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void removeLogo() {
    showrooms.removeLogo(showroom.getPartnerId());
    FacesMessages.info("showroom.manage.logoRemoved");
    reload();
  }

  /** The largest logo the upload field lets through (the service checks it again). */
  public int getLogoLimit() {
    return showrooms.maxLogoBytes();
  }

  public boolean isEditable() {
    return access.caller().isPartnerManager();
  }

  public Showroom getShowroom() {
    return showroom;
  }

  public List<Catalog.CategoryNode> getTree() {
    return tree;
  }

  public String getIntro() {
    return intro;
  }

  public void setIntro(String intro) {
    this.intro = intro;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public BigDecimal getAdjustment() {
    return adjustment;
  }

  public void setAdjustment(BigDecimal adjustment) {
    this.adjustment = adjustment;
  }

  public List<Long> getCategories() {
    return categories;
  }

  public void setCategories(List<Long> categories) {
    this.categories = categories;
  }

  public String getFeatured() {
    return featured;
  }

  public void setFeatured(String featured) {
    this.featured = featured;
  }

  public UploadedFile getLogo() {
    return logo;
  }

  public void setLogo(UploadedFile logo) {
    this.logo = logo;
  }
}
