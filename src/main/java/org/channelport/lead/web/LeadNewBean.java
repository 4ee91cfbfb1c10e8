package org.channelport.lead.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadInput;
import org.channelport.lead.LeadService;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/** A channel manager enters a new lead; it starts in the pool. */
@Named
@ViewScoped
public class LeadNewBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "leadForm";

  @Inject LeadService leads;
  @Inject CategoryCodes categories;

  private final Map<String, String> form = new LinkedHashMap<>(Map.of("currency", "EUR"));

  public String save() {
    try {
      Lead lead = leads.create(input());
      FacesMessages.info("lead.created", lead.getCompany());
      return "/channel/lead?faces-redirect=true&id=" + lead.getId();
    } catch (InvalidInputException invalid) {
      FieldMessages.show(FORM, invalid);
      return null;
    }
  }

  /**
   * The form as the service takes it. An amount that is no number is reported together with every
   * other problem of the form (the service checks the rest again, as it does for every caller).
   */
  LeadInput input() {
    Checks checks = new Checks();
    BigDecimal value = null;
    try {
      value = amount("estimatedValue", form.get("estimatedValue"));
    } catch (InvalidInputException notANumber) {
      checks.add("estimatedValue", "error.lead.valueNumber");
    }
    LeadInput input =
        new LeadInput(
            form.get("company"),
            form.get("contactName"),
            form.get("email"),
            form.get("phone"),
            form.get("country"),
            form.get("region"),
            form.get("postcode"),
            form.get("need"),
            form.get("category"),
            form.get("products"),
            value,
            form.get("currency"),
            form.get("campaignCode"));
    if (checks.hasErrors()) {
      input.validate(checks, categories); // throws with every problem, the amount's among them
    }
    return input;
  }

  /** An amount as people type it ("1200.50", "1 200,50"); anything else names the field. */
  static BigDecimal amount(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new FieldError(field, "error.lead.valueNumber")));
    }
  }

  public Map<String, String> getForm() {
    return form;
  }
}
