package dev.vizzor.gateway.auth.jwt;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * The JWKS as last fetched, refreshed when it is older than its TTL or when a token names a kid it
 * does not hold. Fetches are single-flight (concurrent callers share one) and at most one starts
 * per minimum interval, whatever the tokens say. A failed fetch keeps the previous keys in use.
 */
final class JwksCache {
  private static final Logger LOG = Logger.getLogger(JwksCache.class);

  private final JwksFetcher fetcher;
  private final Clock clock;
  private final Duration ttl;
  private final Duration minRefreshInterval;

  // Guarded by this.
  private JwksKeys keys;
  private Instant keysFetchedAt;
  private Instant lastFetchStartedAt;
  private CompletableFuture<JwksKeys> inFlight;

  JwksCache(JwksFetcher fetcher, Clock clock, Duration ttl, Duration minRefreshInterval) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.ttl = ttl;
    this.minRefreshInterval = minRefreshInterval;
  }

  /**
   * The key with this kid, fetching the JWKS first when it is stale or lacks the kid (and a fetch
   * is allowed). Fails with {@link Rejection#KEYS_UNAVAILABLE} while no JWKS was ever fetched.
   */
  Uni<Optional<VerificationKey>> find(String kid) {
    synchronized (this) {
      if (keys != null && !isExpired()) {
        Optional<VerificationKey> cached = keys.find(kid);
        if (cached.isPresent()) {
          return Uni.createFrom().item(cached);
        }
      }
    }
    return refresh().map(latest -> latest.find(kid));
  }

  /** The key with this kid among the keys already held; never fetches. */
  synchronized Optional<VerificationKey> findCached(String kid) {
    return keys == null ? Optional.empty() : keys.find(kid);
  }

  private Uni<JwksKeys> refresh() {
    CompletableFuture<JwksKeys> fetch;
    boolean mineToStart = false;
    synchronized (this) {
      fetch = inFlight;
      if (fetch == null) {
        Instant now = clock.instant();
        if (lastFetchStartedAt != null
            && now.isBefore(lastFetchStartedAt.plus(minRefreshInterval))) {
          return currentOrUnavailable();
        }
        lastFetchStartedAt = now;
        fetch = new CompletableFuture<>();
        inFlight = fetch;
        mineToStart = true;
      }
    }
    if (mineToStart) {
      start(fetch);
    }
    // A copy per caller: a caller that gives up must not cancel the fetch the others wait for.
    return Uni.createFrom()
        .completionStage(fetch.copy())
        .onFailure()
        .recoverWithUni(this::currentOrUnavailable);
  }

  /** Runs the fetch outside the lock; the cache is updated before any waiting caller resumes. */
  private void start(CompletableFuture<JwksKeys> fetch) {
    Uni.createFrom()
        .deferred(fetcher::fetch)
        .subscribe()
        .with(
            fetched -> {
              store(fetched);
              fetch.complete(fetched);
            },
            failure -> {
              keepPrevious(failure);
              fetch.completeExceptionally(failure);
            });
  }

  private synchronized void store(JwksKeys fetched) {
    inFlight = null;
    keys = fetched;
    keysFetchedAt = clock.instant();
    LOG.debugf("JWKS fetched from %s: %d usable keys", fetcher.url(), fetched.size());
  }

  private synchronized void keepPrevious(Throwable failure) {
    inFlight = null;
    LOG.warnf(
        "JWKS fetch from %s failed (%s); %s",
        fetcher.url(),
        failure.toString(),
        keys == null ? "no keys to verify ES256/RS256 tokens yet" : "keeping the previous keys");
  }

  private synchronized Uni<JwksKeys> currentOrUnavailable() {
    if (keys == null) {
      return Uni.createFrom()
          .failure(new JwtRejectedException(Rejection.KEYS_UNAVAILABLE, "JWKS not fetched yet"));
    }
    return Uni.createFrom().item(keys);
  }

  private boolean isExpired() {
    return !clock.instant().isBefore(keysFetchedAt.plus(ttl));
  }

  void close() {
    fetcher.close();
  }
}
