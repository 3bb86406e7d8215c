package dev.vizzor.cli;

import dev.vizzor.common.identity.EcKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;
import java.util.function.Function;

/**
 * The EC P-256 key pair of the internal token (DESIGN.md, "Inside the cluster"): the gateway signs
 * with the private key, every service verifies with the public one. Both PEM texts; never printed.
 */
public record InternalTokenKeys(String privateKeyPem, String publicKeyPem, boolean generated) {
  static final String PRIVATE_KEY_VARIABLE = "VIZZOR_INTERNAL_JWT_PRIVATE_KEY";
  static final String PUBLIC_KEY_VARIABLE = "VIZZOR_INTERNAL_JWT_PUBLIC_KEY";

  /**
   * The pair set in {@code environment}, else a fresh one for this run.
   *
   * @throws IllegalArgumentException when only one half is set, or the halves do not match: the
   *     suite would start and then refuse every business call
   */
  public static InternalTokenKeys fromEnvironment(Function<String, Optional<String>> environment) {
    Optional<String> privatePem = environment.apply(PRIVATE_KEY_VARIABLE);
    Optional<String> publicPem = environment.apply(PUBLIC_KEY_VARIABLE);
    if (privatePem.isEmpty() && publicPem.isEmpty()) {
      return generate();
    }
    if (publicPem.isEmpty()) {
      throw new IllegalArgumentException(
          PRIVATE_KEY_VARIABLE
              + " is set but "
              + PUBLIC_KEY_VARIABLE
              + " is not: the services need the matching public key");
    }
    if (privatePem.isEmpty()) {
      throw new IllegalArgumentException(
          PUBLIC_KEY_VARIABLE
              + " is set without "
              + PRIVATE_KEY_VARIABLE
              + ": set both (a matching pair) or neither (a pair is generated for the run)");
    }
    requireMatchingPair(privatePem.get(), publicPem.get());
    return new InternalTokenKeys(privatePem.get(), publicPem.get(), false);
  }

  static InternalTokenKeys generate() {
    KeyPair pair = EcKeys.generate();
    return new InternalTokenKeys(EcKeys.pem(pair.getPrivate()), EcKeys.pem(pair.getPublic()), true);
  }

  /** Signs a probe with one half and verifies it with the other; messages never show the keys. */
  private static void requireMatchingPair(String privatePem, String publicPem) {
    PrivateKey privateKey;
    PublicKey publicKey;
    try {
      privateKey = EcKeys.privateKey(privatePem);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PRIVATE_KEY_VARIABLE + " is not a PKCS#8 PEM EC private key");
    }
    try {
      publicKey = EcKeys.publicKey(publicPem);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PUBLIC_KEY_VARIABLE + " is not an X.509 PEM EC public key");
    }
    if (((ECPublicKey) publicKey).getParams().getCurve().getField().getFieldSize() != 256) {
      throw new IllegalArgumentException(
          PUBLIC_KEY_VARIABLE + " is not a P-256 key (ES256 signs with P-256 only)");
    }
    try {
      byte[] probe = "vizzor internal token".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(publicKey);
      verifier.update(probe);
      if (verifier.verify(signature)) {
        return;
      }
    } catch (GeneralSecurityException e) {
      // answered below
    }
    throw new IllegalArgumentException(
        PRIVATE_KEY_VARIABLE
            + " and "
            + PUBLIC_KEY_VARIABLE
            + " are not the two halves of one key");
  }
}
