package org.channelport.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
  @Test
  void theListSortsByTheFieldsTheApiNames() {
    assertEquals(List.of("company", "country", "createdAt"), CustomerService.SORT_FIELDS);
  }
}
