package org.channelport.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A catalog in memory for index tests: each {@link #upload} is one revision. */
final class ListProductSource implements ProductSource {
  private final Map<Long, IndexedProduct> products = new TreeMap<>();
  private long revision;

  /** Writes these products as the next revision (as an import would). */
  synchronized long upload(List<IndexedProduct> changed) {
    revision++;
    for (IndexedProduct p : changed) {
      products.put(
          p.id(),
          new IndexedProduct(
              p.id(),
              p.sku(),
              p.name(),
              p.description(),
              p.categoryId(),
              p.manufacturer(),
              p.manufacturerPartNumber(),
              p.basePrice(),
              p.active(),
              p.inStock(),
              revision));
    }
    return revision;
  }

  synchronized IndexedProduct get(long id) {
    return products.get(id);
  }

  @Override
  public synchronized long revision() {
    return revision;
  }

  @Override
  public synchronized long count() {
    return products.size();
  }

  /** As a database put back from a backup: some products and the revision gone. */
  synchronized void restoreTo(long revision) {
    products.values().removeIf(p -> p.revision() > revision);
    this.revision = revision;
  }

  @Override
  public synchronized void changed(long after, long upTo, Consumer<IndexedProduct> each) {
    new ArrayList<>(products.values())
        .stream().filter(p -> p.revision() > after && p.revision() <= upTo).forEach(each);
  }

  @Override
  public synchronized void all(Consumer<IndexedProduct> each) {
    new ArrayList<>(products.values()).forEach(each);
  }
}
