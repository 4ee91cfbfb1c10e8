package org.channelport.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelport.shared.FieldError;

/**
 * Compares a parsed JSON body with the Java type it is to be bound to, before binding: every value
 * of the wrong kind becomes a field error with its JSON path ({@code estimatedValue}, {@code
 * primaryContact.email}, {@code categories[1]}) in the user's words, so that no binder message
 * (which names Java classes) ever reaches a caller.
 */
final class JsonShape {
  /** Numbers beyond this many digits before or after the point are refused as out of range. */
  static final int MAX_DIGITS = 60;

  private final List<FieldError> errors = new ArrayList<>();

  private JsonShape() {}

  /** Every mismatch of {@code json} with {@code type}; empty when the body fits. */
  static List<FieldError> check(JsonValue json, Type type) {
    JsonShape shape = new JsonShape();
    shape.value(json, type, "");
    return shape.errors;
  }

  private void value(JsonValue json, Type type, String path) {
    Class<?> raw = raw(type);
    if (json == null
        || raw == null
        || raw == Object.class
        || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        error(path, kindKey(raw));
      }
      return;
    }
    if (raw == String.class || raw == CharSequence.class) {
      // a number is taken as its digits (a postcode, a price sent as 999.00)
      if (json.getValueType() != JsonValue.ValueType.STRING
          && json.getValueType() != JsonValue.ValueType.NUMBER) {
        error(path, "error.json.text");
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (json.getValueType() != JsonValue.ValueType.TRUE
          && json.getValueType() != JsonValue.ValueType.FALSE) {
        error(path, "error.json.boolean");
      }
    } else if (isWhole(raw)) {
      wholeNumber(json, raw, path);
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      number(json, path);
    } else if (raw == LocalDate.class) {
      date(json, path);
    } else if (raw == Instant.class || raw == OffsetDateTime.class) {
      dateTime(json, path);
    } else if (raw.isEnum()) {
      constant(json, raw, path);
    } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      list(json, type, raw, path);
    } else if (Map.class.isAssignableFrom(raw)) {
      map(json, type, path);
    } else if (raw.isRecord() || raw.getName().startsWith("org.channelport.")) {
      object(json, raw, path);
    }
  }

  private void wholeNumber(JsonValue json, Class<?> raw, String path) {
    if (!(json instanceof JsonNumber number)) {
      error(path, "error.json.wholeNumber");
      return;
    }
    BigDecimal value = number.bigDecimalValue();
    if (tooManyDigits(value)) {
      error(path, "error.json.range");
      return;
    }
    BigInteger whole;
    try {
      whole = value.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      error(path, "error.json.wholeNumber");
      return;
    }
    long min;
    long max;
    if (raw == int.class || raw == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (raw == short.class || raw == Short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else if (raw == byte.class || raw == Byte.class) {
      min = Byte.MIN_VALUE;
      max = Byte.MAX_VALUE;
    } else if (raw == BigInteger.class) {
      return;
    } else {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    }
    if (whole.compareTo(BigInteger.valueOf(min)) < 0
        || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      error(path, "error.json.range");
    }
  }

  private void number(JsonValue json, String path) {
    if (!(json instanceof JsonNumber number)) {
      error(path, "error.json.number");
    } else if (tooManyDigits(number.bigDecimalValue())) {
      error(path, "error.json.range");
    }
  }

  private static boolean tooManyDigits(BigDecimal value) {
    return value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS;
  }

  private void date(JsonValue json, String path) {
    if (!(json instanceof JsonString text)) {
      error(path, "error.json.date");
      return;
    }
    try {
      LocalDate.parse(text.getString());
    } catch (DateTimeParseException e) {
      error(path, "error.json.date");
    }
  }

  private void dateTime(JsonValue json, String path) {
    if (!(json instanceof JsonString text)) {
      error(path, "error.json.dateTime");
      return;
    }
    try {
      OffsetDateTime.parse(text.getString());
    } catch (DateTimeParseException e) {
      error(path, "error.json.dateTime");
    }
  }

  private void constant(JsonValue json, Class<?> raw, String path) {
    String choices =
        Arrays.stream(raw.getEnumConstants())
            .map(c -> ((Enum<?>) c).name())
            .collect(Collectors.joining(", "));
    if (!(json instanceof JsonString text)
        || Arrays.stream(raw.getEnumConstants())
            .noneMatch(c -> ((Enum<?>) c).name().equals(text.getString()))) {
      errors.add(new FieldError(field(path), "error.json.oneOf", choices));
    }
  }

  private void list(JsonValue json, Type type, Class<?> raw, String path) {
    if (!(json instanceof JsonArray array)) {
      error(path, path.isEmpty() ? "error.json.bodyList" : "error.json.list");
      return;
    }
    Type element = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
    if (type instanceof GenericArrayType generic) {
      element = generic.getGenericComponentType();
    }
    for (int i = 0; i < array.size(); i++) {
      value(array.get(i), element, path + "[" + i + "]");
    }
  }

  private void map(JsonValue json, Type type, String path) {
    if (!(json instanceof JsonObject object)) {
      error(path, path.isEmpty() ? "error.json.bodyObject" : "error.json.object");
      return;
    }
    Type valueType = typeArgument(type, 1);
    object.forEach((key, v) -> value(v, valueType, child(path, key)));
  }

  private void object(JsonValue json, Class<?> raw, String path) {
    if (!(json instanceof JsonObject object)) {
      error(path, path.isEmpty() ? "error.json.bodyObject" : "error.json.object");
      return;
    }
    Map<String, Type> properties = properties(raw);
    // in the order of the body, so that the first error is the first the caller wrote
    object.forEach(
        (name, v) -> {
          Type type = properties.get(name);
          if (type != null) {
            value(v, type, child(path, name));
          }
        });
  }

  /** The JSON names of a record's components or a class's fields, with their Java types. */
  private static Map<String, Type> properties(Class<?> raw) {
    Map<String, Type> properties = new LinkedHashMap<>();
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        if (!c.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
          properties.put(
              propertyName(c.getName(), c.getAccessor().getAnnotation(JsonbProperty.class)),
              c.getGenericType());
        }
      }
      return properties;
    }
    for (Class<?> k = raw; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && !Modifier.isTransient(f.getModifiers())
            && !f.isSynthetic()
            && !f.isAnnotationPresent(JsonbTransient.class)) {
          properties.putIfAbsent(
              propertyName(f.getName(), f.getAnnotation(JsonbProperty.class)), f.getGenericType());
        }
      }
    }
    return properties;
  }

  private static String propertyName(String name, JsonbProperty property) {
    return property == null || property.value().isEmpty() ? name : property.value();
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private void error(String path, String key) {
    errors.add(new FieldError(field(path), key));
  }

  private static String field(String path) {
    return path.isEmpty() ? "body" : path;
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == long.class
        || raw == Long.class
        || raw == int.class
        || raw == Integer.class
        || raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class
        || raw == BigInteger.class;
  }

  private static String kindKey(Class<?> primitive) {
    if (primitive == boolean.class) {
      return "error.json.boolean";
    }
    return isWhole(primitive) ? "error.json.wholeNumber" : "error.json.number";
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType g) {
      Class<?> component = raw(g.getGenericComponentType());
      return component == null ? null : component.arrayType();
    }
    if (type instanceof WildcardType w) {
      return w.getUpperBounds().length == 0 ? Object.class : raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return v.getBounds().length == 0 ? Object.class : raw(v.getBounds()[0]);
    }
    return null;
  }
}
