package dev.vizzor.testsupport;

import dev.vizzor.common.identity.CredentialKind;
import dev.vizzor.common.identity.EcKeys;
import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.common.identity.InternalIdentity;
import dev.vizzor.common.identity.InternalTokens;
import dev.vizzor.common.identity.Tier;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Plays the gateway and the other services for service tests: key pairs made once per JVM, their
 * public halves as a service is configured with them ({@link InternalTokenTestResource}), and
 * internal tokens written with common's {@link InternalClaims}, valid or broken in the ways an
 * attacker or a bug would break them.
 */
public final class InternalTokenFixture {
  /** The services of the suite, each of which may call the service under test. */
  public static final List<String> SERVICES =
      List.of(
          "orchestrator-service",
          "market-service",
          "prediction-service",
          "notification-service",
          "agent-service",
          "webhook-service");

  private static final KeyPair GATEWAY_KEYS = jvmWide("gateway");
  // One pair stands for every service: the service under test signs its own calls with it too,
  // whatever its name, and the public key set lists it under each service's name.
  private static final KeyPair SERVICE_KEYS = jvmWide("services");
  private static final KeyPair OTHER_KEYS = jvmWide("other");

  private InternalTokenFixture() {}

  /**
   * A key pair made once per JVM. Quarkus loads test code, profiles and the application in more
   * than one class loader, each with its own copy of this class; the pair is kept in a system
   * property so that every copy signs and verifies with the same keys.
   */
  private static KeyPair jvmWide(String name) {
    String pems =
        (String)
            System.getProperties()
                .computeIfAbsent(
                    "vizzor.test.internal-token-keys." + name,
                    key -> {
                      KeyPair pair = EcKeys.generate();
                      return EcKeys.pem(pair.getPrivate()) + EcKeys.pem(pair.getPublic());
                    });
    return new KeyPair(EcKeys.publicKey(pems), EcKeys.privateKey(pems));
  }

  /** X.509 PEM of the gateway's public key, the form of {@code VIZZOR_INTERNAL_JWT_PUBLIC_KEY}. */
  public static String publicKeyPem() {
    return EcKeys.pem(GATEWAY_KEYS.getPublic());
  }

  /** PKCS#8 PEM of the gateway's signing key ({@code VIZZOR_INTERNAL_JWT_PRIVATE_KEY}). */
  public static String privateKeyPem() {
    return EcKeys.pem(GATEWAY_KEYS.getPrivate());
  }

  /** PKCS#8 PEM of a service's signing key ({@code VIZZOR_SERVICE_JWT_PRIVATE_KEY}). */
  public static String servicePrivateKeyPem() {
    return EcKeys.pem(SERVICE_KEYS.getPrivate());
  }

  /**
   * The JWK set of the services' public keys ({@code VIZZOR_SERVICE_JWT_PUBLIC_KEYS}): the suite's
   * services and any {@code others} (an application that is not one of them, calling itself).
   */
  public static String servicePublicKeys(String... others) {
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    SERVICES.forEach(service -> keys.put(service, SERVICE_KEYS.getPublic()));
    for (String other : others) {
      keys.put(other, SERVICE_KEYS.getPublic());
    }
    return EcKeys.jwks(keys);
  }

  /**
   * A token as the gateway issues it for an API-key call by a pro account (fresh account and key
   * ids, issued now, 120 s lifetime); adjust it before signing.
   */
  public static Token token() {
    return new Token(
        InternalClaims.of(
            InternalIdentity.viaGateway(
                UUID.randomUUID(),
                Tier.PRO,
                CredentialKind.API_KEY,
                Optional.of(UUID.randomUUID()),
                4096),
            Instant.now()));
  }

  /** A token as {@code service} signs it for its own calls, on behalf of a fresh pro account. */
  public static Token serviceToken(String service) {
    return new Token(
        InternalClaims.of(
            InternalIdentity.fromService(service, UUID.randomUUID(), Tier.PRO, 4096),
            Instant.now()));
  }

  /** The claims of one token, then the way it is signed. */
  public static final class Token {
    private final JwtClaims claims;

    private Token(JwtClaims claims) {
      this.claims = claims;
    }

    public Token claim(String name, Object value) {
      claims.setClaim(name, value);
      return this;
    }

    public Token without(String name) {
      claims.unsetClaim(name);
      return this;
    }

    /** Issued {@code seconds} ago with the usual lifetime. */
    public Token issuedSecondsAgo(long seconds) {
      long issued = Instant.now().getEpochSecond() - seconds;
      claims.setIssuedAt(NumericDate.fromSeconds(issued));
      claims.setExpirationTime(
          NumericDate.fromSeconds(issued + InternalClaims.LIFETIME.toSeconds()));
      return this;
    }

    /** ES256 with the gateway's key: what the gateway does. */
    public String signed() {
      return InternalTokens.sign(claims, GATEWAY_KEYS.getPrivate());
    }

    /** ES256 with the services' key: what a service does for its own calls. */
    public String signedAsService() {
      return InternalTokens.sign(claims, SERVICE_KEYS.getPrivate());
    }

    /** ES256 with a key of the right kind that the services were never given. */
    public String signedByAnotherKey() {
      return InternalTokens.sign(claims, OTHER_KEYS.getPrivate());
    }

    /** {@code alg: none}: no signature at all. */
    public String unsigned() {
      JsonWebSignature jws = jws(AlgorithmIdentifiers.NONE);
      jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
      return serialize(jws);
    }

    /**
     * The algorithm-confusion forgery: HS256 keyed with the public key's PEM text, which a verifier
     * that lets the token choose its algorithm would accept.
     */
    public String hs256WithThePublicKey() {
      JsonWebSignature jws = jws(AlgorithmIdentifiers.HMAC_SHA256);
      jws.setKey(new HmacKey(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
      return serialize(jws);
    }

    private JsonWebSignature jws(String algorithm) {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setAlgorithmHeaderValue(algorithm);
      jws.setHeader("typ", "JWT");
      return jws;
    }

    private static String serialize(JsonWebSignature jws) {
      try {
        return jws.getCompactSerialization();
      } catch (JoseException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
