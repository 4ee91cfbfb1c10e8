package org.channelport.lead.dispatch;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.channelport.lead.dispatch.DispatchLadder.Decision;
import org.channelport.lead.dispatch.DispatchLadder.Ranked;

/**
 * "Why this partner": the JSON stored on the lead and in its dispatch event. {@code
 * {"mode":"rules","chosen":{"partnerId","partnerName","score","load","parts":{"tierWeight",
 * "capacityLeft","acceptanceRate"}},"filters":[..],"removedBy":{filter: partners},
 * "runnersUp":[{"partnerId","partnerName","score","load"}]}}; {@code chosen} is null when no
 * partner passed the filters.
 */
public final class DispatchExplanation {
  /** One factory: {@code Json.createObjectBuilder()} looks the provider up at every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private DispatchExplanation() {}

  public static String of(Decision decision) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("mode", "rules");
    if (decision.chosen() == null) {
      json.addNull("chosen");
    } else {
      Ranked c = decision.chosen();
      JsonObjectBuilder parts =
          JSON.createObjectBuilder()
              .add("tierWeight", c.partner().tierWeight())
              .add("capacityLeft", c.capacityLeft());
      if (c.partner().acceptanceRate() == null) {
        parts.addNull("acceptanceRate");
      } else {
        parts.add("acceptanceRate", round(c.partner().acceptanceRate()));
      }
      json.add(
          "chosen",
          JSON.createObjectBuilder()
              .add("partnerId", c.partner().id())
              .add("partnerName", c.partner().name())
              .add("score", round(c.score()))
              .add("load", c.load())
              .add("parts", parts));
    }
    JsonArrayBuilder filters = JSON.createArrayBuilder();
    DispatchLadder.FILTERS.forEach(filters::add);
    json.add("filters", filters);
    JsonObjectBuilder removed = JSON.createObjectBuilder();
    decision.removedBy().forEach(removed::add);
    json.add("removedBy", removed);
    JsonArrayBuilder runnersUp = JSON.createArrayBuilder();
    for (Ranked r : decision.runnersUp()) {
      runnersUp.add(
          JSON.createObjectBuilder()
              .add("partnerId", r.partner().id())
              .add("partnerName", r.partner().name())
              .add("score", round(r.score()))
              .add("load", r.load()));
    }
    json.add("runnersUp", runnersUp);
    return json.build().toString();
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
