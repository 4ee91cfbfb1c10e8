package org.channelport.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdbcProductSourceTest {
  @Test
  void aProductIsInStockWhenAnyWarehouseHoldsSome() {
    assertTrue(JdbcProductSource.inStock("{\"main\":\"0\",\"north\":\"3\"}"));
    assertFalse(JdbcProductSource.inStock("{\"main\":\"0\"}"));
    assertFalse(JdbcProductSource.inStock("{\"main\":\"-2\",\"north\":\"many\"}"));
    assertFalse(JdbcProductSource.inStock(null));
    assertFalse(JdbcProductSource.inStock("{}"));
  }
}
