package dev.vizzor.gateway.auth.jwt;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Verifies Supabase-issued JWT Bearer tokens: HS256 with the legacy shared secret, ES256/RS256 with
 * the project's JWKS. The key is chosen by our configuration and the token's {@code kid}, and the
 * key alone fixes the algorithm; nothing in the token can pick a key or an algorithm of its own.
 *
 * <p>HS256 tokens are verified with the secret whether or not they carry a kid (Supabase puts one
 * on legacy tokens too), unless that kid names a key of the JWKS as cached: such a token claims an
 * asymmetric key and must not be checked with the secret.
 *
 * <p>{@link Startup}: a bad secret or JWKS URL stops the gateway at start, not at the first login.
 */
@ApplicationScoped
@Startup
public class SupabaseJwtVerifier {
  private static final Logger LOG = Logger.getLogger(SupabaseJwtVerifier.class);

  private final Optional<VerificationKey> hs256;
  private final Optional<JwksCache> jwks;
  private final SignatureAndClaims signatureAndClaims;

  @Inject
  public SupabaseJwtVerifier(JwtConfig config, Vertx vertx) {
    this(config, vertx, Clock.systemUTC());
  }

  /** With the clock that tells token and JWKS ages; tests move it. */
  public SupabaseJwtVerifier(JwtConfig config, Vertx vertx, Clock clock) {
    this.hs256 = Hs256Secret.from(config.hs256Secret());
    this.jwks =
        config
            .jwksUrl()
            .map(
                url ->
                    new JwksCache(
                        new JwksFetcher(vertx, url, config.jwksFetchTimeout()),
                        clock,
                        config.jwksTtl(),
                        config.jwksMinRefreshInterval()));
    this.signatureAndClaims = new SignatureAndClaims(config, clock);
  }

  /** Completes with the verified token's subject, or fails with JwtRejectedException. */
  public Uni<VerifiedJwt> verify(String compactJwt) {
    return Uni.createFrom()
        .item(() -> TokenHeader.screen(compactJwt))
        .flatMap(this::keyFor)
        .map(key -> signatureAndClaims.check(compactJwt, key))
        .onFailure(failure -> !(failure instanceof JwtRejectedException))
        .transform(SupabaseJwtVerifier::unexpected);
  }

  /** Still a rejection for the caller, but logged in full: it means a check of ours is wrong. */
  private static JwtRejectedException unexpected(Throwable failure) {
    LOG.warn("JWT verification failed unexpectedly; the token is refused", failure);
    return new JwtRejectedException(
        Rejection.MALFORMED, "unexpected " + failure.getClass().getSimpleName());
  }

  private Uni<VerificationKey> keyFor(TokenHeader header) {
    if (header.algorithm() == SigningAlgorithm.HS256) {
      return Uni.createFrom().item(() -> hs256Key(header));
    }
    if (jwks.isEmpty()) {
      return rejected(Rejection.ALGORITHM_NOT_ALLOWED, header.algorithm() + " but no JWKS URL");
    }
    if (header.kid().isEmpty()) {
      return rejected(Rejection.UNKNOWN_KEY, header.algorithm() + " token without kid");
    }
    return jwks.get()
        .find(header.kid().get())
        .map(
            found -> {
              VerificationKey key =
                  found.orElseThrow(
                      () -> new JwtRejectedException(Rejection.UNKNOWN_KEY, "kid not in JWKS"));
              if (key.algorithm() != header.algorithm()) {
                throw new JwtRejectedException(
                    Rejection.KEY_MISMATCH,
                    header.algorithm() + " token, kid names a key for " + key.algorithm());
              }
              return key;
            });
  }

  private VerificationKey hs256Key(TokenHeader header) {
    VerificationKey key =
        hs256.orElseThrow(
            () ->
                new JwtRejectedException(
                    Rejection.ALGORITHM_NOT_ALLOWED, "HS256 but no HS256 secret"));
    if (header.kid().flatMap(kid -> jwks.flatMap(cache -> cache.findCached(kid))).isPresent()) {
      throw new JwtRejectedException(Rejection.KEY_MISMATCH, "HS256 token, kid names a JWKS key");
    }
    return key;
  }

  private static <T> Uni<T> rejected(Rejection category, String detail) {
    return Uni.createFrom().failure(new JwtRejectedException(category, detail));
  }

  @PreDestroy
  void close() {
    jwks.ifPresent(JwksCache::close);
  }
}
