package org.channelport.partner;

import static org.channelport.shared.Checks.clean;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;

/**
 * What a user or a system sent for a partner, unchecked. For an update, a field left out (null)
 * keeps its current value and an empty text clears an optional field.
 */
public record PartnerInput(
    String name,
    String accountNumber,
    String tier,
    String country,
    String region,
    List<String> specialisations,
    ContactInput primaryContact,
    String billingPostcode,
    String status,
    String statusReason,
    Long version) {

  public record ContactInput(String name, String email, String phone) {}

  static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{2,31}");
  static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,40}");
  static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 -]{2,16}");
  static final Pattern SPECIALISATION = Pattern.compile("[a-z0-9][a-z0-9 &/-]{0,39}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * Checks every field and merges it over {@code current} (null when creating); specialisations
   * must be codes of the catalog's {@code categories}.
   */
  public PartnerDetails validate(PartnerDetails current, CategoryCodes categories) {
    boolean creating = current == null;
    Checks checks = new Checks();

    String newName = pick(name, creating ? null : current.name());
    checks.text("name", newName, true, 200);

    String newAccount = pick(upper(accountNumber), creating ? null : current.accountNumber());
    checks.required("accountNumber", newAccount);
    checks.matches("accountNumber", newAccount, ACCOUNT, "error.partner.accountNumber");

    PartnerTier newTier = creating ? null : current.tier();
    if (tier != null || creating) {
      String t = clean(tier);
      if (t == null) {
        checks.add("tier", "error.required");
      } else {
        newTier = PartnerTier.parse(t).orElse(null);
        if (newTier == null) {
          checks.add("tier", "error.partner.tier", "registered, silver, gold, platinum");
        }
      }
    }

    String newCountry = pick(upper(country), creating ? null : current.country());
    checks.required("country", newCountry);
    if (newCountry != null && !COUNTRIES.contains(newCountry)) {
      checks.add("country", "error.partner.country");
    }

    String newRegion = pick(region, creating ? null : current.region());
    checks.maxLength("region", newRegion, 100);

    SortedSet<String> newSpecs =
        specialisations == null && !creating
            ? current.specialisations()
            : Specialisations.normalise(specialisations);
    boolean changedSpecs = specialisations != null || creating;
    for (String s : newSpecs) {
      if (!SPECIALISATION.matcher(s).matches()) {
        checks.characters("specialisations", s);
        checks.add(
            "specialisations",
            "error.partner.specialisation",
            s.length() > 40 ? s.substring(0, 40) : s);
      } else if (changedSpecs
          && (creating || !current.specialisations().contains(s))
          && !categories.exists(s)) {
        checks.add("specialisations", "error.partner.unknownSpecialisation", s);
      }
    }
    if (Specialisations.join(newSpecs).length() > 500) {
      checks.add("specialisations", "error.tooLong", 500);
    }

    Contact newContact = contact(checks, creating ? null : current.primaryContact());

    String newPostcode = pick(billingPostcode, creating ? null : current.billingPostcode());
    checks.matches("billingPostcode", newPostcode, POSTCODE, "error.partner.postcode");
    checks.characters("status", status);
    checks.multiLineText("statusReason", clean(statusReason), false, 500);

    checks.throwIfAny();
    return new PartnerDetails(
        newName, newAccount, newTier, newCountry, newRegion, newSpecs, newContact, newPostcode);
  }

  Contact contact(Checks checks, Contact current) {
    if (primaryContact == null) {
      return current;
    }
    String cName = pick(primaryContact.name(), current == null ? null : current.getName());
    String cEmail = pick(primaryContact.email(), current == null ? null : current.getEmail());
    String cPhone = pick(primaryContact.phone(), current == null ? null : current.getPhone());
    checks.maxLength("primaryContact.name", cName, 200);
    checks.maxLength("primaryContact.email", cEmail, 254);
    checks.email("primaryContact.email", cEmail);
    checks.matches("primaryContact.phone", cPhone, PHONE, "error.phone");
    return cName == null && cEmail == null && cPhone == null
        ? null
        : new Contact(cName, cEmail, cPhone);
  }

  /** True if the input asks to change anything but the primary contact. */
  boolean changesMoreThanContact(
      PartnerDetails current, PartnerStatus currentStatus, CategoryCodes categories) {
    PartnerDetails merged =
        new PartnerInput(
                name,
                accountNumber,
                tier,
                country,
                region,
                specialisations,
                null,
                billingPostcode,
                null,
                null,
                null)
            .validate(current, categories);
    boolean statusChange =
        status != null && PartnerStatus.parse(status).map(s -> s != currentStatus).orElse(true);
    return !merged.name().equals(current.name())
        || !merged.accountNumber().equals(current.accountNumber())
        || merged.tier() != current.tier()
        || !merged.country().equals(current.country())
        || !Objects.equals(merged.region(), current.region())
        || !merged.specialisations().equals(current.specialisations())
        || !Objects.equals(merged.billingPostcode(), current.billingPostcode())
        || statusChange;
  }

  private static String upper(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  /** Null keeps the current value; blank clears it (a required field then fails its check). */
  private static String pick(String given, String current) {
    return given == null ? current : clean(given);
  }
}
