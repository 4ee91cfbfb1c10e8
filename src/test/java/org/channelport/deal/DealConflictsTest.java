package org.channelport.deal;

import static org.channelport.testdata.Deals.aDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.channelport.deal.DealConflicts.Party;
import org.channelport.shared.ConflictException;
import org.channelport.shared.InvalidInputException;
import org.channelport.testdata.Deals;
import org.channelport.testdata.TestTime;
import org.junit.jupiter.api.Test;

class DealConflictsTest {
  static final LocalDate TODAY = TestTime.TODAY;
  static final Instant NOW = TestTime.NOW;

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

  static Deals.Builder deal(String company, String email, List<String> categories) {
    return aDeal().company(company).email(email).categories(categories);
  }

  static DealRegistration registration(long partner) {
    return deal("Acme GmbH", "it@acme.example", List.of("security")).by(partner).build();
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
                deal("Acme", "it@acme.example", List.of("security")).details(),
                deal("Acme", null, List.of()).customer(),
                "pm",
                NOW));
    reg.returnForInformation("cm-all", "Which products?", NOW);
    assertEquals(DealStatus.RETURNED, reg.getStatus());
    assertThrows(ConflictException.class, () -> reg.approve("cm-all", TODAY, NOW));
    reg.resubmit(
        deal("Acme", "it@acme.example", List.of("security", "storage")).details(),
        deal("Acme", null, List.of()).customer(),
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
                aDeal()
                    .company("Acme")
                    .contact("Anna")
                    .email("it@acme.example")
                    .categories(" ")
                    .value(BigDecimal.ZERO)
                    .closing(TODAY)
                    .details());
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
            () ->
                deal("Kestrel", "k@kestrel.example", List.of("security", "teleportation"))
                    .details());
    assertEquals("categories", e.errors().get(0).field());
    assertEquals("error.deal.unknownCategory", e.errors().get(0).messageKey());
  }
}
