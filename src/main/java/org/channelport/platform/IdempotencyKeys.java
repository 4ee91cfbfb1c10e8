package org.channelport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.channelport.shared.ConflictException;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * The {@code Idempotency-Key} request header of the IETF httpapi draft, for any POST that creates
 * something: a retried request (same caller, same key, same body) gets the first request's answer
 * (status, Location, body) instead of doing it again; the same key with another body is refused
 * (422); a key whose first request is still running is refused (409); keys are kept 24 hours.
 *
 * <p>How it stays right under parallel requests: {@link #claim} writes the key's row in a
 * transaction of its own, so the primary key (caller, key) lets exactly one request claim it; the
 * claim names its request ({@code owner}). {@link #complete} runs the business work and stores its
 * answer in the <em>same</em> transaction, after checking under the row's lock that the request
 * still owns the claim: an answer is stored exactly when the work is committed. A claim whose
 * request died (a restart mid-request) is taken over by a retry after {@link #ABANDONED}; should
 * the first request still finish after that, it finds the claim gone and rolls back (409).
 */
@ApplicationScoped
public class IdempotencyKeys {
  public static final String HEADER = "Idempotency-Key";
  static final Duration KEEP = Duration.ofHours(24);
  static final Duration ABANDONED = Duration.ofMinutes(2);
  static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  static final int MAX_SCOPE = 200;

  EntityManager em;
  Clock clock;

  /** For the container's proxies. */
  protected IdempotencyKeys() {}

  @Inject
  public IdempotencyKeys(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** The first request's answer, as it is repeated. */
  public record Answer(int status, String location, String body) {}

  /** What {@link #claim} found: a key to do the work under, or the answer to repeat. */
  public sealed interface Claim permits Fresh, Replay {}

  /** The key is this request's: do the work through {@link #complete}. */
  public record Fresh(String scope, String key, String owner) implements Claim {}

  /** The key's request was done: repeat its answer. */
  public record Replay(Answer answer) implements Claim {}

  /** A key's row as stored. */
  record Stored(String hash, String owner, boolean done, Instant createdAt, Instant expiresAt) {}

  enum Decision {
    /** No row: insert the claim. */
    CLAIM,
    /** The row expired: claim it anew. */
    RENEW,
    /** Another body under the key: 422. */
    MISMATCH,
    /** Done: repeat the answer. */
    REPLAY,
    /** Its request is still running: 409. */
    IN_PROGRESS,
    /** Its request died long ago: claim it. */
    TAKE_OVER
  }

  /** The rules, in one place: what a request with body hash {@code hash} does with {@code row}. */
  static Decision decide(Stored row, String hash, Instant now) {
    if (row == null) {
      return Decision.CLAIM;
    }
    if (!row.expiresAt().isAfter(now)) {
      return Decision.RENEW;
    }
    if (!row.hash().equals(hash)) {
      return Decision.MISMATCH;
    }
    if (row.done()) {
      return Decision.REPLAY;
    }
    return row.createdAt().plus(ABANDONED).isAfter(now) ? Decision.IN_PROGRESS : Decision.TAKE_OVER;
  }

  /** The key from the header: required, 1 to 255 visible ASCII characters (400 otherwise). */
  public static String requireKey(String header) {
    if (header == null || header.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError(HEADER, "error.idempotency.missing")));
    }
    String key = header.strip();
    // the draft's header is an sf-string: a quoted value; a bare token is taken as it is
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      key = key.substring(1, key.length() - 1);
    }
    if (!KEY.matcher(key).matches()) {
      throw new InvalidInputException(List.of(new FieldError(HEADER, "error.idempotency.invalid")));
    }
    return key;
  }

  /** The SHA-256 (hex) of a request's canonical body. */
  public static String hash(String canonicalBody) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /**
   * Claims {@code key} for {@code scope} (the caller) and a body of {@code hash}, committed at once
   * so that a parallel request sees it: the claim to work under, or the answer to repeat; 422 when
   * the key was used for another body, 409 while its first request runs.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Claim claim(String scope, String key, String hash) {
    String s = scope.length() > MAX_SCOPE ? scope.substring(0, MAX_SCOPE) : scope;
    Instant now = clock.now();
    String owner = UUID.randomUUID().toString();
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO idempotency_key (scope, idem_key, request_hash, owner, status,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)")
            .setParameter(1, s)
            .setParameter(2, key)
            .setParameter(3, hash)
            .setParameter(4, owner)
            .setParameter(5, Timestamp.from(now))
            .setParameter(6, Timestamp.from(now.plus(KEEP)))
            .executeUpdate();
    if (inserted == 1) {
      return new Fresh(s, key, owner);
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT request_hash, owner, status, created_at, expires_at, response_status,"
                    + " response_location, response_body FROM idempotency_key"
                    + " WHERE scope = ? AND idem_key = ? FOR UPDATE")
            .setParameter(1, s)
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      // the row expired and was removed between the two statements: a new claim
      return claim(scope, key, hash);
    }
    Object[] row = (Object[]) rows.get(0);
    Stored stored =
        new Stored(
            (String) row[0],
            (String) row[1],
            "DONE".equals(row[2]),
            instant(row[3]),
            instant(row[4]));
    switch (decide(stored, hash, now)) {
      case MISMATCH:
        throw new KeyReused();
      case IN_PROGRESS:
        throw new ConflictException(HEADER, "error.idempotency.inProgress");
      case REPLAY:
        return new Replay(
            new Answer(((Number) row[5]).intValue(), (String) row[6], (String) row[7]));
      default:
        // RENEW, TAKE_OVER (CLAIM cannot happen: the row is there)
        em.createNativeQuery(
                "UPDATE idempotency_key SET request_hash = ?, owner = ?, status = 'IN_PROGRESS',"
                    + " response_status = NULL, response_location = NULL, response_body = NULL,"
                    + " created_at = ?, expires_at = ? WHERE scope = ? AND idem_key = ?")
            .setParameter(1, hash)
            .setParameter(2, owner)
            .setParameter(3, Timestamp.from(now))
            .setParameter(4, Timestamp.from(now.plus(KEEP)))
            .setParameter(5, s)
            .setParameter(6, key)
            .executeUpdate();
        return new Fresh(s, key, owner);
    }
  }

  /**
   * Does the work of a fresh claim and stores its answer in the same transaction, if the claim is
   * still this request's (else 409, and the work is rolled back).
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Answer complete(Fresh claim, Supplier<Answer> work) {
    Answer answer = work.get();
    List<?> owner =
        em.createNativeQuery(
                "SELECT owner FROM idempotency_key WHERE scope = ? AND idem_key = ?"
                    + " AND status = 'IN_PROGRESS' FOR UPDATE")
            .setParameter(1, claim.scope())
            .setParameter(2, claim.key())
            .getResultList();
    if (owner.isEmpty() || !claim.owner().equals(owner.get(0))) {
      throw new ConflictException(HEADER, "error.idempotency.inProgress");
    }
    em.createNativeQuery(
            "UPDATE idempotency_key SET status = 'DONE', response_status = ?,"
                + " response_location = ?, response_body = ? WHERE scope = ? AND idem_key = ?")
        .setParameter(1, answer.status())
        .setParameter(2, answer.location())
        .setParameter(3, answer.body())
        .setParameter(4, claim.scope())
        .setParameter(5, claim.key())
        .executeUpdate();
    return answer;
  }

  /** The work failed: the claim goes, so the caller may retry (or fix the body) with the key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(Fresh claim) {
    em.createNativeQuery(
            "DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND owner = ?"
                + " AND status = 'IN_PROGRESS'")
        .setParameter(1, claim.scope())
        .setParameter(2, claim.key())
        .setParameter(3, claim.owner())
        .executeUpdate();
  }

  /** Removes the keys past their 24 hours (a periodic clean-up; repeats are refused after). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeExpired() {
    return em.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at < ? LIMIT 10000")
        .setParameter(1, Timestamp.from(clock.now()))
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime t) {
      return Timestamp.valueOf(t).toInstant();
    }
    throw new IllegalStateException("a DATETIME read as " + value);
  }

  /** The key was used for another request body: 422 (the draft's "unprocessable"). */
  public static final class KeyReused extends DomainException {
    public KeyReused() {
      super("error.idempotency.mismatch");
    }

    @Override
    public Kind kind() {
      return Kind.UNPROCESSABLE;
    }

    @Override
    public String field() {
      return HEADER;
    }
  }
}
