package org.channelport.support.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.support.SolutionInput;
import org.channelport.support.SolutionService;
import org.channelport.support.SolutionView;

/**
 * A channel manager writes or edits a solution (/channel/solution.xhtml, {@code ?id=} to edit):
 * title, symptoms, steps, the catalog categories and SKUs it applies to; saves it as it is, or
 * publishes or withdraws it. The version read goes with every change, so a solution changed
 * meanwhile by someone else is refused, not overwritten.
 */
@Named
@ViewScoped
public class SolutionBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String FORM = "solutionForm";
  private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

  @Inject SolutionService solutions;
  @Inject CategoryCodes categoryCodes;

  private String idParam;
  private Long id;
  private Long version;
  private boolean published;
  private SolutionView solution;

  private String title;
  private String symptoms;
  private String steps;
  private List<String> categories = new ArrayList<>();
  private String skus;

  /** viewAction: the solution to edit, or a new one. */
  public void load() {
    id = ListFilters.id(idParam);
    if (id != null) {
      show(solutions.find(id));
    }
  }

  private void show(SolutionView s) {
    solution = s;
    id = s.id();
    version = s.version();
    published = s.published();
    title = s.title();
    symptoms = s.symptoms();
    steps = s.steps();
    categories = new ArrayList<>(s.categories());
    skus = String.join(", ", s.skus());
  }

  /** Saves as it is (a new one as a draft). */
  public String save() {
    return write(null);
  }

  public String publish() {
    return write(Boolean.TRUE);
  }

  public String unpublish() {
    return write(Boolean.FALSE);
  }

  private String write(Boolean publish) {
    SolutionInput input =
        new SolutionInput(title, symptoms, steps, categories, skuList(), publish, version);
    SolutionView saved;
    try {
      saved = id == null ? solutions.create(input) : solutions.update(id, input);
    } catch (InvalidInputException invalid) {
      show(invalid);
      return null;
    }
    FacesMessages.info(
        Boolean.TRUE.equals(publish)
            ? "solution.published"
            : Boolean.FALSE.equals(publish) ? "solution.unpublished" : "solution.saved",
        saved.title());
    return "/channel/solution?faces-redirect=true&id=" + saved.id();
  }

  List<String> skuList() {
    if (skus == null || skus.isBlank()) {
      return List.of();
    }
    return Arrays.stream(skus.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static void show(InvalidInputException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    for (FieldError error : invalid.errors()) {
      String field = error.field();
      Matcher indexed = INDEXED.matcher(field);
      String input = indexed.matches() ? indexed.group(1) : field;
      String clientId = FORM + ":" + input;
      UIComponent component = faces.getViewRoot().findComponent(clientId);
      String label = Messages.fieldLabel(locale, "solution", input);
      if (indexed.matches()) {
        label += " " + (Integer.parseInt(indexed.group(2)) + 1);
      }
      faces.addMessage(
          component == null ? null : clientId,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, label + ": " + error.message(locale), null));
    }
    faces.validationFailed();
  }

  /** The catalog's category codes to choose from. */
  public List<String> getCategoryOptions() {
    return categoryCodes.all();
  }

  public boolean isCreating() {
    return id == null;
  }

  public SolutionView getSolution() {
    return solution;
  }

  public boolean isPublished() {
    return published;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSymptoms() {
    return symptoms;
  }

  public void setSymptoms(String symptoms) {
    this.symptoms = symptoms;
  }

  public String getSteps() {
    return steps;
  }

  public void setSteps(String steps) {
    this.steps = steps;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
  }

  public String getSkus() {
    return skus;
  }

  public void setSkus(String skus) {
    this.skus = skus;
  }
}
