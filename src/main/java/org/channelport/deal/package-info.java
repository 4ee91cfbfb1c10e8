/**
 * Deal registrations: a partner claims an opportunity, a channel manager approves or rejects it,
 * conflicts with other registrations and leads are found, approved registrations expire. Shape: the
 * {@link org.channelport.deal.DealRegistration} entity, its {@link
 * org.channelport.deal.DealStatus}, value records and the {@link
 * org.channelport.deal.DealRegistrationService} at the root; {@code web/} the registration pages'
 * backing beans; {@code api/} the registration resource and its JSON record. Publishes nothing to
 * other capabilities yet; it uses leads through {@code DealLeads} and partners through {@code
 * PartnerService}.
 */
package org.channelport.deal;
