package org.channelport.lead;

import static org.channelport.shared.Checks.clean;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;

/** What a channel manager, an import row or a showroom visitor sent for a new lead, unchecked. */
public record LeadInput(
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    String region,
    String postcode,
    String need,
    String category,
    String products,
    BigDecimal estimatedValue,
    String currency,
    String campaignCode) {

  static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,40}");
  static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 -]{2,16}");
  public static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9 &/-]{0,39}");
  public static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999.99");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * Checks every field, the category against the catalog's {@code categories}; all problems are
   * reported together.
   */
  public LeadDetails validate(CategoryCodes categories) {
    return validate(new Checks(), categories);
  }

  /** Checks every field into {@code checks} (so callers can add their own), then throws. */
  public LeadDetails validate(Checks checks, CategoryCodes categories) {
    String newCompany = clean(company);
    checks.text("company", newCompany, true, 200);
    String newContact = clean(contactName);
    checks.maxLength("contactName", newContact, 200);
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
    String newRegion = clean(region);
    checks.maxLength("region", newRegion, 100);
    String newPostcode = upper(postcode);
    checks.matches("postcode", newPostcode, POSTCODE, "error.partner.postcode");
    String newNeed = clean(need);
    checks.multiLineText("need", newNeed, false, 4000);
    String newCategory = clean(category) == null ? null : clean(category).toLowerCase(Locale.ROOT);
    checks.matches("category", newCategory, CATEGORY, "error.lead.category");
    if (newCategory != null
        && CATEGORY.matcher(newCategory).matches()
        && !categories.exists(newCategory)) {
      checks.add("category", "error.lead.unknownCategory", newCategory);
    }
    String newProducts = clean(products);
    checks.multiLineText("products", newProducts, false, 2000);
    String newCurrency = upper(currency);
    if (estimatedValue != null) {
      if (estimatedValue.signum() < 0 || estimatedValue.compareTo(MAX_VALUE) > 0) {
        checks.add("estimatedValue", "error.lead.value");
      } else if (estimatedValue.scale() > 2) {
        checks.add("estimatedValue", "error.lead.valueScale");
      }
      checks.required("currency", newCurrency);
    }
    if (newCurrency != null && !isCurrency(newCurrency)) {
      checks.add("currency", "error.lead.currency");
    }
    String newCampaign = CampaignCode.check(checks, "campaignCode", campaignCode);
    checks.throwIfAny();
    return new LeadDetails(
        newCompany,
        newContact,
        newEmail,
        newPhone,
        newCountry,
        newRegion,
        newPostcode,
        newNeed,
        newCategory,
        newProducts,
        estimatedValue,
        estimatedValue == null ? newCurrency : newCurrency,
        newCampaign);
  }

  public static boolean isCurrency(String code) {
    if (code.length() != 3) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String upper(String value) {
    String v = clean(value);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }
}
