package org.channelport.security;

/**
 * A record that belongs to one partner: only that partner's users and its channel managers see it.
 */
public interface PartnerOwned {
  Long ownerPartnerId();
}
