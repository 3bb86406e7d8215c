package dev.vizzor.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads the fixed test key pairs under test resources. */
final class PemKeys {
  private PemKeys() {}

  /** {@code <path>-private.pem} (PKCS#8) and {@code <path>-public.pem} (X.509) as a key pair. */
  static KeyPair pair(String algorithm, String path) {
    try {
      KeyFactory factory = KeyFactory.getInstance(algorithm);
      return new KeyPair(
          factory.generatePublic(new X509EncodedKeySpec(der(path + "-public.pem"))),
          factory.generatePrivate(new PKCS8EncodedKeySpec(der(path + "-private.pem"))));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String path) {
    try (InputStream in = PemKeys.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] der(String path) {
    String base64 = text(path).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
