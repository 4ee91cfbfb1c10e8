package org.channelport.erp.tryton;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.channelport.erp.ErpException;

/**
 * Tryton's JSON-RPC from Java: {@code POST <url><database>/} with {@code {"id","method","params"}}.
 * Logs in with {@code common.db.login} (then header {@code Authorization: Session
 * base64(login:uid:session)}), reads the user's context once ({@code res.user.get_preferences}) and
 * passes it as the last parameter of every {@code model.*} call. A 401 (session expired, server
 * restarted) logs in again once and repeats the call.
 *
 * <p>Values both ways: BigDecimal ⇄ {@code {"__class__":"Decimal","decimal":"10.00"}}, LocalDate ⇄
 * {@code date}, LocalDateTime (Tryton's naive UTC) and Instant → {@code datetime} → LocalDateTime,
 * LocalTime ⇄ {@code time}, Duration ⇄ {@code timedelta}, byte[] ⇄ {@code bytes}; maps, lists,
 * strings, booleans, integers (→ Long) and other numbers (→ BigDecimal) as JSON.
 *
 * <p>Failures: connect errors, timeouts, HTTP 5xx, 429 and 408 are {@link
 * ErpException.Kind#TRANSIENT} (so is a login Tryton refuses: the configuration is fixed, not the
 * message); other HTTP errors are rejected; an error answer is a {@link TrytonError}. Thread-safe;
 * one session for all threads.
 */
public class TrytonRpc {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final URI endpoint;
  private final String user;
  private final String password;
  private final Duration timeout;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  private volatile String authorization;
  private volatile JsonObject context;

  /**
   * @param url Tryton's base URL, e.g. http://127.0.0.1:8000/
   * @param database the database name
   * @param timeout the longest a call may take (a confirm with processing takes ~0.3 s)
   */
  public TrytonRpc(String url, String database, String user, String password, Duration timeout) {
    this(
        url,
        database,
        user,
        password,
        timeout,
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  TrytonRpc(
      String url,
      String database,
      String user,
      String password,
      Duration timeout,
      HttpClient http) {
    String base = url.endsWith("/") ? url : url + "/";
    this.endpoint = URI.create(base + database + "/");
    this.user = user;
    this.password = password;
    this.timeout = timeout;
    this.http = http;
  }

  public URI endpoint() {
    return endpoint;
  }

  /**
   * Calls {@code model.<model>.<method>} with these parameters and the user's context appended.
   *
   * @return the decoded result (see the class comment for the types)
   */
  public Object model(String model, String method, Object... params) throws ErpException {
    return call("model." + model + "." + method, Map.of(), params);
  }

  /**
   * Calls {@code model.<model>.<method>} with the user's context plus {@code extraContext} (e.g.
   * {@code locations} for stock quantities).
   */
  public Object modelIn(Map<String, ?> extraContext, String model, String method, Object... params)
      throws ErpException {
    return call("model." + model + "." + method, extraContext, params);
  }

  /**
   * Calls a method; {@code model.*} methods get the context as their last parameter.
   *
   * @return the decoded result
   */
  public Object call(String method, Object... params) throws ErpException {
    return call(method, Map.of(), params);
  }

  private Object call(String method, Map<String, ?> extraContext, Object... params)
      throws ErpException {
    boolean withContext = method.startsWith("model.");
    ensureSession();
    for (int attempt = 0; ; attempt++) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      for (Object param : params) {
        array.add(encode(param));
      }
      if (withContext) {
        if (extraContext.isEmpty()) {
          array.add(context);
        } else {
          JsonObjectBuilder merged = Json.createObjectBuilder(context);
          extraContext.forEach((key, value) -> merged.add(key, encode(value)));
          array.add(merged);
        }
      }
      Answer answer = post(method, array.build(), authorization);
      if (answer.status == 401) {
        if (attempt == 0) {
          login();
          continue;
        }
        throw ErpException.transientFailure(
            "Tryton refused the new session of " + user + " for " + method, null);
      }
      return result(method, answer);
    }
  }

  /** The context every model call carries (language, company, …), after a login. */
  public JsonObject context() throws ErpException {
    ensureSession();
    return context;
  }

  /** Forgets the session: the next call logs in again. */
  public void reset() {
    authorization = null;
  }

  private void ensureSession() throws ErpException {
    if (authorization == null) {
      login();
    }
  }

  private synchronized void login() throws ErpException {
    JsonArray params =
        Json.createArrayBuilder()
            .add(user)
            .add(Json.createObjectBuilder().add("password", password))
            .add("en")
            .build();
    Answer answer = post("common.db.login", params, null);
    if (answer.status == 401 || answer.status == 403) {
      throw ErpException.transientFailure(
          "Tryton refused the login of " + user + " (HTTP " + answer.status + ")", null);
    }
    Object session = result("common.db.login", answer);
    if (!(session instanceof List<?> pair) || pair.size() != 2) {
      throw ErpException.transientFailure("Tryton's login answered " + answer.body, null);
    }
    String token = user + ":" + pair.get(0) + ":" + pair.get(1);
    String header =
        "Session " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    Answer preferences =
        post(
            "model.res.user.get_preferences",
            Json.createArrayBuilder().add(true).add(JsonValue.EMPTY_JSON_OBJECT).build(),
            header);
    JsonObject value = parse(preferences).getJsonObject("result");
    if (value == null) {
      result("model.res.user.get_preferences", preferences);
      throw ErpException.transientFailure("Tryton sent no preferences: " + preferences.body, null);
    }
    this.context = value;
    this.authorization = header;
  }

  private record Answer(int status, String body) {}

  private Answer post(String method, JsonArray params, String auth) throws ErpException {
    JsonObject request =
        Json.createObjectBuilder()
            .add("id", ids.incrementAndGet())
            .add("method", method)
            .add("params", params)
            .build();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8));
    if (auth != null) {
      builder.header("Authorization", auth);
    }
    HttpResponse<String> response;
    try {
      response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw ErpException.transientFailure(
          "Tryton at " + endpoint + " did not answer " + method + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ErpException.transientFailure("interrupted while calling Tryton", e);
    }
    return classify(method, response.statusCode(), response.body());
  }

