package org.channelport.partner;

import static org.channelport.testdata.Partners.aPartner;
import static org.channelport.testdata.Partners.anEmptyPartner;
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
    return aPartner().input();
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
            () -> anEmptyPartner().input().validate(null, DemoCategories.CODES));
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
    PartnerInput in =
        aPartner()
            .name("x".repeat(201))
            .region("r".repeat(101))
            .contact("n", "a".repeat(250) + "@x.example", null)
            .input();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
    assertEquals(Set.of("name", "region", "primaryContact.email"), fieldsIn(e));
  }

  @Test
  void unknownCountriesAndBadEmailsAreRefused() {
    PartnerInput in =
        aPartner()
            .in("XX")
            .region(null)
            .specialisations((List<String>) null)
            .contact(null, "not-an-email", "call me")
            .billingPostcode(null)
            .input();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
    assertEquals(Set.of("country", "primaryContact.email", "primaryContact.phone"), fieldsIn(e));
  }

  @Test
  void anUpdateKeepsWhatItLeavesOutAndClearsWhatIsBlank() {
    PartnerDetails current = valid().validate(null, DemoCategories.CODES);
    PartnerDetails updated =
        anEmptyPartner().gold().region("").input().validate(current, DemoCategories.CODES);
    assertEquals("Alpine Networks", updated.name());
    assertEquals(PartnerTier.GOLD, updated.tier());
    assertNull(updated.region());
    assertEquals(current.primaryContact(), updated.primaryContact());
  }

  @Test
  void contactOnlyChangesAreRecognised() {
    PartnerDetails current = valid().validate(null, DemoCategories.CODES);
    PartnerInput contactOnly =
        anEmptyPartner().contact("New Person", "new@alpine.example", null).input();
    assertFalse(
        contactOnly.changesMoreThanContact(current, PartnerStatus.ACTIVE, DemoCategories.CODES));
    PartnerInput sameValuesAsRead =
        anEmptyPartner()
            .name("Alpine Networks")
            .accountNumber("AN-40004")
            .silver()
            .in("CH")
            .region("Zurich")
            .specialisations("security", "networking")
            .billingPostcode("8001")
            .status("active")
            .input();
    assertFalse(
        sameValuesAsRead.changesMoreThanContact(
            current, PartnerStatus.ACTIVE, DemoCategories.CODES));
    assertTrue(
        withTier("platinum")
            .changesMoreThanContact(current, PartnerStatus.ACTIVE, DemoCategories.CODES));
  }

  private static PartnerInput withTier(String tier) {
    return aPartner().tier(tier).input();
  }

  @Test
  void specialisationsMustBeCatalogCategories() {
    PartnerInput in =
        anEmptyPartner()
            .name("Alpine Networks")
            .accountNumber("an-40004")
            .silver()
            .in("ch")
            .specialisations("networking", "basket weaving")
            .input();
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
          anEmptyPartner().name(name).accountNumber("an-40004").silver().in("ch").input();
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> in.validate(null, DemoCategories.CODES));
      assertEquals(Set.of("name"), fieldsIn(e));
    }
  }
}
