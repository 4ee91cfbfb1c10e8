package org.channelport.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.channelport.shared.Checks;

/**
 * Checks the rows of one upload: required fields, number formats, negative prices, unknown
 * categories, SKUs twice in the file (the first one counts, later ones are errors naming it), field
 * lengths and characters. One instance per pass over a file.
 */
public final class ProductValidator {
  public static final int MAX_SKU = 64;
  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 10_000;
  public static final int MAX_MANUFACTURER = 200;
  public static final int MAX_MPN = 100;
  public static final int MAX_URL = 1000;
  public static final int MAX_KEY = 100;
  public static final int MAX_ATTRIBUTE = 500;
  public static final int MAX_ATTRIBUTES_JSON = 60_000;

  static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,4})?");
  static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d{1,15},\\d{1,4}");
  static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  static final Pattern WAREHOUSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private final Map<String, Long> categories;
  private final Map<String, Long> firstLineOfSku = new HashMap<>();

  /**
   * @param categories category id by code, the ones the database has plus any the file declares
   *     (declared ones not yet stored carry a negative id)
   */
  public ProductValidator(Map<String, Long> categories) {
    this.categories = categories;
  }

  /** The checked product, or null after telling every problem of the row to {@code errors}. */
  public ProductData check(RawProduct raw, Consumer<RowError> errors) {
    long line = raw.line();
    if (raw.problem() != null) {
      errors.accept(raw.problem());
      return null;
    }
    List<RowError> found = new ArrayList<>(2);
    String sku = clean(raw.sku());
    if (sku == null) {
      found.add(new RowError(line, null, "sku", "catalog.row.required"));
    } else if (sku.length() > MAX_SKU) {
      found.add(new RowError(line, clip(sku), "sku", "catalog.row.tooLong", MAX_SKU));
      sku = clip(sku);
    } else if (!SKU.matcher(sku).matches()) {
      found.add(new RowError(line, sku, "sku", "catalog.row.skuChars"));
    }
    // SKUs compare without letter case, as the database's unique index does
    Long first =
        sku == null ? null : firstLineOfSku.putIfAbsent(sku.toUpperCase(Locale.ROOT), line);
    if (first != null) {
      found.add(new RowError(line, sku, "sku", "catalog.row.duplicateSku", first));
    }
    if (raw.delete()) {
      return report(found, errors)
          ? null
          : new ProductData(
              line,
              sku,
              null,
              null,
              0,
              null,
              null,
              null,
              null,
              null,
              null,
              BigDecimal.ZERO,
              null,
              false,
              new TreeMap<>(),
              new TreeMap<>(),
              true);
    }
    String name = text(found, line, sku, "name", raw.name(), MAX_NAME, true, false);
    String description =
        text(found, line, sku, "description", raw.description(), MAX_DESCRIPTION, false, true);
    String categoryCode = clean(raw.category());
    Long categoryId = null;
    if (categoryCode == null) {
      found.add(new RowError(line, sku, "category", "catalog.row.required"));
    } else {
      categoryId = categories.get(categoryCode);
      if (categoryId == null) {
        categoryId = categories.get(categoryCode.toLowerCase(Locale.ROOT));
      }
      if (categoryId == null) {
        found.add(
            new RowError(line, sku, "category", "catalog.row.unknownCategory", clip(categoryCode)));
      }
    }
    BigDecimal price = decimal(found, line, sku, "base_price", raw.basePrice(), true);
    String currency = clean(raw.currency());
    if (currency == null) {
      found.add(new RowError(line, sku, "currency", "catalog.row.required"));
    } else {
      currency = currency.toUpperCase(Locale.ROOT);
      if (!CURRENCY.matcher(currency).matches()) {
        found.add(
            new RowError(line, sku, "currency", "catalog.row.currency", clip(raw.currency())));
      }
    }
    String manufacturer =
        text(found, line, sku, "manufacturer", raw.manufacturer(), MAX_MANUFACTURER, false, false);
    String mpn =
        text(
            found,
            line,
            sku,
            "manufacturer_part_number",
            raw.manufacturerPartNumber(),
            MAX_MPN,
            false,
            false);
    BigDecimal weight = decimal(found, line, sku, "weight_kg", raw.weightKg(), false);
    Integer delivery = integer(found, line, sku, "delivery_days", raw.deliveryDays(), 3650);
    String image = clean(raw.imageUrl());
    if (image != null) {
      String lower = image.toLowerCase(Locale.ROOT);
      if (image.length() > MAX_URL) {
        found.add(new RowError(line, sku, "image_url", "catalog.row.tooLong", MAX_URL));
      } else if (!(lower.startsWith("https://") || lower.startsWith("http://"))
          || image.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
        found.add(new RowError(line, sku, "image_url", "catalog.row.url"));
      }
    }
    Boolean active = bool(found, line, sku, raw.active());
    final String rowSku = sku;
    SortedMap<String, String> attributes = new TreeMap<>();
    raw.attributes()
        .forEach(
            (key, value) -> {
              String field = "attr:" + clip(key);
              if (key.length() > MAX_KEY || Checks.textProblem(key, false) != null) {
                found.add(new RowError(line, rowSku, field, "catalog.row.badKey", MAX_KEY));
                return;
              }
              String v = text(found, line, rowSku, field, value, MAX_ATTRIBUTE, false, false);
              if (v != null) {
                attributes.put(key, v);
              }
            });
    SortedMap<String, Long> stock = new TreeMap<>();
    raw.stock()
        .forEach(
            (warehouse, value) -> {
              String field = "stock:" + clip(warehouse);
              if (!WAREHOUSE.matcher(warehouse).matches()) {
                found.add(new RowError(line, rowSku, field, "catalog.row.warehouse"));
                return;
              }
              Integer quantity = integer(found, line, rowSku, field, value, 999_999_999);
              if (quantity != null) {
                stock.put(warehouse, quantity.longValue());
              }
            });
    String json = ProductData.Json.object(attributes);
    if (json != null && json.length() > MAX_ATTRIBUTES_JSON) {
      found.add(new RowError(line, sku, "attr", "catalog.row.tooManyAttributes"));
    }
    if (report(found, errors)) {
      return null;
    }
    return new ProductData(
        line,
        sku,
        name,
        description,
        categoryId,
        categoryCode,
        manufacturer,
        mpn,
        weight,
        delivery,
        image,
        price,
        currency,
        active == null || active,
        attributes,
        stock,
        false);
  }

  private static boolean report(List<RowError> found, Consumer<RowError> errors) {
    found.forEach(errors);
    return !found.isEmpty();
  }

  private static String text(
      List<RowError> found,
      long line,
      String sku,
      String field,
      String raw,
      int max,
      boolean required,
      boolean multiline) {
    String value = clean(raw);
    if (value == null) {
      if (required) {
        found.add(new RowError(line, sku, field, "catalog.row.required"));
      }
      return null;
    }
    if (value.length() > max) {
      found.add(new RowError(line, sku, field, "catalog.row.tooLong", max));
      return null;
    }
    if (Checks.textProblem(value, multiline) != null) {
      found.add(new RowError(line, sku, field, "catalog.row.controlChars"));
      return null;
    }
    return value;
  }

  private static BigDecimal decimal(
      List<RowError> found, long line, String sku, String field, String raw, boolean required) {
    String value = clean(raw);
    if (value == null) {
      if (required) {
        found.add(new RowError(line, sku, field, "catalog.row.required"));
      }
      return null;
    }
    if (DECIMAL_COMMA.matcher(value).matches()) {
      value = value.replace(',', '.');
    }
    if (!DECIMAL.matcher(value).matches()) {
      found.add(new RowError(line, sku, field, "catalog.row.number", clip(value)));
      return null;
    }
    BigDecimal number = new BigDecimal(value);
    if (number.signum() < 0) {
      found.add(new RowError(line, sku, field, "catalog.row.negative", clip(value)));
      return null;
    }
    return number;
  }

  private static Integer integer(
      List<RowError> found, long line, String sku, String field, String raw, int max) {
    String value = clean(raw);
    if (value == null) {
      return null;
    }
    if (!INTEGER.matcher(value).matches()) {
      found.add(new RowError(line, sku, field, "catalog.row.integer", clip(value)));
      return null;
    }
    int number = Integer.parseInt(value);
    if (number < 0 || number > max) {
      found.add(new RowError(line, sku, field, "catalog.row.range", 0, max));
      return null;
    }
    return number;
  }

  private static Boolean bool(List<RowError> found, long line, String sku, String raw) {
    String value = clean(raw);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "y" -> true;
      case "false", "no", "0", "n" -> false;
      default -> {
        found.add(new RowError(line, sku, "active", "catalog.row.boolean", clip(value)));
        yield null;
      }
    };
  }

  static String clean(String value) {
    return Checks.clean(value);
  }

  static String clip(String value) {
    return value == null || value.length() <= 64 ? value : value.substring(0, 64);
  }
}
