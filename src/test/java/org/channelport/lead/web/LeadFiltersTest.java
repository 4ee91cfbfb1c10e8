package org.channelport.lead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.channelport.shared.PageRequest;
import org.junit.jupiter.api.Test;

class LeadFiltersTest {

  @Test
  void theBarJoinsTheTablesPagingAndSorting() {
    LeadFilters f = new LeadFilters();
    f.setStatus("dispatched");
    f.setQ("  alpen ");
    f.setCountry("");
    f.setNoPartner(true);
    PageRequest r = f.apply(new PageRequest(50, 25, "company", true, Map.of()));
    assertEquals(50, r.first());
    assertEquals(25, r.size());
    assertEquals("company", r.sortField());
    assertEquals(Map.of("status", "dispatched", "q", "alpen", "noPartner", "true"), r.filters());
  }

  @Test
  void fixedFiltersWin() {
    LeadFilters f = new LeadFilters();
    f.setStatus("won");
    PageRequest r =
        f.apply(new PageRequest(0, 10, null, true, Map.of()), Map.of("status", "dispatched"));
    assertEquals("dispatched", r.filter("status"));
  }

  @Test
  void theInboxSortsBySoonestDeadlineUnlessTheUserSorts() {
    PageRequest byDefault =
        PartnerLeadsBean.byDeadline(new PageRequest(0, 10, null, false, Map.of()), Map.of());
    assertEquals("acceptDueAt", byDefault.sortField());
    assertEquals(true, byDefault.ascending());
    PageRequest chosen =
        PartnerLeadsBean.byDeadline(new PageRequest(0, 10, "company", false, Map.of()), Map.of());
    assertEquals("company", chosen.sortField());
    assertEquals(false, chosen.ascending());
  }

  @Test
  void clearingEmptiesEverything() {
    LeadFilters f = new LeadFilters();
    f.setPool(true);
    f.setPartnerId("2");
    f.clear();
    assertEquals(Map.of(), f.apply(new PageRequest(0, 10, null, true, Map.of())).filters());
    assertNull(f.getPartnerId());
  }
}
