package org.channelport.support.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;
import org.channelport.support.SolutionHit;
import org.channelport.support.SolutionService;
import org.channelport.support.SolutionView;
import org.primefaces.component.datatable.DataTable;

/**
 * The knowledge base's list and reader (/partner/solutions.xhtml: published solutions;
 * /channel/solutions.xhtml: drafts too): search as you type, best first, or the most used first
 * without words; {@code ?id=} opens one solution above the list.
 */
@Named
@ViewScoped
public class SolutionListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String TABLE = "solutionsForm:solutions";

  @Inject SolutionService solutions;

  private String q;
  private String sku;
  private String category;

  /** Channel managers: "published", "draft" or empty (both). */
  private String state;

  private String idParam;
  private SolutionView selected;
  private ServiceLazyModel<SolutionHit> model;

  /**
   * The ranked matches of the words typed, kept for the table's count and its pages (with words,
   * the search is one query whose answer the table reads twice).
   */
  private transient SolutionService.Search lastSearch;

  private transient List<SolutionHit> lastHits;

  @PostConstruct
  void init() {
    model = ServiceLazyModel.of(this::count, this::rows, SolutionHit::id);
  }

  /** viewAction: the solution to read, if one is named (not found: the 404 page). */
  public void load() {
    Long id = ListFilters.id(idParam);
    selected = id == null ? null : solutions.find(id);
  }

  long count(PageRequest table) {
    return hasWords() ? ranked().size() : solutions.count(search(table));
  }

  List<SolutionHit> rows(PageRequest table) {
    if (!hasWords()) {
      return solutions.rows(search(table));
    }
    List<SolutionHit> hits = ranked();
    int from = Math.min(table.first(), hits.size());
    return List.copyOf(hits.subList(from, Math.min(from + table.size(), hits.size())));
  }

  private boolean hasWords() {
    return q != null && !q.isBlank();
  }

  private List<SolutionHit> ranked() {
    SolutionService.Search search =
        search(new PageRequest(0, PageRequest.MAX_SIZE, null, false, null));
    if (lastHits == null || !search.equals(lastSearch)) {
      lastHits = solutions.rows(search);
      lastSearch = search;
    }
    return lastHits;
  }

  private SolutionService.Search search(PageRequest table) {
    Boolean published =
        switch (state == null ? "" : state) {
          case "published" -> Boolean.TRUE;
          case "draft" -> Boolean.FALSE;
          default -> null;
        };
    return new SolutionService.Search(
        q,
        sku,
        category,
        published,
        table.sortField(),
        table.sortField() != null && table.ascending(),
        table.first(),
        table.size());
  }

  /** A filter changed: back to the first page. */
  public void filter() {
    lastHits = null;
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public void clearFilters() {
    q = null;
    sku = null;
    category = null;
    state = null;
    filter();
  }

  /** SKUs or category codes as one line. */
  public String joined(List<String> codes) {
    return codes == null ? "" : String.join(", ", codes);
  }

  public ServiceLazyModel<SolutionHit> getModel() {
    return model;
  }

  public SolutionView getSelected() {
    return selected;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
