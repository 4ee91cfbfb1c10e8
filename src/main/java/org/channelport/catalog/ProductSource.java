package org.channelport.catalog;

import java.util.function.Consumer;

/** Where the search index reads the catalog from: the database, or a test's list. */
public interface ProductSource {
  /** The catalog's current revision (the last import committed). */
  long revision();

  /** Every product whose revision is in ({@code after}, {@code upTo}]. */
  void changed(long after, long upTo, Consumer<IndexedProduct> each);

  /** How many products there are, active or not. */
  long count();

  /** Every product, active or not. */
  void all(Consumer<IndexedProduct> each);
}
