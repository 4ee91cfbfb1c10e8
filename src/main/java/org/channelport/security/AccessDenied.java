package org.channelport.security;

/**
 * Fired (synchronously) when a caller reaches for a record outside their scope, just before they
 * are told it is "not found". The audit log observes it and keeps the attempt even though the
 * request fails.
 */
public record AccessDenied(String entityType, Object id, Long partnerId) {}
