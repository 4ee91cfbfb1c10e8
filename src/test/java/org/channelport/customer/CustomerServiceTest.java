package org.channelport.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
  @Test
  void searchTextIsTakenLiterallyByLikeBackslashIncluded() {
    assertEquals("acme", CustomerService.likeEscaped("acme"));
    assertEquals("100\\% \\_net", CustomerService.likeEscaped("100% _net"));
    assertEquals("a\\\\b", CustomerService.likeEscaped("a\\b"));
    assertEquals("\\\\\\%", CustomerService.likeEscaped("\\%"));
  }

  @Test
  void theListSortsByTheFieldsTheApiNames() {
    assertEquals(List.of("company", "country", "createdAt"), CustomerService.SORT_FIELDS);
  }
}
