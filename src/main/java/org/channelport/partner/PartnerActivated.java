package org.channelport.partner;

/**
 * A partner became active in the portal (created active, approved, or activated): fired
 * synchronously inside the transaction that made the change, so an observer's writes (the ERP
 * connector's outbox message making the partner an ERP party) commit or roll back with it.
 *
 * @param code the partner's account number (the ERP's party code)
 */
public record PartnerActivated(
    long partnerId, String code, String name, String country, String postcode, String email) {

  static PartnerActivated of(Partner p) {
    return new PartnerActivated(
        p.getId(),
        p.getAccountNumber(),
        p.getName(),
        p.getCountry(),
        p.getBillingPostcode(),
        p.getPrimaryContact() == null ? null : p.getPrimaryContact().getEmail());
  }
}
