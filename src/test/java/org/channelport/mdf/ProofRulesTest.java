package org.channelport.mdf;

import static org.channelport.mdf.MdfProofKind.ATTENDEE_LIST;
import static org.channelport.mdf.MdfProofKind.INVOICE;
import static org.channelport.mdf.MdfProofKind.OTHER;
import static org.channelport.mdf.MdfProofKind.PHOTO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofRulesTest {
  static final List<ProofRuleView> EVENT =
      List.of(
          new ProofRuleView(MdfActivityType.EVENT, INVOICE, true, "mdf.proof.invoice", "Invoice"),
          new ProofRuleView(
              MdfActivityType.EVENT,
              ATTENDEE_LIST,
              true,
              "mdf.proof.attendeeList",
              "Attendee list"),
          new ProofRuleView(MdfActivityType.EVENT, PHOTO, false, "mdf.proof.photo", "Photos"));

  static final List<ProofRuleView> WEBINAR =
      List.of(
          new ProofRuleView(
              MdfActivityType.WEBINAR, INVOICE, true, "mdf.proof.invoice", "Invoice"));

  @Test
  void anEventNeedsAnInvoiceAndAnAttendeeListPhotosAreOptional() {
    assertEquals(
        List.of(INVOICE, ATTENDEE_LIST),
        ProofRules.missing(EVENT, List.of()).stream().map(ProofRuleView::kind).toList());
    assertEquals(
        List.of(ATTENDEE_LIST),
        ProofRules.missing(EVENT, List.of(INVOICE, PHOTO)).stream()
            .map(ProofRuleView::kind)
            .toList());
    assertEquals(List.of(), ProofRules.missing(EVENT, List.of(ATTENDEE_LIST, INVOICE)));
  }

  @Test
  void aWebinarIsCompleteWithItsInvoice() {
    assertEquals(1, ProofRules.missing(WEBINAR, List.of(PHOTO)).size());
    assertEquals(List.of(), ProofRules.missing(WEBINAR, List.of(INVOICE)));
  }

  @Test
  void filesWithoutAKindFillTheChecklistInOrderThenCountAsOther() {
    assertEquals(
        List.of(INVOICE, ATTENDEE_LIST, OTHER),
        ProofRules.kindsOf(EVENT, List.of(), Arrays.asList(null, null, null)));
    // a named kind counts first, an unnamed file takes what is still missing
    assertEquals(
        List.of(INVOICE, ATTENDEE_LIST),
        ProofRules.kindsOf(EVENT, List.of(), Arrays.asList(null, ATTENDEE_LIST)));
    assertEquals(
        List.of(ATTENDEE_LIST),
        ProofRules.kindsOf(EVENT, List.of(INVOICE), Arrays.asList((MdfProofKind) null)));
  }
}
