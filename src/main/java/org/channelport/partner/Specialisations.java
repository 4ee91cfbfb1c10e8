package org.channelport.partner;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.channelport.shared.Checks;

/** A partner's specialisations: lower-case words, stored as one comma-separated column. */
@Converter
public class Specialisations implements AttributeConverter<SortedSet<String>, String> {

  public static SortedSet<String> normalise(Collection<String> values) {
    if (values == null) {
      return Collections.emptySortedSet();
    }
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(v -> Checks.clean(v).toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public static SortedSet<String> parse(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return Collections.emptySortedSet();
    }
    return normalise(Arrays.asList(commaSeparated.split(",")));
  }

  public static String join(Collection<String> values) {
    return String.join(",", normalise(values));
  }

  @Override
  public String convertToDatabaseColumn(SortedSet<String> attribute) {
    return join(attribute);
  }

  @Override
  public SortedSet<String> convertToEntityAttribute(String dbData) {
    return new TreeSet<>(parse(dbData));
  }
}
