package org.channelport.erp.tryton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How Tryton's sale states read as order statuses (poll, reconciliation). */
class TrytonAdapterTest {

  @Test
  void saleStatesAsOrderStatuses() {
    assertEquals("submitted", TrytonAdapter.statusOf("draft", "none"));
    assertEquals("submitted", TrytonAdapter.statusOf("quotation", "none"), "e.g. on credit hold");
    assertEquals("confirmed", TrytonAdapter.statusOf("confirmed", "none"));
    assertEquals("released", TrytonAdapter.statusOf("processing", "waiting"));
    assertEquals("released", TrytonAdapter.statusOf("processing", "exception"));
    assertEquals("shipped", TrytonAdapter.statusOf("processing", "sent"));
    assertEquals("delivered", TrytonAdapter.statusOf("done", "sent"));
    assertEquals("cancelled", TrytonAdapter.statusOf("cancelled", "none"));
  }
}
