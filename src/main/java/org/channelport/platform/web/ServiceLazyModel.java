package org.channelport.platform.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.channelport.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a service: paging, sorting and filtering happen in SQL, one
 * statement for the count and one for the rows.
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {
  /** Where the rows come from. */
  public interface Source<T> extends Serializable {
    long count(PageRequest request);

    List<T> rows(PageRequest request);
  }

  /** How a row is known in the table (selection, row keys). */
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  /** Counts the rows that match. */
  public interface Counter extends Serializable {
    long count(PageRequest request);
  }

  /** Loads one page of rows. */
  public interface Loader<T> extends Serializable {
    List<T> rows(PageRequest request);
  }

  private final Source<T> source;
  private final Key<T> key;

  public static <T> ServiceLazyModel<T> of(Counter counter, Loader<T> loader, Key<T> key) {
    return new ServiceLazyModel<>(
        new Source<>() {
          @Override
          public long count(PageRequest request) {
            return counter.count(request);
          }

          @Override
          public List<T> rows(PageRequest request) {
            return loader.rows(request);
          }
        },
        key);
  }

  public ServiceLazyModel(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.count(request(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return source.rows(request(first, pageSize, sortBy, filterBy));
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
  }

  static PageRequest request(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Map<String, String> filters = new HashMap<>();
    if (filterBy != null) {
      filterBy.forEach(
          (field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !String.valueOf(value).isBlank()) {
              filters.put(field, String.valueOf(value));
            }
          });
    }
    String sortField = null;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      sortField = sort.getField();
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    return new PageRequest(first, size, sortField, ascending, filters);
  }
}
