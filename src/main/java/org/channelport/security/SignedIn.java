package org.channelport.security;

/**
 * Fired (synchronously, inside the sign-in callback) once the OpenID Connect mechanism has
 * established the caller, with what the identity token says about them. Capabilities that keep a
 * directory of their users observe it; security itself knows none of them.
 */
public record SignedIn(Caller caller, String displayName, String email) {}
