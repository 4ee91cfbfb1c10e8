package org.channelport.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.DemoCategories;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PartnerInputTest {
  static PartnerInput valid() {
    return new PartnerInput(
        "Alpine Networks",
        "an-40004",
        "Silver",
        "ch",
        "Zurich",
        List.of("Networking", " security "),
        new PartnerInput.ContactInput("Anna Alp", "anna@alpine.example", "+41 44 555 0404"),
        "8001",
        null,
        null,
        null);
  }

  static Set<String> fieldsIn(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  @Test
  void aValidPartnerIsNormalised() {
    PartnerDetails d = valid().validate(null, DemoCategories.CODES);
    assertEquals("AN-40004", d.accountNumber());
    assertEquals(PartnerTier.SILVER, d.tier());
    assertEquals("CH", d.country());
    assertEquals(Set.of("networking", "security"), d.specialisations());
  }

  @Test
  void everyMissingRequiredFieldIsNamed() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new PartnerInput(null, null, null, null, null, null, null, null, null, null, null)
                    .validate(null, DemoCategories.CODES));
    assertEquals(Set.of("name", "accountNumber", "tier", "country"), fieldsIn(e));
  }

  @Test
  void aBadTierIsRefusedNamingTheField() {
    PartnerInput in = withTier("diamond");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
    assertEquals(Set.of("tier"), fieldsIn(e));
    assertTrue(e.getMessage().contains("registered, silver, gold, platinum"));
  }

  @Test
  void tooLongTextIsRefused() {
    PartnerInput v = valid();
    PartnerInput in =
        new PartnerInput(
            "x".repeat(201),
            v.accountNumber(),
            v.tier(),
            v.country(),
            "r".repeat(101),
            v.specialisations(),
            new PartnerInput.ContactInput("n", "a".repeat(250) + "@x.example", null),
            v.billingPostcode(),
            null,
            null,
            null);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
    assertEquals(Set.of("name", "region", "primaryContact.email"), fieldsIn(e));
  }

  @Test
  void unknownCountriesAndBadEmailsAreRefused() {
    PartnerInput v = valid();
    PartnerInput in =
        new PartnerInput(
            v.name(),
            v.accountNumber(),
            v.tier(),
            "XX",
            null,
            null,
            new PartnerInput.ContactInput(null, "not-an-email", "call me"),
            null,
            null,
            null,
            null);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
    assertEquals(Set.of("country", "primaryContact.email", "primaryContact.phone"), fieldsIn(e));
  }

  @Test
  void anUpdateKeepsWhatItLeavesOutAndClearsWhatIsBlank() {
    PartnerDetails current = valid().validate(null, DemoCategories.CODES);
    PartnerDetails updated =
        new PartnerInput(null, null, "gold", null, "", null, null, null, null, null, null)
            .validate(current, DemoCategories.CODES);
    assertEquals("Alpine Networks", updated.name());
    assertEquals(PartnerTier.GOLD, updated.tier());
    assertNull(updated.region());
    assertEquals(current.primaryContact(), updated.primaryContact());
  }

  @Test
  void contactOnlyChangesAreRecognised() {
    PartnerDetails current = valid().validate(null, DemoCategories.CODES);
    PartnerInput contactOnly =
        new PartnerInput(
            null,
            null,
            null,
            null,
            null,
            null,
            new PartnerInput.ContactInput("New Person", "new@alpine.example", null),
            null,
            null,
            null,
            null);
    assertFalse(
        contactOnly.changesMoreThanContact(current, PartnerStatus.ACTIVE, DemoCategories.CODES));
    PartnerInput sameValuesAsRead =
        new PartnerInput(
            "Alpine Networks",
            "AN-40004",
            "silver",
            "CH",
            "Zurich",
            List.of("security", "networking"),
            null,
            "8001",
            "active",
            null,
            null);
    assertFalse(
        sameValuesAsRead.changesMoreThanContact(
            current, PartnerStatus.ACTIVE, DemoCategories.CODES));
    assertTrue(
        withTier("platinum")
            .changesMoreThanContact(current, PartnerStatus.ACTIVE, DemoCategories.CODES));
  }

  private static PartnerInput withTier(String tier) {
    PartnerInput v = valid();
    return new PartnerInput(
        v.name(),
        v.accountNumber(),
        tier,
        v.country(),
        v.region(),
        v.specialisations(),
        v.primaryContact(),
        v.billingPostcode(),
        null,
        null,
        null);
  }

  @Test
  void specialisationsMustBeCatalogCategories() {
    PartnerInput in =
        new PartnerInput(
            "Alpine Networks",
            "an-40004",
            "silver",
            "ch",
            null,
            List.of("networking", "basket weaving"),
            null,
            null,
            null,
            null,
            null);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
    assertEquals(Set.of("specialisations"), fieldsIn(e));
    assertTrue(e.errors().get(0).message().contains("basket weaving"));
  }

  @Test
  void aSpecialisationAlreadyHeldMayStayWhenItsCategoryIsGone() {
    PartnerDetails current = valid().validate(null, DemoCategories.CODES);
    CategoryCodes withoutSecurity = CategoryCodes.of(List.of("networking"));
    assertEquals(
        Set.of("networking", "security"),
        valid().validate(current, withoutSecurity).specialisations());
    assertThrows(InvalidInputException.class, () -> valid().validate(null, withoutSecurity));
  }

  @Test
  void controlCharactersAndLineBreaksAreRefusedInTheName() {
    for (String name : List.of("Alpine\u0000Networks", "Alpine\nNetworks", "Alpine\u0085")) {
      PartnerInput in =
          new PartnerInput(
              name, "an-40004", "silver", "ch", null, null, null, null, null, null, null);
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
      assertEquals(Set.of("name"), fieldsIn(e));
    }
  }
}
