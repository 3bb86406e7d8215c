package dev.vizzor.gateway.auth.jwt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The usable signing keys of one JWKS document, by {@code kid}. Each key is bound to exactly one
 * algorithm: the JWK's own {@code alg} when it states one, else the one its type implies (RSA →
 * RS256, EC P-256 → ES256). Keys we would never use are left out rather than trusted later.
 */
final class JwksKeys {
  static final JwksKeys NONE = new JwksKeys(Map.of());

  private static final Logger LOG = Logger.getLogger(JwksKeys.class);
  private static final int MIN_RSA_BITS = 2048;

  private final Map<String, VerificationKey> byKid;

  private JwksKeys(Map<String, VerificationKey> byKid) {
    this.byKid = Map.copyOf(byKid);
  }

  Optional<VerificationKey> find(String kid) {
    return Optional.ofNullable(byKid.get(kid));
  }

  int size() {
    return byKid.size();
  }

  /** Throws {@link IllegalArgumentException} when the document is not a JWKS at all. */
  static JwksKeys parse(String json) {
    JsonWebKeySet set;
    try {
      set = new JsonWebKeySet(json); // skips single JWKs it cannot read
    } catch (JoseException | RuntimeException e) {
      throw new IllegalArgumentException("not a JWKS document", e);
    }
    Map<String, VerificationKey> byKid = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (JsonWebKey jwk : set.getJsonWebKeys()) {
      String kid = jwk.getKeyId();
      Optional<VerificationKey> usable = usable(jwk);
      if (kid == null || kid.isBlank() || usable.isEmpty()) {
        LOG.debugf("JWKS key %s left out: not a usable signing key", kid);
        continue;
      }
      if (byKid.putIfAbsent(kid, usable.get()) != null) {
        ambiguous.add(kid);
      }
    }
    // Two keys under one kid: we cannot tell which one the issuer meant, so we trust neither.
    ambiguous.forEach(
        kid -> {
          LOG.warnf("JWKS has several keys with kid %s; none of them is used", kid);
          byKid.remove(kid);
        });
    return new JwksKeys(byKid);
  }

  private static Optional<VerificationKey> usable(JsonWebKey jwk) {
    if (jwk.getUse() != null && !jwk.getUse().equals("sig")) {
      return Optional.empty();
    }
    if (jwk instanceof RsaJsonWebKey rsa
        && declaresOrImplies(jwk, SigningAlgorithm.RS256)
        && rsa.getRsaPublicKey().getModulus().bitLength() >= MIN_RSA_BITS) {
      return Optional.of(new VerificationKey(SigningAlgorithm.RS256, rsa.getRsaPublicKey()));
    }
    if (jwk instanceof EllipticCurveJsonWebKey ec
        && EllipticCurves.P_256.equals(ec.getCurveName())
        && declaresOrImplies(jwk, SigningAlgorithm.ES256)) {
      return Optional.of(new VerificationKey(SigningAlgorithm.ES256, ec.getECPublicKey()));
    }
    // Symmetric ("oct") keys above all: a JWKS is public, so a secret in it is no secret.
    return Optional.empty();
  }

  private static boolean declaresOrImplies(JsonWebKey jwk, SigningAlgorithm algorithm) {
    return jwk.getAlgorithm() == null || jwk.getAlgorithm().equals(algorithm.joseName());
  }
}
