package dev.vizzor.gateway.auth.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Test keys, tokens and JWKS documents for Supabase-style JWTs, including deliberately broken ones.
 * Signing is done here with the JCA over whatever header and payload were given, so a test can pair
 * any header with any key: {@code jwt().header("alg", "HS256").signedWith(hs256(bytes))}.
 *
 * <pre>{@code
 * SigningKey ec = SigningKey.ec("ec-1");
 * stub.serve(TestTokens.jwks(ec));
 * String good = TestTokens.jwt(now).signedWith(ec); // alg ES256, kid ec-1
 * String bad = TestTokens.jwt(now).claim("aud", "anon").signedWith(ec);
 * }</pre>
 */
public final class TestTokens {
  /** Supabase's local development secret, 43 bytes. */
  public static final String HS256_SECRET =
      "super-secret-jwt-token-with-at-least-32-characters-long";

  public static final String ISSUER = "https://vizzor-test.supabase.co/auth/v1";
  public static final String AUDIENCE = "authenticated";
  public static final String SUBJECT = "8f4c5e2a-6d1b-4f0e-9a3c-2b7d1e5f9c40";

  private TestTokens() {}

  /** A key pair with the kid and algorithm it signs under; its public half renders as a JWK. */
  public record SigningKey(String kid, String alg, KeyPair keyPair) {
    /** EC P-256, ES256. */
    public static SigningKey ec(String kid) {
      return new SigningKey(kid, "ES256", generate("EC", new ECGenParameterSpec("secp256r1")));
    }

    /** RSA 2048, RS256. */
    public static SigningKey rsa(String kid) {
      return rsa(kid, 2048);
    }

    public static SigningKey rsa(String kid, int bits) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return new SigningKey(kid, "RS256", generator.generateKeyPair());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The public JWK as a mutable map (kty, kid, alg, use, and n/e or crv/x/y), to tamper with. */
    public Map<String, Object> jwk() {
      try {
        PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(keyPair.getPublic());
        jwk.setKeyId(kid);
        jwk.setAlgorithm(alg);
        jwk.setUse("sig");
        return new LinkedHashMap<>(jwk.toParams(OutputControlLevel.PUBLIC_ONLY));
      } catch (JoseException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The encoded public key (X.509 SubjectPublicKeyInfo), e.g. as a forged HMAC secret. */
    public byte[] publicKeyBytes() {
      return keyPair.getPublic().getEncoded();
    }

    public Signer signer() {
      return alg.equals("ES256")
          ? Signer.es256(keyPair.getPrivate())
          : Signer.rs256(keyPair.getPrivate());
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec spec) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(spec);
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Produces the third part of a compact JWS from the bytes of {@code header.payload}. */
  @FunctionalInterface
  public interface Signer {
    byte[] sign(byte[] signingInput) throws GeneralSecurityException;

    static Signer hs256(byte[] secret) {
      return input -> {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return mac.doFinal(input);
      };
    }

    static Signer hs256(String secret) {
      return hs256(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** R || S, 64 bytes, as JWS wants, not the JCA's default DER. */
    static Signer es256(PrivateKey key) {
      return jca("SHA256withECDSAinP1363Format", key);
    }

    static Signer rs256(PrivateKey key) {
      return jca("SHA256withRSA", key);
    }

    /** An empty signature, as {@code alg: none} tokens have. */
    static Signer none() {
      return input -> new byte[0];
    }

    private static Signer jca(String algorithm, PrivateKey key) {
      return input -> {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(input);
        return signature.sign();
      };
    }
  }

  /** The claims of a valid Supabase access token issued at {@code now}, valid for an hour. */
  public static Map<String, Object> validClaims(Instant now) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("sub", SUBJECT);
    claims.put("aud", AUDIENCE);
    claims.put("exp", now.getEpochSecond() + 3600);
    claims.put("iat", now.getEpochSecond());
    claims.put("email", "ada@example.com");
    claims.put("role", "authenticated");
    claims.put("session_id", "0b9f7c8e-3a51-4d2c-8e6f-1c2d3e4f5a6b");
    return claims;
  }

  /** A token with {@link #validClaims} and {@code typ: JWT}, to adjust and sign. */
  public static Jwt jwt(Instant now) {
    return new Jwt(validClaims(now));
  }

  /** A JWKS document with the public halves of these keys. */
  public static String jwks(SigningKey... keys) {
    List<Map<String, Object>> jwks = new ArrayList<>();
    for (SigningKey key : keys) {
      jwks.add(key.jwk());
    }
    return jwksOf(jwks);
  }

  /** A JWKS document with these JWKs exactly as given, tampered ones included. */
  public static String jwksOf(List<Map<String, Object>> jwks) {
    return JsonUtil.toJson(Map.of("keys", jwks));
  }

  public static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String base64url(String text) {
    return base64url(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A token under construction. Header and claims are JSON objects built from maps unless replaced
   * by raw text, which may be anything (invalid JSON, duplicate names, an array…).
   */
  public static final class Jwt {
    private final Map<String, Object> header = new LinkedHashMap<>(Map.of("typ", "JWT"));
    private final Map<String, Object> claims;
    private String rawHeader;
    private String rawPayload;

    private Jwt(Map<String, Object> claims) {
      this.claims = claims;
    }

    public Jwt header(String name, Object value) {
      header.put(name, value);
      return this;
    }

    public Jwt withoutHeader(String name) {
      header.remove(name);
      return this;
    }

    public Jwt claim(String name, Object value) {
      claims.put(name, value);
      return this;
    }

    public Jwt withoutClaim(String name) {
      claims.remove(name);
      return this;
    }

    /** Replaces the whole header with this text, used as is. */
    public Jwt rawHeader(String json) {
      this.rawHeader = json;
      return this;
    }

    /** Replaces the whole payload with this text, used as is. */
    public Jwt rawPayload(String json) {
      this.rawPayload = json;
      return this;
    }

    /** Signs with the key's own algorithm; sets {@code alg} and {@code kid} unless already set. */
    public String signedWith(SigningKey key) {
      header.putIfAbsent("alg", key.alg());
      header.putIfAbsent("kid", key.kid());
      return signedWith(key.signer());
    }

    /** HS256 with this secret; sets {@code alg} unless already set. */
    public String signedWithSecret(String secret) {
      header.putIfAbsent("alg", "HS256");
      return signedWith(Signer.hs256(secret));
    }

    /** Signs exactly the header and payload as they stand, whatever their {@code alg} says. */
    public String signedWith(Signer signer) {
      String signingInput = signingInput();
      try {
        return signingInput
            + "."
            + base64url(signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /** {@code header.payload}, for tests that assemble the rest themselves. */
    public String signingInput() {
      String headerJson = rawHeader != null ? rawHeader : JsonUtil.toJson(header);
      String payloadJson = rawPayload != null ? rawPayload : JsonUtil.toJson(claims);
      return base64url(headerJson) + "." + base64url(payloadJson);
    }
  }
}
