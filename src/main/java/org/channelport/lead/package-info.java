/**
 * Leads and their life: intake (pages, API, showroom inquiries, CSV import), dispatch to a partner,
 * acceptance, qualification, and the lead's history. Shape: the {@link org.channelport.lead.Lead}
 * entity, its {@link org.channelport.lead.LeadStatus}, source and event types, value records
 * ({@link org.channelport.lead.LeadDetails}, {@link org.channelport.lead.ShowroomInquiry}) and the
 * services ({@link org.channelport.lead.LeadService}, {@link org.channelport.lead.LeadIntake},
 * {@link org.channelport.lead.DealLeads}) at the root; {@code web/} the lead pages' backing beans;
 * {@code api/} the lead resource and its JSON records; named sub-packages {@code dispatch} (the
 * rule ladder, routing, SLA recall) and {@code importing} (CSV import). Publishes {@code
 * LeadService}, {@code LeadIntake}, {@code DealLeads}, {@code LeadStatus}, {@code LeadDetails},
 * {@code LeadInput} and {@code ShowroomInquiry}.
 */
package org.channelport.lead;
