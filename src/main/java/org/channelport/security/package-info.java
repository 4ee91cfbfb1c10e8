/**
 * Who the caller is and what they may see: the {@link org.channelport.security.Caller} of each
 * request (subject, roles, partner, portfolio), the one access-rule mechanism ({@link
 * org.channelport.security.AccessRules}: scope predicates, audited "not found"), channel managers'
 * portfolios, bearer tokens for the API, and the identity provider's settings and readiness check.
 * {@code web/} the sign-in callback, logout and user bean; {@code api/} the {@code me} resource. A
 * kernel: depends on platform and shared only, never on a capability or audit; it tells others what
 * happened through events ({@link org.channelport.security.SignedIn}, {@link
 * org.channelport.security.AccessDenied}, {@link org.channelport.security.PortfolioChanged}).
 */
package org.channelport.security;
