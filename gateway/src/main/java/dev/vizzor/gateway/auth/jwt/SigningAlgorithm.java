package dev.vizzor.gateway.auth.jwt;

import java.util.Optional;
import org.jose4j.jws.AlgorithmIdentifiers;

/** The only JWS algorithms Supabase signs with, and so the only ones we accept. */
enum SigningAlgorithm {
  HS256(AlgorithmIdentifiers.HMAC_SHA256),
  ES256(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256),
  RS256(AlgorithmIdentifiers.RSA_USING_SHA256);

  private final String joseName;

  SigningAlgorithm(String joseName) {
    this.joseName = joseName;
  }

  String joseName() {
    return joseName;
  }

  /** Exact, case-sensitive match: {@code "none"}, {@code "hs256"} or {@code "HS384"} give empty. */
  static Optional<SigningAlgorithm> fromJoseName(String name) {
    for (SigningAlgorithm algorithm : values()) {
      if (algorithm.joseName.equals(name)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }
}
