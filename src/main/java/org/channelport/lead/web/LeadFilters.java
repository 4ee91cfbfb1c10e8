package org.channelport.lead.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.channelport.platform.ListFilters;
import org.channelport.shared.PageRequest;

/**
 * The filter bar above a lead list. Its values join the table's own paging and sorting in one
 * {@link PageRequest}, so the service filters in SQL; the home page links preset them by URL.
 */
public class LeadFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  private String status;
  private String q;
  private String partnerId;
  private String category;
  private String source;
  private String country;
  private boolean pool;
  private boolean noPartner;

  /** The table's request with these filters added (the table itself has none of its own). */
  public PageRequest apply(PageRequest table) {
    return apply(table, Map.of());
  }

  /** Like {@link #apply(PageRequest)}, with fixed filters that win over the bar (e.g. an inbox). */
  public PageRequest apply(PageRequest table, Map<String, String> fixed) {
    Map<String, String> filters = new HashMap<>(table.filters());
    ListFilters.put(filters, "status", status);
    ListFilters.put(filters, "q", q);
    ListFilters.put(filters, "partnerId", partnerId);
    ListFilters.put(filters, "category", category);
    ListFilters.put(filters, "source", source);
    ListFilters.put(filters, "country", country);
    if (pool) {
      filters.put("pool", "true");
    }
    if (noPartner) {
      filters.put("noPartner", "true");
    }
    filters.putAll(fixed);
    return new PageRequest(
        table.first(), table.size(), table.sortField(), table.ascending(), filters);
  }

  public void clear() {
    status = null;
    q = null;
    partnerId = null;
    category = null;
    source = null;
    country = null;
    pool = false;
    noPartner = false;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(String partnerId) {
    this.partnerId = partnerId;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public boolean isPool() {
    return pool;
  }

  public void setPool(boolean pool) {
    this.pool = pool;
  }

  public boolean isNoPartner() {
    return noPartner;
  }

  public void setNoPartner(boolean noPartner) {
    this.noPartner = noPartner;
  }
}
