package org.channelport.platform;

import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.channelport.shared.Codes;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.PageRequest;

/**
 * The query parameters of one API endpoint, declared once, and the one parser of them: every value
 * is checked against its kind and comes out normalised; anything else is a 400 naming the parameter
 * (all problems of a request at once).
 *
 * <p>The rules for every endpoint: a parameter the endpoint does not know is refused (listing the
 * known ones); a parameter given twice is refused (lists are comma-separated); an empty value is
 * the same as leaving the parameter out. Paged lists know {@code offset} (0..{@link #MAX_OFFSET}),
 * {@code limit} (1..{@link PageRequest#MAX_SIZE}), {@code sort} (the service's sort fields) and
 * {@code order} ({@code asc}, {@code desc}).
 */
public final class ListParams {
  public static final int MAX_OFFSET = 10_000_000;
  public static final int DEFAULT_LIMIT = 50;
  public static final String OFFSET = "offset";
  public static final String LIMIT = "limit";
  public static final String SORT = "sort";
  public static final String ORDER = "order";

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,6})?");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final List<String> ORDERS = List.of("asc", "desc");
  private static final List<String> BOOLEANS = List.of("true", "false");

  private final boolean paged;
  private final List<String> sorts;
  private final String defaultSort;
  private final boolean defaultAscending;
  private final Map<String, Kind> filters;

  private ListParams(
      boolean paged,
      List<String> sorts,
      String defaultSort,
      boolean defaultAscending,
      Map<String, Kind> filters) {
    this.paged = paged;
    this.sorts = sorts;
    this.defaultSort = defaultSort;
    this.defaultAscending = defaultAscending;
    this.filters = filters;
  }

  /**
   * A paged, sorted list: {@code sorts} are the sort fields the service knows, {@code defaultSort}
   * one of them or null (the service then picks), {@code ascending} the default order.
   */
  public static Builder paged(Collection<String> sorts, String defaultSort, boolean ascending) {
    if (defaultSort != null && !sorts.contains(defaultSort)) {
      throw new IllegalArgumentException("default sort " + defaultSort + " is not in " + sorts);
    }
    return new Builder(true, List.copyOf(sorts), defaultSort, ascending);
  }

  /** An endpoint that is not a paged list; only the parameters declared on the builder. */
  public static Builder plain() {
    return new Builder(false, List.of(), null, true);
  }

  /** The parameters this endpoint knows, in the order they were declared. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (paged) {
      names.addAll(List.of(OFFSET, LIMIT, SORT, ORDER));
    }
    names.addAll(filters.keySet());
    return names;
  }

  /** The sort fields, as declared. */
  public List<String> sorts() {
    return sorts;
  }

  public PageRequest parse(UriInfo uri) {
    return parse(uri.getQueryParameters());
  }

  /**
   * The page these query parameters ask for: offset, limit, sort field (the default when left out),
   * order, and the filters given, each value normalised (enum codes lower-case, numbers without
   * leading zeros, booleans {@code true}/{@code false}). A plain endpoint's page has offset 0 and
   * the default limit. Throws {@link InvalidInputException} with one error per bad parameter.
   */
  public PageRequest parse(Map<String, List<String>> query) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> single = new HashMap<>();
    Set<String> known = new LinkedHashSet<>(names());
    for (Map.Entry<String, List<String>> e : new TreeMap<>(query).entrySet()) {
      String name = e.getKey();
      if (!known.contains(name)) {
        errors.add(
            new FieldError(printable(name), "error.param.unknown", String.join(", ", known)));
        continue;
      }
      List<String> given =
          e.getValue() == null
              ? List.of()
              : e.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
      if (given.size() > 1) {
        errors.add(new FieldError(name, "error.param.repeated"));
      } else if (given.size() == 1) {
        single.put(name, given.get(0).strip());
      }
    }
    int offset = 0;
    int limit = DEFAULT_LIMIT;
    String sort = defaultSort;
    boolean ascending = defaultAscending;
    if (paged) {
      offset = (int) whole(OFFSET, single.get(OFFSET), 0, MAX_OFFSET, 0, errors);
      limit = (int) whole(LIMIT, single.get(LIMIT), 1, PageRequest.MAX_SIZE, DEFAULT_LIMIT, errors);
      String s = single.get(SORT);
      if (s != null) {
        if (sorts.contains(s)) {
          sort = s;
        } else {
          errors.add(new FieldError(SORT, "error.param.oneOf", String.join(", ", sorts)));
        }
      }
      String o = single.get(ORDER);
      if (o != null) {
        String code = o.toLowerCase(Locale.ROOT);
        if (ORDERS.contains(code)) {
          ascending = code.equals("asc");
        } else {
          errors.add(new FieldError(ORDER, "error.param.oneOf", String.join(", ", ORDERS)));
        }
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    filters.forEach(
        (name, kind) -> {
          String text = single.get(name);
          if (text != null) {
            String value = kind.normalise(name, text, errors);
            if (value != null) {
              values.put(name, value);
            }
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PageRequest(offset, limit, sort, ascending, values);
  }

  private static long whole(
      String name, String text, long min, long max, long absent, List<FieldError> errors) {
    if (text == null) {
      return absent;
    }
    // at most 18 digits so that parsing cannot overflow; anything longer is out of range anyway
    String digits = text.replaceFirst("^0+(?=[0-9])", "");
    if (DIGITS.matcher(digits).matches() && digits.length() <= 18) {
      long value = Long.parseLong(digits);
      if (value >= min && value <= max) {
        return value;
      }
    }
    errors.add(
        new FieldError(name, "error.param.wholeNumber", String.valueOf(min), String.valueOf(max)));
    return absent;
  }

  /** A control character (%00 and the like) or a byte that was not UTF-8 (decoded as U+FFFD). */
  private static boolean hasControl(String text) {
    return text.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
  }

  /** A parameter name fit to repeat in an answer: short, no control characters. */
  private static String printable(String name) {
    String clean =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }

  /** What a filter's value must be. */
  private interface Kind {
    /** The value normalised, or null after adding an error. */
    String normalise(String name, String text, List<FieldError> errors);
  }

  private record Text(int maxLength) implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      if (text.length() > maxLength || hasControl(text)) {
        errors.add(new FieldError(name, "error.param.text", String.valueOf(maxLength)));
        return null;
      }
      return text;
    }
  }

  private record Country() implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      if (!COUNTRY.matcher(text).matches()) {
        errors.add(new FieldError(name, "error.param.country"));
        return null;
      }
      return text.toUpperCase(Locale.ROOT);
    }
  }

  private record OneOf(List<String> allowed) implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      String code = text.toLowerCase(Locale.ROOT);
      if (!allowed.contains(code)) {
        errors.add(new FieldError(name, "error.param.oneOf", String.join(", ", allowed)));
        return null;
      }
      return code;
    }
  }

  private record SomeOf(List<String> allowed) implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      Set<String> codes = new LinkedHashSet<>();
      for (String part : text.split(",", -1)) {
        String code = part.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(code)) {
          errors.add(new FieldError(name, "error.param.someOf", String.join(", ", allowed)));
          return null;
        }
        codes.add(code);
      }
      return String.join(",", codes);
    }
  }

  private record Whole(long min, long max) implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      int before = errors.size();
      long value = whole(name, text, min, max, 0, errors);
      return errors.size() > before ? null : String.valueOf(value);
    }
  }

  private record Decimal() implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      if (!DECIMAL.matcher(text).matches()) {
        errors.add(new FieldError(name, "error.param.decimal"));
        return null;
      }
      return new BigDecimal(text).toPlainString();
    }
  }

  private record Bool() implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      String code = text.toLowerCase(Locale.ROOT);
      if (!BOOLEANS.contains(code)) {
        errors.add(new FieldError(name, "error.param.boolean"));
        return null;
      }
      return code;
    }
  }

  private record Date() implements Kind {
    @Override
    public String normalise(String name, String text, List<FieldError> errors) {
      if (DATE.matcher(text).matches()) {
        try {
          return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
          // falls through to the error
        }
      }
      errors.add(new FieldError(name, "error.param.date"));
      return null;
    }
  }

  /** Declares an endpoint's filters; {@link #build()} gives the immutable declaration. */
  public static final class Builder {
    private final boolean paged;
    private final List<String> sorts;
    private final String defaultSort;
    private final boolean defaultAscending;
    private final Map<String, Kind> filters = new LinkedHashMap<>();

    private Builder(
        boolean paged, List<String> sorts, String defaultSort, boolean defaultAscending) {
      this.paged = paged;
      this.sorts = sorts;
      this.defaultSort = defaultSort;
      this.defaultAscending = defaultAscending;
    }

    /** Free text of at most {@code maxLength} characters, no control characters. */
    public Builder text(String name, int maxLength) {
      return add(name, new Text(maxLength));
    }

    /** A two-letter country code; normalised to upper case. */
    public Builder country(String name) {
      return add(name, new Country());
    }

    /** One of {@code allowed} (lower-case codes), any case accepted. */
    public Builder oneOf(String name, Collection<String> allowed) {
      return add(name, new OneOf(lowerCase(allowed)));
    }

    /** One of the enum's codes ({@link org.channelport.shared.Codes}). */
    public <E extends Enum<E>> Builder oneOf(String name, Class<E> type) {
      return oneOf(name, codes(type));
    }

    /** One or several of {@code allowed}, comma-separated, any case accepted. */
    public Builder someOf(String name, Collection<String> allowed) {
      return add(name, new SomeOf(lowerCase(allowed)));
    }

    public <E extends Enum<E>> Builder someOf(String name, Class<E> type) {
      return someOf(name, codes(type));
    }

    /** A record's id: a whole number from 1. */
    public Builder id(String name) {
      return add(name, new Whole(1, Long.MAX_VALUE / 10));
    }

    /** A whole number from {@code min} to {@code max}. */
    public Builder whole(String name, long min, long max) {
      return add(name, new Whole(min, max));
    }

    /** A decimal number of 0 or more, with a point: {@code 12.50}; no exponent. */
    public Builder decimal(String name) {
      return add(name, new Decimal());
    }

    /** {@code true} or {@code false}, any case. */
    public Builder bool(String name) {
      return add(name, new Bool());
    }

    /** An ISO date, {@code 2026-12-31}. */
    public Builder date(String name) {
      return add(name, new Date());
    }

    public ListParams build() {
      return new ListParams(
          paged,
          sorts,
          defaultSort,
          defaultAscending,
          Collections.unmodifiableMap(new LinkedHashMap<>(filters)));
    }

    private Builder add(String name, Kind kind) {
      if (filters.containsKey(name)
          || (paged && List.of(OFFSET, LIMIT, SORT, ORDER).contains(name))) {
        throw new IllegalArgumentException("parameter " + name + " declared twice");
      }
      filters.put(name, kind);
      return this;
    }

    private static List<String> lowerCase(Collection<String> allowed) {
      return allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    private static <E extends Enum<E>> List<String> codes(Class<E> type) {
      return Stream.of(type.getEnumConstants()).map(Codes::of).toList();
    }
  }
}
