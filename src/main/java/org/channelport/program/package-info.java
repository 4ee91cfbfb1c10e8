/**
 * The partner program: what each tier requires (order revenue, won leads, approved deal
 * registrations, certified employees, service SLA over the last 12 months), each partner's daily
 * scorecard with its progress to the next tier and a forecast, the channel manager's confirmed tier
 * changes, and the certifications of partner users. It reads the other capabilities' figures at
 * table level in one place ({@link org.channelport.program.ProgramFigures}) and changes a tier only
 * through {@link org.channelport.partner.PartnerService}.
 */
package org.channelport.program;
