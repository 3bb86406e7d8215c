package dev.vizzor.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Plays the gateway for service tests: an EC P-256 key pair made once per JVM, its public key as
 * the PEM a service is configured with ({@link InternalTokenTestResource}), and internal tokens
 * with chosen claims, valid or broken in the ways an attacker or a bug would break them.
 */
public final class InternalTokenFixture {
  public static final String ISSUER = "vizzor-gateway";
  public static final long LIFETIME_SECONDS = 120;

  private static final KeyPair SUITE_KEYS = ecKeyPair();
  private static final KeyPair OTHER_KEYS = ecKeyPair();

  private InternalTokenFixture() {}

  /** X.509 SubjectPublicKeyInfo PEM, the form of {@code VIZZOR_INTERNAL_JWT_PUBLIC_KEY}. */
  public static String publicKeyPem() {
    return pem("PUBLIC KEY", SUITE_KEYS.getPublic().getEncoded());
  }

  /** PKCS#8 PEM of the private half, the form of the gateway's internal-token signing key. */
  public static String privateKeyPem() {
    return pem("PRIVATE KEY", SUITE_KEYS.getPrivate().getEncoded());
  }

  /**
   * A token as the gateway issues it for an API-key call by a pro account (fresh account and key
   * ids, issued now, 120 s lifetime); adjust it before signing.
   */
  public static Token token() {
    JwtClaims claims = new JwtClaims();
    long now = Instant.now().getEpochSecond();
    claims.setIssuer(ISSUER);
    claims.setSubject(UUID.randomUUID().toString());
    claims.setIssuedAt(NumericDate.fromSeconds(now));
    claims.setExpirationTime(NumericDate.fromSeconds(now + LIFETIME_SECONDS));
    claims.setClaim("tier", "pro");
    claims.setClaim("cred", "api_key");
    claims.setClaim("max_tokens", 4096);
    claims.setClaim("kid", UUID.randomUUID().toString());
    return new Token(claims);
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
      claims.setExpirationTime(NumericDate.fromSeconds(issued + LIFETIME_SECONDS));
      return this;
    }

    /**
     * ES256 with the key whose public half {@link #publicKeyPem()} gives: what the gateway does.
     */
    public String signed() {
      return es256(SUITE_KEYS);
    }

    /** ES256 with a key of the right kind that the services were never given. */
    public String signedByAnotherKey() {
      return es256(OTHER_KEYS);
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

    private String es256(KeyPair keys) {
      JsonWebSignature jws = jws(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
      jws.setKey(keys.getPrivate());
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

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static KeyPair ecKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
