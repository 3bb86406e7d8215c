package dev.vizzor.gateway.auth.jwt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How Supabase-issued JWT Bearer tokens are verified. Either key source, or both, may be set; with
 * neither, every JWT is refused.
 */
@ConfigMapping(prefix = "vizzor.gateway.jwt")
public interface JwtConfig {
  /**
   * Supabase's legacy shared JWT secret, used as its UTF-8 bytes (at least 32). Unset: HS256 tokens
   * are refused.
   */
  Optional<String> hs256Secret();

  /**
   * The project's JWKS, e.g. {@code https://<project>.supabase.co/auth/v1/.well-known/jwks.json}.
   * Unset: ES256/RS256 tokens are refused.
   */
  Optional<String> jwksUrl();

  /** When set, {@code iss} must equal it, e.g. {@code https://<project>.supabase.co/auth/v1}. */
  Optional<String> issuer();

  /** A value that {@code aud} must contain. */
  @WithDefault("authenticated")
  String audience();

  /** Leeway for {@code exp} and {@code nbf} against our clock. */
  @WithDefault("60s")
  Duration clockSkew();

  /** How long a fetched JWKS is used before it is fetched again. */
  @WithDefault("10m")
  Duration jwksTtl();

  /** The least time between two JWKS fetches, so unknown-kid tokens cannot hammer Supabase. */
  @WithDefault("30s")
  Duration jwksMinRefreshInterval();

  /** Longest a JWKS fetch may take, body included. */
  @WithDefault("2s")
  Duration jwksFetchTimeout();
}
