package org.channelport.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way the portal writes and reads the JSON it stores in columns (dispatch explanations,
 * history details, audit changes), with JSON-P (jakarta.json). The API's JSON is JSON-B's, see
 * {@link JsonConfig}; this is for text kept in the database, so reading is lenient: text that is
 * not JSON, or of another shape, is "nothing read" and never an exception, because rows written by
 * older code must stay readable.
 */
public final class StoredJson {
  /** One factory each: {@code Json.createObjectBuilder()} looks the provider up at every call. */
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private StoredJson() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  /** A member of text, or JSON null when there is none. */
  public static JsonObjectBuilder add(JsonObjectBuilder object, String name, String text) {
    return text == null ? object.addNull(name) : object.add(name, text);
  }

  /** A member of a number, or JSON null when there is none. */
  public static JsonObjectBuilder add(JsonObjectBuilder object, String name, BigDecimal number) {
    return number == null ? object.addNull(name) : object.add(name, number);
  }

  /** The stored text of a built value. */
  public static String write(JsonObjectBuilder object) {
    return object.build().toString();
  }

  /**
   * The JSON value of stored text; empty when there is none (null or blank) or when it is not JSON.
   */
  public static Optional<JsonValue> read(String stored) {
    if (stored == null || stored.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = READERS.createReader(new StringReader(stored))) {
      return Optional.of(reader.readValue());
    } catch (JsonException | IllegalStateException notJson) {
      return Optional.empty();
    }
  }

  /** The JSON object of stored text; empty when it is none, not JSON or not an object. */
  public static Optional<JsonObject> readObject(String stored) {
    return read(stored)
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject);
  }

  /**
   * A string, number or boolean as text (numbers in plain notation, without trailing zeros after
   * the point); null for anything else, JSON null included.
   */
  public static String text(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      BigDecimal d = n.bigDecimalValue();
      return d.scale() > 0 ? d.stripTrailingZeros().toPlainString() : d.toPlainString();
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value.toString();
    }
    return null;
  }

  /** A whole number, or a string of one (ids written by hand); null for anything else. */
  public static Long id(JsonValue value) {
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigDecimalValue().longValueExact();
      } catch (ArithmeticException tooLarge) {
        return null;
      }
    }
    if (value instanceof JsonString s) {
      try {
        return Long.valueOf(s.getString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Every value of a member called {@code name}, at any depth of objects and arrays. */
  public static List<JsonValue> membersNamed(JsonValue value, String name) {
    List<JsonValue> found = new ArrayList<>();
    collect(value, name, found);
    return found;
  }

  private static void collect(JsonValue value, String name, List<JsonValue> found) {
    if (value instanceof JsonObject o) {
      o.forEach(
          (member, v) -> {
            if (member.equals(name)) {
              found.add(v);
            }
            collect(v, name, found);
          });
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> collect(v, name, found));
    }
  }
}
