package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InternalTokenKeysTest {
  private static final String PRIVATE = "VIZZOR_INTERNAL_JWT_PRIVATE_KEY";
  private static final String PUBLIC = "VIZZOR_INTERNAL_JWT_PUBLIC_KEY";

  @Test
  void withNeitherVariableAFreshP256PairIsGenerated() throws Exception {
    InternalTokenKeys keys = InternalTokenKeys.fromEnvironment(name -> Optional.empty());
    assertTrue(keys.generated());
    assertTrue(keys.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    assertTrue(keys.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    ECPublicKey publicKey =
        (ECPublicKey)
            KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(der(keys.publicKeyPem())));
    assertEquals(256, publicKey.getParams().getCurve().getField().getFieldSize());
    // The halves belong together: accepted when given back as configuration.
    assertFalse(environment(keys.privateKeyPem(), keys.publicKeyPem()).generated());
    assertNotEquals(
        keys.publicKeyPem(),
        InternalTokenKeys.fromEnvironment(name -> Optional.empty()).publicKeyPem());
  }

  @Test
  void aConfiguredPairIsUsedAsGiven() {
    InternalTokenKeys configured = InternalTokenKeys.generate();
    InternalTokenKeys keys = environment(configured.privateKeyPem(), configured.publicKeyPem());
    assertEquals(configured.privateKeyPem(), keys.privateKeyPem());
    assertEquals(configured.publicKeyPem(), keys.publicKeyPem());
  }

  @Test
  void aPrivateKeyWithoutItsPublicKeyIsRefused() {
    String message = refusal(InternalTokenKeys.generate().privateKeyPem(), null);
    assertTrue(message.contains(PUBLIC + " is not"), message);
  }

  @Test
  void aPublicKeyWithoutItsPrivateKeyIsRefused() {
    String message = refusal(null, InternalTokenKeys.generate().publicKeyPem());
    assertTrue(message.contains("set both"), message);
  }

  @Test
  void halvesOfTwoDifferentPairsAreRefusedWithoutShowingEither() {
    InternalTokenKeys one = InternalTokenKeys.generate();
    InternalTokenKeys other = InternalTokenKeys.generate();
    String message = refusal(one.privateKeyPem(), other.publicKeyPem());
    assertTrue(message.contains("not the two halves of one key"), message);
    assertFalse(message.contains("BEGIN"), message);
  }

  @Test
  void textThatIsNoKeyIsRefused() {
    InternalTokenKeys keys = InternalTokenKeys.generate();
    assertTrue(refusal("not a key", keys.publicKeyPem()).contains("PKCS#8"));
    assertTrue(refusal(keys.privateKeyPem(), "not a key").contains("X.509"));
  }

  @Test
  void aKeyOnAnotherCurveIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp384r1"));
    var pair = generator.generateKeyPair();
    String message =
        refusal(
            pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
            pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    assertTrue(message.contains("P-256"), message);
  }

  private static InternalTokenKeys environment(String privatePem, String publicPem) {
    Map<String, String> set = new HashMap<>();
    if (privatePem != null) {
      set.put(PRIVATE, privatePem);
    }
    if (publicPem != null) {
      set.put(PUBLIC, publicPem);
    }
    return InternalTokenKeys.fromEnvironment(name -> Optional.ofNullable(set.get(name)));
  }

  private static String refusal(String privatePem, String publicPem) {
    return assertThrows(IllegalArgumentException.class, () -> environment(privatePem, publicPem))
        .getMessage();
  }

  private static byte[] der(String pem) {
    return Base64.getMimeDecoder()
        .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
