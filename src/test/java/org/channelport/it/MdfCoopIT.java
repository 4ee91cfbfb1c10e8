package org.channelport.it;

import static org.channelport.it.support.Mdf.NORTHWIND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mdf;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Co-op funds on the real stack: a program with a co-op percentage accrues that share of each
 * invoice the ERP sends for a partner to its allocation, once per invoice, and a credit note takes
 * the share back — never more than the allocation still has available.
 */
@ExtendWith(ArquillianExtension.class)
class MdfCoopIT {

  @Test
  void invoicesAccrueTheProgramsShareOnceAndCreditNotesTakeItBack() {
    JsonObject body =
        Json.createObjectBuilder(
                (JsonObject)
                    Http.parse(
                        Mdf.programBody(Mdf.uniqueName("co-op"), new BigDecimal("1000"), "event")))
            .add("coopPct", 5)
            .build();
    HttpResponse<String> created = Api.as("cm-all").post("/mdf/programs", body.toString());
    assertEquals(201, created.statusCode(), created.body());
    long program = Mdf.id(Http.json(created));

    String invoice = "IT-COOP-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals("applied", invoice(UUID.randomUUID().toString(), invoice, "invoice", "10000.00"));
    assertEquals(0, new BigDecimal("500.00").compareTo(available(program)), "5 % of 10,000");
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ? AND partner_id = ?"
                + " AND reason = 'coop_accrual' AND note = ?",
            program,
            NORTHWIND,
            invoice));

    // the same invoice again (a new event id, a newer fact): nothing more accrues
    invoice(UUID.randomUUID().toString(), invoice, "invoice", "10000.00");
    assertEquals(0, new BigDecimal("500.00").compareTo(available(program)));

    String credit = "IT-COOP-CN-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(
        "applied", invoice(UUID.randomUUID().toString(), credit, "credit_note", "2000.00"));
    assertEquals(0, new BigDecimal("400.00").compareTo(available(program)), "5 % of 2,000 back");

    // a credit note larger than what is left takes back what is left, and no more
    String big = "IT-COOP-CN-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals("applied", invoice(UUID.randomUUID().toString(), big, "credit_note", "50000.00"));
    assertEquals(0, BigDecimal.ZERO.compareTo(available(program)));
    assertEquals(
        0, BigDecimal.ZERO.compareTo(Mdf.balance(program, NORTHWIND, "allocation")), "never below");
  }

  static BigDecimal available(long program) {
    return Mdf.balance(program, NORTHWIND, "allocation");
  }

  static String invoice(String eventId, String number, String kind, String amount) {
    return IssueReturnIT.inbound(
        "invoices",
        Json.createObjectBuilder()
            .add("eventId", eventId)
            .add("at", Instant.now().toString())
            .add("invoiceNumber", number)
            .add("kind", kind)
            .add("partnerCode", "NW-10001")
            .add("date", Mdf.today().toString())
            .add("amount", new BigDecimal(amount))
            .add("currency", "EUR")
            .build()
            .toString());
  }
}
