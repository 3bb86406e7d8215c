package dev.vizzor.common.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The internal tokens this service has already verified, until they expire (used by {@link
 * VerifyingOnce}). The key is the whole token text, signature included, so nothing but that very
 * token can match. An entry ends at the token's own {@code exp} with no clock skew, stricter than
 * the verifier. At most {@value #MAX_ENTRIES} are kept (a few KB each, so a few MB at most; a
 * concurrent burst may pass the bound by one entry per thread); when full, expired ones are swept,
 * at most once a second so that a cache full of live tokens costs no scan per request, and new
 * tokens are verified every time until there is room again.
 */
@ApplicationScoped
public class VerifiedTokens {
  static final int MAX_ENTRIES = 4_096;

  private final Clock clock;
  private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);

  @Inject
  VerifiedTokens() {
    this(Clock.systemUTC());
  }

  VerifiedTokens(Clock clock) {
    this.clock = clock;
  }

  /** The token as verified before, or null when it must be verified (again). */
  JsonWebToken lookup(String token) {
    JsonWebToken known = verified.get(token);
    if (known == null) {
      return null;
    }
    if (now() >= known.getExpirationTime()) {
      verified.remove(token, known);
      return null;
    }
    return known;
  }

  /** Called once {@code token} passed full verification. */
  void remember(String token, JsonWebToken verifiedToken) {
    if (verified.size() >= MAX_ENTRIES) {
      long now = now();
      long swept = lastSweep.get();
      if (now > swept && lastSweep.compareAndSet(swept, now)) {
        verified.values().removeIf(known -> now >= known.getExpirationTime());
      }
      if (verified.size() >= MAX_ENTRIES) {
        return;
      }
    }
    verified.put(token, verifiedToken);
  }

  /** How many tokens are remembered now. */
  public int size() {
    return verified.size();
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
