package org.channelport.deal;

import static org.channelport.shared.Checks.clean;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.channelport.lead.LeadInput;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;

/** What a partner user sent to register a deal (or to resubmit a returned one), unchecked. */
public record DealInput(
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    List<String> categories,
    String products,
    BigDecimal estimatedValue,
    String currency,
    LocalDate expectedClose,
    String description,
    String campaignCode,
    Long version) {

  private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,40}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final int MAX_CATEGORIES = 10;

  /**
   * Checks every field against {@code today}, the categories against the catalog's {@code
   * categories}; all problems are reported together.
   */
  public DealDetails validate(LocalDate today, CategoryCodes known) {
    Checks checks = new Checks();
    String newCompany = clean(company);
    checks.text("company", newCompany, true, 200);
    String newContact = clean(contactName);
    checks.text("contactName", newContact, true, 200);
    String newEmail = clean(email);
    checks.maxLength("email", newEmail, 254).email("email", newEmail);
    String newPhone = clean(phone);
    checks.matches("phone", newPhone, PHONE, "error.phone");
    if (newEmail == null && newPhone == null) {
      checks.add("email", "error.lead.contactWay");
    }
    String newCountry = upper(country);
    checks.required("country", newCountry);
    if (newCountry != null && !COUNTRIES.contains(newCountry)) {
      checks.add("country", "error.partner.country");
    }
    Set<String> newCategories = new LinkedHashSet<>();
    boolean badCategory = false;
    if (categories != null) {
      for (String c : categories) {
        String category = clean(c) == null ? null : clean(c).toLowerCase(Locale.ROOT);
        if (category == null) {
          continue;
        }
        if (!LeadInput.CATEGORY.matcher(category).matches()) {
          checks.characters("categories", category);
          checks.add("categories", "error.deal.category", clip(category));
          badCategory = true;
        } else if (!known.exists(category)) {
          checks.add("categories", "error.deal.unknownCategory", category);
          badCategory = true;
        } else {
          newCategories.add(category);
        }
      }
    }
    if (newCategories.isEmpty() && !badCategory) {
      checks.add("categories", "error.deal.categories");
    }
    if (newCategories.size() > MAX_CATEGORIES) {
      checks.add("categories", "error.deal.tooManyCategories", MAX_CATEGORIES);
    }
    String newProducts = clean(products);
    checks.multiLineText("products", newProducts, false, 2000);
    checks.required("estimatedValue", estimatedValue);
    if (estimatedValue != null) {
      if (estimatedValue.signum() <= 0 || estimatedValue.compareTo(LeadInput.MAX_VALUE) > 0) {
        checks.add("estimatedValue", "error.deal.value");
      } else if (estimatedValue.scale() > 2) {
        checks.add("estimatedValue", "error.lead.valueScale");
      }
    }
    String newCurrency = upper(currency);
    checks.required("currency", newCurrency);
    if (newCurrency != null && !LeadInput.isCurrency(newCurrency)) {
      checks.add("currency", "error.lead.currency");
    }
    checks.required("expectedClose", expectedClose);
    if (expectedClose != null && !expectedClose.isAfter(today)) {
      checks.add("expectedClose", "error.deal.closeInFuture");
    }
    if (expectedClose != null && expectedClose.isAfter(today.plusYears(5))) {
      checks.add("expectedClose", "error.deal.closeTooFar");
    }
    String newDescription = clean(description);
    checks.multiLineText("description", newDescription, false, 4000);
    String newCampaign = CampaignCode.check(checks, "campaignCode", campaignCode);
    checks.throwIfAny();
    return new DealDetails(
        newCompany,
        newContact,
        newEmail,
        newPhone,
        newCountry,
        List.copyOf(newCategories),
        newProducts,
        estimatedValue,
        newCurrency,
        expectedClose,
        newDescription,
        newCampaign);
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) : value;
  }

  private static String upper(String value) {
    String v = clean(value);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }
}
