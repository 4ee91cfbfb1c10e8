package org.channelport.customer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How two mentions of an end customer are recognised as the same: the company name without case,
 * accents, punctuation and legal form ("ACME GmbH" = "Acme"), and the e-mail domain unless it is a
 * public mail provider (two people at gmail.com are not one company).
 */
public final class CustomerKeys {
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "ab",
          "ag",
          "as",
          "bv",
          "co",
          "company",
          "corp",
          "corporation",
          "eg",
          "gmbh",
          "gbr",
          "inc",
          "incorporated",
          "kft",
          "kg",
          "llc",
          "llp",
          "lp",
          "ltd",
          "limited",
          "mbh",
          "nv",
          "oy",
          "oyj",
          "plc",
          "sa",
          "sarl",
          "sas",
          "se",
          "spa",
          "sro",
          "srl",
          "sp",
          "zoo",
          "uab",
          "ug",
          "ohg",
          "ek",
          "the",
          "z",
          "oo",
          "and",
          "und");
  private static final Set<String> PUBLIC_MAIL =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "yahoo.com",
          "yahoo.de",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "icloud.com",
          "me.com",
          "aol.com",
          "gmx.de",
          "gmx.net",
          "gmx.at",
          "web.de",
          "t-online.de",
          "wp.pl",
          "onet.pl",
          "o2.pl",
          "interia.pl",
          "proton.me",
          "protonmail.com",
          "mail.ru",
          "yandex.ru",
          "inbox.lt",
          "zoho.com");

  private CustomerKeys() {}

  /** The company name reduced to what identifies it; never empty for a non-blank name. */
  public static String companyKey(String company) {
    if (company == null || company.isBlank()) {
      return "";
    }
    String plain =
        Normalizer.normalize(company.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replace("ß", "ss")
            .replace("ł", "l")
            .replace("&", " and ")
            // "s.r.o." and "sp. z o.o." lose their dots first, so they read as one word each
            .replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    String withoutForms =
        Arrays.stream(plain.split(" "))
            .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
            .collect(Collectors.joining(" "));
    String key = withoutForms.isEmpty() ? plain : withoutForms;
    return key.length() > 200 ? key.substring(0, 200) : key;
  }

  /** The lower-cased address, or null. */
  public static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** The domain of a company address; null for public mail providers and missing addresses. */
  public static String emailDomain(String email) {
    String normal = email(email);
    if (normal == null || normal.indexOf('@') < 0) {
      return null;
    }
    String domain = normal.substring(normal.lastIndexOf('@') + 1);
    return domain.isEmpty() || PUBLIC_MAIL.contains(domain) ? null : domain;
  }
}
