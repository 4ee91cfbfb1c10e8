package org.channelport.lead.dispatch;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.lead.dispatch.DispatchLadder.Decision;
import org.channelport.lead.dispatch.DispatchLadder.Ranked;
import org.channelport.platform.StoredJson;

/**
 * "Why this partner": the JSON stored on the lead and in its dispatch event, written here ({@link
 * #of(Decision)}, {@link #manual}) and read back here ({@link #parse}) for the lead's page.
 *
 * <p>By hand: {@code {"mode":"manual","by":"cm-all","partnerId":2}}. By the rules: {@code
 * {"mode":"rules","chosen":{"partnerId","partnerName","score","load","parts":{"tierWeight",
 * "capacityLeft","acceptanceRate"}},"filters":[..],"removedBy":{filter: partners},
 * "runnersUp":[{"partnerId","partnerName","score","load"}]}}; {@code chosen} is null (or, in older
 * rows, missing) when no partner passed the filters.
 *
 * <p>The reading is defensive: anything it does not understand is kept as plain text ({@link
 * #raw}), and values are read as text for showing (numbers without trailing zeros).
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

  // --- writing -----------------------------------------------------------------------------

  /** The stored form of the rule ladder's decision. */
  public static String of(Decision decision) {
    JsonObjectBuilder json = StoredJson.object().add("mode", "rules");
    if (decision.chosen() == null) {
      json.addNull("chosen");
    } else {
      Ranked c = decision.chosen();
      JsonObjectBuilder parts =
          StoredJson.object()
              .add("tierWeight", c.partner().tierWeight())
              .add("capacityLeft", c.capacityLeft());
      StoredJson.add(
          parts,
          "acceptanceRate",
          c.partner().acceptanceRate() == null ? null : round(c.partner().acceptanceRate()));
      json.add(
          "chosen",
          StoredJson.object()
              .add("partnerId", c.partner().id())
              .add("partnerName", c.partner().name())
              .add("score", round(c.score()))
              .add("load", c.load())
              .add("parts", parts));
    }
    JsonArrayBuilder filters = StoredJson.array();
    DispatchLadder.FILTERS.forEach(filters::add);
    json.add("filters", filters);
    JsonObjectBuilder removed = StoredJson.object();
    decision.removedBy().forEach(removed::add);
    json.add("removedBy", removed);
    JsonArrayBuilder runnersUp = StoredJson.array();
    for (Ranked r : decision.runnersUp()) {
      runnersUp.add(
          StoredJson.object()
              .add("partnerId", r.partner().id())
              .add("partnerName", r.partner().name())
              .add("score", round(r.score()))
              .add("load", r.load()));
    }
    json.add("runnersUp", runnersUp);
    return StoredJson.write(json);
  }

  /** The stored form of a channel manager's dispatch by hand. */
  public static String manual(String by, long partnerId) {
    return StoredJson.write(
        StoredJson.add(StoredJson.object().add("mode", "manual"), "by", by)
            .add("partnerId", partnerId));
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  // --- reading -----------------------------------------------------------------------------

  /** Null when there is nothing to explain. */
  public static DispatchExplanation parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    JsonObject o = StoredJson.readObject(json).orElse(null);
    if (o == null) {
      return unknown(json);
    }
    String mode = StoredJson.text(o.get("mode"));
    if ("manual".equals(mode)) {
      return new DispatchExplanation(
          Mode.MANUAL,
          StoredJson.text(o.get("by")),
          StoredJson.id(o.get("partnerId")),
          null,
          List.of(),
          Map.of(),
          List.of(),
          json);
    }
    if ("rules".equals(mode)) {
      return new DispatchExplanation(
          Mode.RULES,
          StoredJson.text(o.get("by")),
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

  /** How many partners a filter of the ladder removed, or null when it was not recorded. */
  public String removedBy(String filter) {
    return removedBy.get(filter);
  }

  private static Choice choice(JsonValue value) {
    if (!(value instanceof JsonObject c)) {
      return null;
    }
    return new Choice(
        StoredJson.id(c.get("partnerId")),
        StoredJson.text(c.get("partnerName")),
        StoredJson.text(c.get("score")),
        StoredJson.text(c.get("load")),
        texts(c.get("parts")));
  }

  /** An object's members as text, in their order; a member of no readable value reads "—". */
  private static Map<String, String> texts(JsonValue value) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (value instanceof JsonObject o) {
      o.forEach(
          (name, member) -> {
            String text = StoredJson.text(member);
            texts.put(name, text == null ? "—" : text);
          });
    }
    return texts;
  }

  private static List<RunnerUp> runnersUp(JsonValue value) {
    List<RunnerUp> list = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonObject r) {
          list.add(
              new RunnerUp(
                  StoredJson.id(r.get("partnerId")),
                  StoredJson.text(r.get("partnerName")),
                  StoredJson.text(r.get("score")),
                  StoredJson.text(r.get("load"))));
        }
      }
    }
    return List.copyOf(list);
  }

  private static List<String> strings(JsonValue value) {
    List<String> list = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        String s = StoredJson.text(item);
        if (s != null) {
          list.add(s);
        }
      }
    }
    return List.copyOf(list);
  }
}
