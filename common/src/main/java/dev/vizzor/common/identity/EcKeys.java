package dev.vizzor.common.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * EC P-256 keys of internal tokens in their PEM forms: PKCS#8 for a private key, X.509
 * SubjectPublicKeyInfo for a public one (what {@code openssl} writes).
 */
public final class EcKeys {
  private EcKeys() {}

  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is part of every JDK", e);
    }
  }

  /**
   * @throws IllegalArgumentException when {@code pem} is not a PKCS#8 EC private key
   */
  public static PrivateKey privateKey(String pem) {
    try {
      return KeyFactory.getInstance("EC")
          .generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PKCS#8 PEM EC private key", e);
    }
  }

  /**
   * @throws IllegalArgumentException when {@code pem} is not an X.509 EC public key
   */
  public static PublicKey publicKey(String pem) {
    try {
      return KeyFactory.getInstance("EC")
          .generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an X.509 PEM EC public key", e);
    }
  }

  public static String pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  public static String pem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /**
   * The JSON Web Key Set of {@code keys}, each under its name as {@code kid}: the form of {@code
   * VIZZOR_SERVICE_JWT_PUBLIC_KEYS}.
   */
  public static String jwks(Map<String, PublicKey> keys) {
    JsonWebKeySet set = new JsonWebKeySet();
    keys.forEach(
        (name, key) -> {
          JsonWebKey jwk = new EllipticCurveJsonWebKey((ECPublicKey) key);
          jwk.setKeyId(name);
          set.addJsonWebKey(jwk);
        });
    return set.toJson();
  }

  /** The DER bytes of the {@code type} block of {@code pem} (which may hold other blocks too). */
  private static byte[] der(String pem, String type) {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + type + " block");
    }
    String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
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
}
