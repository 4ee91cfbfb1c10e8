package org.channelport.lead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.shared.DemoCategories;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class LeadNewBeanTest {

  @Test
  void amountsAreReadAsPeopleTypeThem() {
    assertEquals(new BigDecimal("1200.50"), LeadNewBean.amount("v", "1200.50"));
    assertEquals(new BigDecimal("1200.50"), LeadNewBean.amount("v", " 1 200,50 "));
    assertNull(LeadNewBean.amount("v", "  "));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LeadNewBean.amount("v", "12k"));
    assertEquals("v", e.errors().get(0).field());
  }

  @Test
  void aBadAmountIsReportedWithTheFormsOtherProblems() {
    LeadNewBean bean = new LeadNewBean();
    bean.categories = DemoCategories.CODES;
    bean.getForm().put("company", "Lindenhof");
    bean.getForm().put("estimatedValue", "lots");
    InvalidInputException e = assertThrows(InvalidInputException.class, bean::input);
    Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    assertEquals(Set.of("estimatedValue", "email", "country"), fields);
  }

  @Test
  void aGoodFormBecomesTheServicesInput() {
    LeadNewBean bean = new LeadNewBean();
    bean.categories = DemoCategories.CODES;
    bean.getForm().put("company", "Lindenhof");
    bean.getForm().put("estimatedValue", "18000");
    assertEquals(new BigDecimal("18000"), bean.input().estimatedValue());
    assertEquals("EUR", bean.input().currency());
  }
}
