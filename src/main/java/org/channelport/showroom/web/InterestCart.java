package org.channelport.showroom.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.showroom.InquiryForm;

/**
 * A visitor's "cart of interest" per showroom: the SKUs they want an offer for, and the campaign
 * whose link brought them to that showroom (kept for the visit, sent with the inquiry).
 */
@Named
@SessionScoped
public class InterestCart implements Serializable {
  static final int MAX = InquiryForm.MAX_PRODUCTS;
  private final Map<String, Set<String>> bySlug = new HashMap<>();
  private final Map<String, String> campaignBySlug = new HashMap<>();

  /** The visitor came by a link of campaign {@code code} (checked): the latest link counts. */
  public synchronized void campaign(String slug, String code) {
    campaignBySlug.put(slug, code);
  }

  /** The campaign whose link brought the visitor to this showroom, or null. */
  public synchronized String campaign(String slug) {
    return campaignBySlug.get(slug);
  }

  public synchronized boolean add(String slug, String sku) {
    Set<String> skus = bySlug.computeIfAbsent(slug, s -> new LinkedHashSet<>());
    return skus.size() < MAX && skus.add(sku);
  }

  public synchronized void remove(String slug, String sku) {
    Set<String> skus = bySlug.get(slug);
    if (skus != null) {
      skus.remove(sku);
    }
  }

  public synchronized List<String> skus(String slug) {
    return new ArrayList<>(bySlug.getOrDefault(slug, Set.of()));
  }

  public synchronized void clear(String slug) {
    bySlug.remove(slug);
  }

  public synchronized boolean contains(String slug, String sku) {
    return bySlug.getOrDefault(slug, Set.of()).contains(sku);
  }
}
