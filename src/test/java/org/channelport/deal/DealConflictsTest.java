package org.channelport.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.channelport.customer.Customer;
import org.channelport.deal.DealConflicts.Party;
import org.channelport.shared.ConflictException;
import org.channelport.shared.DemoCategories;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DealConflictsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void theSameCompanyUnderAnotherLegalFormIsTheSameCustomer() {
    assertTrue(
        DealConflicts.sameCustomer(
            Party.of("Alpenbahn Logistik GmbH", null),
            Party.of("ALPENBAHN LOGISTIK", "x@y.example")));
  }

  @Test
  void theSameCompanyMailDomainIsTheSameCustomer() {
    assertTrue(
        DealConflicts.sameCustomer(
            Party.of("Alpenbahn", "anna@alpenbahn.example"),
            Party.of("AB Logistics Munich", "it@alpenbahn.example")));
  }

  @Test
  void theSameAddressIsTheSameCustomer() {
    assertTrue(
        DealConflicts.sameCustomer(
            Party.of("Some Name", "jan.kowalski@gmail.com"),
            Party.of("Another Name", "Jan.Kowalski@gmail.com")));
  }

  @Test
  void publicMailDomainsDoNotMakeTwoCompaniesOne() {
    assertFalse(
        DealConflicts.sameCustomer(
            Party.of("Bakery Nowak", "nowak@gmail.com"),
            Party.of("Garage Schmidt", "schmidt@gmail.com")));
  }

  @Test
  void differentCompaniesWithoutMailAreDifferent() {
    assertFalse(DealConflicts.sameCustomer(Party.of("Acme", null), Party.of("Beta", null)));
  }

  @Test
  void withoutACommonCategoryThereIsNoConflict() {
    Party a = Party.of("Acme GmbH", "it@acme.example");
    Party b = Party.of("Acme", "sales@acme.example");
    assertFalse(DealConflicts.sameOpportunity(a, Set.of("security"), b, Set.of("storage")));
    assertTrue(
        DealConflicts.sameOpportunity(
            a, Set.of("security", "networking"), b, Set.of("storage", "networking")));
  }

  @Test
  void storedCategoriesAreReadWithoutBlanksOrRepeats() {
    assertEquals(
        List.of("networking", "security"),
        List.copyOf(DealConflicts.categories(" Networking, security,,networking ")));
    assertEquals(Set.of(), DealConflicts.categories(null));
  }

  static DealDetails details(String company, String email, List<String> categories) {
    return new DealInput(
            company,
            "Anna Berger",
            email,
            null,
            "DE",
            categories,
            null,
            new BigDecimal("1000.00"),
            "EUR",
            TODAY.plusDays(30),
            null,
            null)
        .validate(TODAY, DemoCategories.CODES);
  }

  static DealRegistration registration(long partner) {
    Customer customer = new Customer("Acme GmbH", "it@acme.example", "DE", NOW);
    return new DealRegistration(
        partner, details("Acme GmbH", "it@acme.example", List.of("security")), customer, "pm", NOW);
  }

  @Test
  void anExpiredApprovalNoLongerProtects() {
    DealRegistration reg = registration(1);
    reg.approve("cm-all", TODAY.plusDays(90), NOW);
    assertTrue(reg.protects(TODAY));
    assertTrue(reg.protects(TODAY.plusDays(90)));
    assertFalse(reg.protects(TODAY.plusDays(91)));
    assertEquals(DealStatus.EXPIRED, reg.statusOn(TODAY.plusDays(91)));
    assertEquals(DealStatus.APPROVED, reg.getStatus());
    reg.expire(TODAY.plusDays(91), NOW);
    assertEquals(DealStatus.EXPIRED, reg.getStatus());
  }

  @Test
  void onlyASubmittedRegistrationIsDecidedAndOnlyAReturnedOneResubmitted() {
    DealRegistration reg = registration(1);
    assertThrows(
        ConflictException.class,
        () ->
            reg.resubmit(
                details("Acme", "it@acme.example", List.of("security")),
                new Customer("Acme", null, "DE", NOW),
                "pm",
                NOW));
    reg.returnForInformation("cm-all", "Which products?", NOW);
    assertEquals(DealStatus.RETURNED, reg.getStatus());
    assertThrows(ConflictException.class, () -> reg.approve("cm-all", TODAY, NOW));
    reg.resubmit(
        details("Acme", "it@acme.example", List.of("security", "storage")),
        new Customer("Acme", null, "DE", NOW),
        "pe",
        NOW);
    assertEquals(DealStatus.SUBMITTED, reg.getStatus());
    assertEquals(List.of("security", "storage"), reg.getCategories());
    reg.reject("cm-all", "Not ours", NOW);
    assertThrows(ConflictException.class, () -> reg.reject("cm-all", "again", NOW));
  }

  @Test
  void aRegistrationNeedsACategoryAFutureCloseAndAValue() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new DealInput(
                        "Acme",
                        "Anna",
                        "it@acme.example",
                        null,
                        "DE",
                        List.of(" "),
                        null,
                        BigDecimal.ZERO,
                        "EUR",
                        TODAY,
                        null,
                        null)
                    .validate(TODAY, DemoCategories.CODES));
    List<String> fields = e.errors().stream().map(f -> f.field()).toList();
    assertTrue(
        fields.containsAll(List.of("categories", "estimatedValue", "expectedClose")),
        fields.toString());
  }

  @Test
  void categoriesMustBeCatalogCategories() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> details("Kestrel", "k@kestrel.example", List.of("security", "teleportation")));
    assertEquals("categories", e.errors().get(0).field());
    assertEquals("error.deal.unknownCategory", e.errors().get(0).messageKey());
  }
}
