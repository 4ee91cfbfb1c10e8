package org.channelport.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CustomerKeysTest {
  @Test
  void legalFormsCaseAccentsAndPunctuationDoNotMakeAnotherCompany() {
    String key = CustomerKeys.companyKey("Müller Logistik GmbH");
    assertEquals(key, CustomerKeys.companyKey("MULLER LOGISTIK"));
    assertEquals(key, CustomerKeys.companyKey("  Müller  Logistik, GmbH & Co. KG "));
    assertEquals(
        CustomerKeys.companyKey("Polaris Maritime Sp. z o.o."),
        CustomerKeys.companyKey("Polaris Maritime"));
    assertEquals(
        CustomerKeys.companyKey("Tatra Data s.r.o."), CustomerKeys.companyKey("Tatra Data"));
    assertEquals(CustomerKeys.companyKey("Acme, Inc."), CustomerKeys.companyKey("ACME Ltd"));
  }

  @Test
  void differentNamesStayDifferent() {
    assertNotEquals(
        CustomerKeys.companyKey("Northwind Systems"), CustomerKeys.companyKey("Northwind Traders"));
  }

  @Test
  void aNameOfOnlyALegalFormStillHasAKey() {
    assertEquals("gmbh", CustomerKeys.companyKey("GmbH"));
    assertEquals("", CustomerKeys.companyKey("  "));
  }

  @Test
  void companyDomainsCountPublicMailDoesNot() {
    assertEquals("acme.example", CustomerKeys.emailDomain("Jane.Doe@ACME.example"));
    assertNull(CustomerKeys.emailDomain("someone@gmail.com"));
    assertNull(CustomerKeys.emailDomain("no-address"));
    assertNull(CustomerKeys.emailDomain(null));
    assertEquals("jane@acme.example", CustomerKeys.email(" Jane@Acme.Example "));
  }
}
