package org.channelport.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links that prove the portal issued them, for people without a login (an end customer's order
 * status page): an HMAC-SHA256 over the link's purpose, the record's id and the expiry (epoch
 * seconds), keyed with a secret from the configuration ({@code channelport.links.secret}). A link
 * whose signature does not match — another id, another expiry, another purpose, a signature made
 * with another secret — is invalid; a genuine link past its expiry is expired. The comparison takes
 * the same time wherever the signatures differ. Pure: no container, no clock of its own.
 */
public final class SignedLinks {
  /** The shortest secret accepted (bytes of its UTF-8 text). */
  public static final int MIN_SECRET = 16;

  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec key;

  /** What a link is, once checked. */
  public enum Verdict {
    VALID,
    /** The signature matches, but the link's time is over. */
    EXPIRED,
    /** Tampered with, or not issued by this portal (or with another secret). */
    INVALID
  }

  public SignedLinks(String secret) {
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET) {
      throw new IllegalArgumentException(
          "the link secret must have at least " + MIN_SECRET + " bytes");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
  }

  /** The signature of a link: URL-safe Base64 without padding (43 characters). */
  public String sign(String purpose, long id, long expiresEpochSecond) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac(purpose, id, expiresEpochSecond));
  }

  /** Checks a link's signature, then its expiry against {@code now}. */
  public Verdict verify(
      String purpose, long id, long expiresEpochSecond, String signature, Instant now) {
    if (signature == null || signature.isEmpty() || signature.length() > 100) {
      return Verdict.INVALID;
    }
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return Verdict.INVALID;
    }
    // MessageDigest.isEqual takes the same time whatever the first differing byte
    if (!MessageDigest.isEqual(mac(purpose, id, expiresEpochSecond), given)) {
      return Verdict.INVALID;
    }
    return now.getEpochSecond() >= expiresEpochSecond ? Verdict.EXPIRED : Verdict.VALID;
  }

  private byte[] mac(String purpose, long id, long expiresEpochSecond) {
    if (purpose == null || purpose.isEmpty() || purpose.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a link's purpose is a non-empty single line");
    }
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      // one field per line: "a\n12" and "a1\n2" never sign the same bytes
      String message = purpose + "\n" + id + "\n" + expiresEpochSecond;
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
