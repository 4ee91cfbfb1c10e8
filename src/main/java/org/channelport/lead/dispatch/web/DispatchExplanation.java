package org.channelport.lead.dispatch.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a lead went to the partner it went to, read from the JSON stored with every dispatch. The
 * reading is defensive: anything it does not understand is kept as plain text ({@link #raw}).
 *
 * <p>By hand: {@code {"mode":"manual","by":"cm-all","partnerId":2}}. By the rules: {@code
 * {"mode":"rules","chosen":{"partnerId","partnerName","score","parts":{..}},"filters":[..],
 * "runnersUp":[{"partnerId","partnerName","score","load"}, ..]}} (no "chosen": nobody passed).
 */
public record DispatchExplanation(
    Mode mode,
    String by,
    Long partnerId,
    Choice chosen,
    List<String> filters,
    Map<String, String> removedBy,
    List<RunnerUp> runnersUp,
    String raw)
    implements Serializable {

  /** How the partner was found. */
  public enum Mode {
    MANUAL,
    RULES,
    UNKNOWN
  }

  /** The partner the rules picked, its score and the parts of the score. */
  public record Choice(
      Long partnerId, String partnerName, String score, String load, Map<String, String> parts)
      implements Serializable {}

  /** A partner that passed the filters but scored lower (or equal and lost the round-robin). */
  public record RunnerUp(Long partnerId, String partnerName, String score, String load)
      implements Serializable {}

  /** Null when there is nothing to explain. */
  public static DispatchExplanation parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return unknown(json);
      }
      o = value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      return unknown(json);
    }
    String mode = text(o.get("mode"));
    if ("manual".equals(mode)) {
      return new DispatchExplanation(
          Mode.MANUAL,
          text(o.get("by")),
          id(o.get("partnerId")),
          null,
          List.of(),
          Map.of(),
          List.of(),
          json);
    }
    if ("rules".equals(mode)) {
      return new DispatchExplanation(
          Mode.RULES,
          text(o.get("by")),
          null,
          choice(o.get("chosen")),
          strings(o.get("filters")),
          texts(o.get("removedBy")),
          runnersUp(o.get("runnersUp")),
          json);
    }
    return unknown(json);
  }

  private static DispatchExplanation unknown(String json) {
    return new DispatchExplanation(
        Mode.UNKNOWN, null, null, null, List.of(), Map.of(), List.of(), json);
  }

  public boolean isManual() {
    return mode == Mode.MANUAL;
  }

  public boolean isRules() {
    return mode == Mode.RULES;
  }

  public boolean isUnknown() {
    return mode == Mode.UNKNOWN;
  }

  /** The rules ran and no partner passed them. */
  public boolean isNobodyChosen() {
    return mode == Mode.RULES && chosen == null;
  }

  private static Choice choice(JsonValue value) {
    if (!(value instanceof JsonObject c)) {
      return null;
    }
    return new Choice(
        id(c.get("partnerId")),
        text(c.get("partnerName")),
        text(c.get("score")),
        text(c.get("load")),
        texts(c.get("parts")));
  }

  /** An object's members as text, in their order; a member of no readable value reads "—". */
  private static Map<String, String> texts(JsonValue value) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (value instanceof JsonObject o) {
      o.forEach(
          (name, member) -> {
            String text = text(member);
            texts.put(name, text == null ? "—" : text);
          });
    }
    return texts;
  }

  /** How many partners a filter of the ladder removed, or null when it was not recorded. */
  public String removedBy(String filter) {
    return removedBy.get(filter);
  }

  private static List<RunnerUp> runnersUp(JsonValue value) {
    List<RunnerUp> list = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonObject r) {
          list.add(
              new RunnerUp(
                  id(r.get("partnerId")),
                  text(r.get("partnerName")),
                  text(r.get("score")),
                  text(r.get("load"))));
        }
      }
    }
    return List.copyOf(list);
  }

  private static List<String> strings(JsonValue value) {
    List<String> list = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        String s = text(item);
        if (s != null) {
          list.add(s);
        }
      }
    }
    return List.copyOf(list);
  }

  /** A string or number as text (numbers without trailing zeros); null for anything else. */
  static String text(JsonValue value) {
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

  private static Long id(JsonValue value) {
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
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
}
