package dev.vizzor.gateway.auth.jwt;

/** Why a token was refused, coarse enough to count in logs and metrics. */
public enum Rejection {
  /** Longer than {@link TokenHeader#MAX_TOKEN_CHARS}; nothing of it was parsed. */
  OVERSIZED,
  /** Not three base64url parts with a JSON object header, or a header field of the wrong type. */
  MALFORMED,
  /** A JWE (five parts): Supabase access tokens are signed, never encrypted. */
  ENCRYPTED,
  /** A header that tries to pick its own key ({@code jku}, {@code jwk}, …) or that we don't do. */
  FORBIDDEN_HEADER,
  /** {@code alg} missing, {@code none}, outside HS256/ES256/RS256, or with no key source for it. */
  ALGORITHM_NOT_ALLOWED,
  /**
   * No key with this {@code kid}, even after refreshing the JWKS (or no kid where one is needed).
   */
  UNKNOWN_KEY,
  /** The key named by {@code kid} is for another algorithm than the header's {@code alg}. */
  KEY_MISMATCH,
  /** The JWKS has never been fetched successfully, so no asymmetric token can be checked. */
  KEYS_UNAVAILABLE,
  BAD_SIGNATURE,
  EXPIRED,
  NOT_YET_VALID,
  WRONG_ISSUER,
  WRONG_AUDIENCE,
  /** {@code exp} or {@code sub} missing, {@code sub} blank, or a claim of the wrong JSON type. */
  INVALID_CLAIMS
}
