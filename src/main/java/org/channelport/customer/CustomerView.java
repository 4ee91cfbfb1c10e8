package org.channelport.customer;

import java.time.Instant;

/**
 * A customer as lists and the API show it: who they are, never which partners work with them. Built
 * by the list query itself, not from a managed entity.
 */
public record CustomerView(long id, String company, String email, String country, Instant createdAt)
    implements java.io.Serializable {}
