package org.channelport.platform;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * The one reader of JSON request bodies for every API resource. It reads at most {@value
 * #MAX_BYTES} bytes, decodes UTF-8 (broken bytes become U+FFFD, which the text rule refuses in the
 * field that holds them), parses with JSON-P, checks every text against the text rule of {@link
 * Checks} and normalises it to NFC, compares the JSON with the target type ({@link JsonShape}) and
 * only then binds with JSON-B. Every problem is an {@link InvalidInputException} naming its field
 * in the user's words; nothing a parser or binder says reaches the caller.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(1000) // before the JSON-B provider, which answers with Java class names
public class JsonBodyReader implements MessageBodyReader<Object> {
  public static final int MAX_BYTES = 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(JsonBodyReader.class.getName());
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(
          Map.of(jakarta.json.JsonConfig.KEY_STRATEGY, jakarta.json.JsonConfig.KeyStrategy.NONE));
  private static volatile Jsonb fallback;

  @Context Providers providers;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord()
        || type.getName().startsWith("org.channelport.")
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    JsonValue json = parse(bytes(entityStream), genericType);
    if (json == null) {
      return null;
    }
    try {
      return jsonb(mediaType).fromJson(json.toString(), genericType);
    } catch (RuntimeException e) {
      // the shape was checked; what is left (a binder's own limit) is told without its words
      LOG.log(Level.FINE, "JSON body not bound", e);
      throw invalid("body", "error.json.notFit");
    }
  }

  /**
   * The checked JSON of a body for {@code type}, its texts in NFC; null for an empty body.
   *
   * @throws InvalidInputException naming every field that is wrong
   */
  static JsonValue parse(byte[] bytes, Type type) {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return null;
    }
    JsonValue json;
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      json = reader.readValue();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      if (at == null) {
        throw invalid("body", "error.json.syntax");
      }
      throw invalid("body", "error.json.syntaxAt", at.getLineNumber(), at.getColumnNumber());
    } catch (JsonException | IllegalStateException e) {
      throw invalid("body", "error.json.syntax");
    } catch (RuntimeException e) {
      // the parser's own limits (an exponent that overflows, a number of thousands of digits,
      // nesting too deep) surface as plain runtime exceptions: the body is not JSON we can read
      throw invalid("body", "error.json.syntax");
    }
    List<FieldError> errors = new ArrayList<>();
    JsonValue normalised = texts(json, "", errors);
    errors.addAll(JsonShape.check(normalised, type));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return normalised;
  }

  /** UTF-8, with every malformed byte sequence as U+FFFD (refused by the text rule). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid("body", "error.json.syntax"); // cannot happen with REPLACE
    }
  }

  /** The same JSON with every text checked by the text rule and normalised to NFC. */
  private static JsonValue texts(JsonValue json, String path, List<FieldError> errors) {
    switch (json.getValueType()) {
      case STRING:
        String s = ((JsonString) json).getString();
        String problem = Checks.textProblem(s, true);
        if (problem != null) {
          errors.add(new FieldError(path.isEmpty() ? "body" : path, problem));
          return json;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? json
            : Json.createValue(Normalizer.normalize(s, Normalizer.Form.NFC));
      case OBJECT:
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) json).entrySet()) {
          String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
          if (Checks.textProblem(e.getKey(), false) != null) {
            errors.add(new FieldError("body", "error.json.badName"));
            continue;
          }
          object.add(e.getKey(), texts(e.getValue(), name, errors));
        }
        return object.build();
      case ARRAY:
        JsonArrayBuilder array = Json.createArrayBuilder();
        JsonArray items = (JsonArray) json;
        for (int i = 0; i < items.size(); i++) {
          array.add(texts(items.get(i), path + "[" + i + "]", errors));
        }
        return array.build();
      default:
        return json;
    }
  }

  private static byte[] bytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_BYTES) {
        throw new WebApplicationException(
            "The request body is larger than " + MAX_BYTES / 1024 + " KB.",
            Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
    return out.toByteArray();
  }

  private Jsonb jsonb(MediaType mediaType) {
    if (providers != null) {
      ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, mediaType);
      Jsonb configured = resolver == null ? null : resolver.getContext(Object.class);
      if (configured != null) {
        return configured;
      }
    }
    if (fallback == null) {
      fallback = JsonbBuilder.create();
    }
    return fallback;
  }

  private static InvalidInputException invalid(String field, String key, Object... args) {
    return new InvalidInputException(List.of(new FieldError(field, key, args)));
  }
}
