package org.channelport.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueService;
import org.junit.jupiter.api.Test;

class IssueFiltersTest {
  static final PageRequest TABLE = new PageRequest(0, 25, null, true, Map.of());

  @Test
  void aPartnersListStartsWithEveryIssueButTheClosedOnes() {
    IssueFilters filters = new IssueFilters();
    filters.setChannel(false);
    assertEquals(
        "new,in_progress,waiting_partner,waiting_customer,solved",
        filters.apply(TABLE, "pe-northwind").filter("status"));
  }

  @Test
  void theQueueStartsWithTheOpenOnesAndKnowsMineAndUnassigned() {
    IssueFilters filters = new IssueFilters();
    filters.setChannel(true);
    assertEquals(
        "new,in_progress,waiting_partner,waiting_customer",
        filters.apply(TABLE, "cm-all").filter("status"));
    filters.setAssignee(IssueFilters.MINE);
    assertEquals("cm-all", filters.apply(TABLE, "cm-all").filter("assignee"));
    filters.setAssignee(IssueFilters.UNASSIGNED);
    assertEquals(IssueService.UNASSIGNED, filters.apply(TABLE, "cm-all").filter("assignee"));
  }

  @Test
  void allStatusesMeansNoStatusFilterAndOtherFiltersPassAsTheApiNamesThem() {
    IssueFilters filters = new IssueFilters();
    filters.setStatus("");
    filters.setPriority("urgent");
    filters.setSlaState("breached");
    filters.setSku(" NET-SW24 ");
    filters.setCustomerId(20L);
    PageRequest r = filters.apply(TABLE, "cm-all");
    assertFalse(r.filters().containsKey("status"));
    assertEquals("urgent", r.filter("priority"));
    assertEquals("breached", r.filter("slaState"));
    assertEquals("NET-SW24", r.filter("sku"));
    assertEquals("20", r.filter("customerId"));
    assertFalse(r.filters().containsKey("assignee"));
  }
}
