package org.channelport.partner;

import static org.channelport.shared.Checks.clean;

import java.util.Locale;
import java.util.Set;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;

/** The "become a partner" form, as typed. */
public record ApplicationInput(
    String companyName,
    String country,
    String region,
    String specialisations,
    String contactName,
    String contactEmail,
    String contactPhone,
    String message,
    String accountNumber,
    String billingPostcode) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * Trims, upper-cases codes and checks every field; the specialisations (comma-separated) must be
   * codes of the catalog's {@code categories}.
   */
  public ApplicationInput validated(CategoryCodes categories) {
    ApplicationInput in =
        new ApplicationInput(
            clean(companyName),
            upper(country),
            clean(region),
            clean(specialisations),
            clean(contactName),
            clean(contactEmail),
            clean(contactPhone),
            clean(message),
            upper(accountNumber),
            clean(billingPostcode));
    Checks checks = new Checks();
    checks.text("companyName", in.companyName, true, 200);
    checks.required("country", in.country);
    if (in.country != null && !COUNTRIES.contains(in.country)) {
      checks.add("country", "error.partner.country");
    }
    checks.maxLength("region", in.region, 100);
    checks.maxLength("specialisations", in.specialisations, 500);
    for (String s : Specialisations.parse(in.specialisations)) {
      if (s.length() > 40 || !PartnerInput.SPECIALISATION.matcher(s).matches()) {
        checks.add(
            "specialisations",
            "error.partner.specialisation",
            s.length() > 40 ? s.substring(0, 40) : s);
      } else if (!categories.exists(s)) {
        checks.add("specialisations", "error.partner.unknownSpecialisation", s);
      }
    }
    checks.text("contactName", in.contactName, true, 200);
    checks.text("contactEmail", in.contactEmail, true, 254).email("contactEmail", in.contactEmail);
    checks.matches("contactPhone", in.contactPhone, PartnerInput.PHONE, "error.phone");
    checks.multiLineText("message", in.message, false, 2000);
    checks.matches(
        "accountNumber", in.accountNumber, PartnerInput.ACCOUNT, "error.partner.accountNumber");
    checks.matches(
        "billingPostcode", in.billingPostcode, PartnerInput.POSTCODE, "error.partner.postcode");
    if ((in.accountNumber == null) != (in.billingPostcode == null)) {
      checks.add(
          in.accountNumber == null ? "accountNumber" : "billingPostcode",
          "error.application.accountAndPostcode");
    }
    checks.throwIfAny();
    return in;
  }

  private static String upper(String value) {
    String v = clean(value);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }
}
