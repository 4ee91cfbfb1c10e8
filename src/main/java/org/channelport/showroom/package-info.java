/**
 * Public showrooms: a partner's public page of featured products, and the inquiries visitors send
 * from it, which become leads. Shape: the {@link org.channelport.showroom.Showroom} entity, value
 * records and the {@link org.channelport.showroom.Showrooms} service at the root; {@code web/} the
 * public page and the manager's settings page. Publishes nothing to other capabilities; uses the
 * catalog through {@code Catalog} and creates leads through {@code LeadIntake}.
 */
package org.channelport.showroom;
