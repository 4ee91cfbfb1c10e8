/**
 * Partners: the channel partner record ({@link org.channelport.partner.Partner}, its {@link
 * org.channelport.partner.PartnerTier} and {@link org.channelport.partner.PartnerStatus}), the
 * application and onboarding of new partners, and the directory of each partner's users. Shape:
 * entities, value records, the status enums and the services ({@link
 * org.channelport.partner.PartnerService}, {@link org.channelport.partner.Onboarding}, {@link
 * org.channelport.partner.PartnerUsers}) at the root; {@code web/} the partner pages' backing
 * beans; {@code api/} the partner resource and its JSON record. Publishes to other capabilities:
 * {@code PartnerService}, {@code PartnerUsers}, {@code PartnerStatus}, {@code PartnerTier} and the
 * event {@code PartnerActivated} (fired in the transaction that makes a partner active; the erp
 * capability observes it to make the partner an ERP party); it keeps the user directory in step by
 * observing security's {@code SignedIn} event. The remaining uses of the {@code Partner} entity by
 * other capabilities are listed, each with its reason, in {@code ArchitectureTest}.
 */
package org.channelport.partner;