  /** HTTP status → transient / rejected; 200 and 401 (handled by the caller) pass. */
  static Answer classify(String method, int status, String body) throws ErpException {
    if (status == 200 || status == 401) {
      return new Answer(status, body);
    }
    String what = "Tryton answered HTTP " + status + " to " + method;
    if (status >= 500 || status == 429 || status == 408) {
      throw ErpException.transientFailure(what, null);
    }
    if (status == 403 && "common.db.login".equals(method)) {
      return new Answer(status, body);
    }
    throw ErpException.rejected(what, abbreviate(body));
  }

  private static JsonObject parse(Answer answer) throws ErpException {
    try (JsonReader reader = Json.createReader(new StringReader(answer.body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw ErpException.transientFailure(
          "Tryton's answer is not JSON-RPC: " + abbreviate(answer.body), e);
    }
  }

  private static Object result(String method, Answer answer) throws ErpException {
    JsonObject object = parse(answer);
    JsonValue error = object.get("error");
    if (error != null && error.getValueType() != JsonValue.ValueType.NULL) {
      throw error(method, error);
    }
    return decode(object.get("result"));
  }

  /**
   * Tryton's error answer as an exception: {@code ["UserError", [message, description, domain]]},
   * {@code ["UserWarning", [name, message, description]]}, {@code ["ConcurrencyException",
   * [message]]}, or for any other exception {@code [text, traceback]}.
   */
  static TrytonError error(String method, JsonValue error) {
    String answer = abbreviate(error.toString());
    if (error instanceof JsonArray array && !array.isEmpty()) {
      String type = text(array.get(0));
      JsonArray args =
          array.size() > 1 && array.get(1) instanceof JsonArray list
              ? list
              : JsonValue.EMPTY_JSON_ARRAY;
      switch (type) {
        case TrytonError.USER_ERROR -> {
          String message = join(text(args, 0), text(args, 1));
          return new TrytonError(ErpException.Kind.REJECTED, type, message, null, answer);
        }
        case TrytonError.USER_WARNING -> {
          String message = join(text(args, 1), text(args, 2));
          return new TrytonError(ErpException.Kind.REJECTED, type, message, text(args, 0), answer);
        }
        case TrytonError.CONCURRENCY -> {
          return new TrytonError(ErpException.Kind.TRANSIENT, type, text(args, 0), null, answer);
        }
        case "LoginException" -> {
          return new TrytonError(ErpException.Kind.TRANSIENT, type, text(args, 1), null, answer);
        }
        default -> {
          // a server exception: its text, then its traceback
          String trace = array.size() > 1 ? text(array.get(1)) : "";
          boolean retry =
              type.contains("database is locked")
                  || trace.contains("database is locked")
                  || trace.contains("DatabaseOperationalError");
          return new TrytonError(
              retry ? ErpException.Kind.TRANSIENT : ErpException.Kind.REJECTED,
              TrytonError.SERVER,
              type + " (in " + method + ")",
              null,
              answer);
        }
      }
    }
    return new TrytonError(
        ErpException.Kind.REJECTED, TrytonError.SERVER, "error " + answer, null, answer);
  }

  // ---- encoding ----

  /** A Java value as Tryton's JSON. */
  public static JsonValue encode(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof BigDecimal decimal) {
      return Json.createObjectBuilder()
          .add("__class__", "Decimal")
          .add("decimal", decimal.toPlainString())
          .build();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return Json.createValue(((Number) value).doubleValue());
    }
    if (value instanceof LocalDate date) {
      return Json.createObjectBuilder()
          .add("__class__", "date")
          .add("year", date.getYear())
          .add("month", date.getMonthValue())
          .add("day", date.getDayOfMonth())
          .build();
    }
    if (value instanceof Instant instant) {
      return encode(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    if (value instanceof LocalDateTime time) {
      return Json.createObjectBuilder()
          .add("__class__", "datetime")
          .add("year", time.getYear())
          .add("month", time.getMonthValue())
          .add("day", time.getDayOfMonth())
          .add("hour", time.getHour())
          .add("minute", time.getMinute())
          .add("second", time.getSecond())
          .add("microsecond", time.getNano() / 1000)
          .build();
    }
    if (value instanceof LocalTime time) {
      return Json.createObjectBuilder()
          .add("__class__", "time")
          .add("hour", time.getHour())
          .add("minute", time.getMinute())
          .add("second", time.getSecond())
          .add("microsecond", time.getNano() / 1000)
          .build();
    }
    if (value instanceof Duration duration) {
      return Json.createObjectBuilder()
          .add("__class__", "timedelta")
          .add("seconds", duration.toNanos() / 1e9)
          .build();
    }
    if (value instanceof byte[] bytes) {
      return Json.createObjectBuilder()
          .add("__class__", "bytes")
          .add("base64", Base64.getEncoder().encodeToString(bytes))
          .build();
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((key, member) -> object.add(String.valueOf(key), encode(member)));
      return object.build();
    }
    if (value instanceof Collection<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(item -> array.add(encode(item)));
      return array.build();
    }
    if (value instanceof Object[] items) {
      return encode(List.of(items));
    }
    if (value instanceof Number number) {
      return Json.createValue(new BigDecimal(number.toString()));
    }
    throw new IllegalArgumentException("No Tryton encoding for " + value.getClass().getName());
  }

  /** Tryton's JSON as Java values. */
  public static Object decode(JsonValue value) {
    if (value == null) {
      return null;
    }
    switch (value.getValueType()) {
      case NULL:
        return null;
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case STRING:
        return ((JsonString) value).getString();
      case NUMBER:
        JsonNumber number = (JsonNumber) value;
        return number.isIntegral() ? (Object) number.longValueExact() : number.bigDecimalValue();
      case ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
          list.add(decode(item));
        }
        return list;
      default:
        JsonObject object = value.asJsonObject();
        if (object.containsKey("__class__")) {
          return decodeClass(object);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, member) -> map.put(key, decode(member)));
        return map;
    }
  }

  private static Object decodeClass(JsonObject object) {
    String type = object.getString("__class__");
    return switch (type) {
      case "Decimal" -> new BigDecimal(object.getString("decimal"));
      case "date" ->
          LocalDate.of(object.getInt("year"), object.getInt("month"), object.getInt("day"));
      case "datetime" ->
          LocalDateTime.of(
              object.getInt("year"),
              object.getInt("month"),
              object.getInt("day"),
              object.getInt("hour", 0),
              object.getInt("minute", 0),
              object.getInt("second", 0),
              object.getInt("microsecond", 0) * 1000);
      case "time" ->
          LocalTime.of(
              object.getInt("hour", 0),
              object.getInt("minute", 0),
              object.getInt("second", 0),
              object.getInt("microsecond", 0) * 1000);
      case "timedelta" ->
          Duration.ofNanos(
              object.getJsonNumber("seconds").bigDecimalValue().movePointRight(9).longValue());
      case "bytes" -> Base64.getMimeDecoder().decode(object.getString("base64"));
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, member) -> map.put(key, decode(member)));
        yield map;
      }
    };
  }

  // ---- helpers ----

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static String text(JsonArray array, int index) {
    return index < array.size() ? text(array.get(index)) : "";
  }

  private static String join(String message, String description) {
    return description == null || description.isBlank() ? message : message + " " + description;
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + " " + e.getMessage();
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
  }
}
