package org.channelport.partner.api;

import java.time.Instant;
import java.util.List;
import org.channelport.partner.Contact;
import org.channelport.partner.Partner;

/** A partner as the API shows it. */
public record PartnerJson(
    Long id,
    String name,
    String accountNumber,
    String tier,
    String country,
    String region,
    List<String> specialisations,
    ContactJson primaryContact,
    String billingPostcode,
    String status,
    String statusReason,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public record ContactJson(String name, String email, String phone) {
    static ContactJson of(Contact c) {
      return c == null ? null : new ContactJson(c.getName(), c.getEmail(), c.getPhone());
    }
  }

  public static PartnerJson of(Partner p) {
    return new PartnerJson(
        p.getId(),
        p.getName(),
        p.getAccountNumber(),
        p.getTier().code(),
        p.getCountry(),
        p.getRegion(),
        List.copyOf(p.getSpecialisations()),
        ContactJson.of(p.getPrimaryContact()),
        p.getBillingPostcode(),
        p.getStatus().code(),
        p.getStatusReason(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        p.getVersion());
  }
}
