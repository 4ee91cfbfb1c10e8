package org.channelport.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product categories of the catalog as codes: what a lead's category, a deal registration's
 * categories and a partner's specialisations must be one of. Published here so that leads and
 * partners reach the catalog through this type only.
 */
public interface CategoryCodes {
  /** True if the catalog has a category with this code (codes compare without case). */
  boolean exists(String code);

  /** Every category code, sorted. */
  List<String> all();

  /** A fixed set of codes (one query for a whole import; tests). */
  static CategoryCodes of(Collection<String> codes) {
    Set<String> known = new TreeSet<>();
    codes.forEach(c -> known.add(c.toLowerCase(Locale.ROOT)));
    List<String> sorted = List.copyOf(known);
    return new CategoryCodes() {
      @Override
      public boolean exists(String code) {
        return code != null && known.contains(code.toLowerCase(Locale.ROOT));
      }

      @Override
      public List<String> all() {
        return sorted;
      }
    };
  }
}
