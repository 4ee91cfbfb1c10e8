package org.channelport.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelport.partner.PartnerTier;
import org.junit.jupiter.api.Test;

class ProgramMailsTest {
  @Test
  void theTierMailNamesThePartnerBothTiersTheReasonAndTheScorecardsPage() {
    ProgramMails mails = new ProgramMails();
    mails.portalUrl = "https://portal.example/";
    ProgramMails.Mail mail =
        mails.tierMail("Baltic Tech", PartnerTier.SILVER, PartnerTier.GOLD, "Met every gold need");
    assertEquals("Baltic Tech: your partner tier is now Gold", mail.subject());
    assertTrue(mail.body().contains("from Silver to Gold"), mail.body());
    assertTrue(mail.body().contains("Met every gold need"), mail.body());
    assertTrue(mail.body().contains("https://portal.example/partner/program.xhtml"), mail.body());
  }
}
