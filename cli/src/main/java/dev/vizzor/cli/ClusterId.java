package dev.vizzor.cli;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * A KRaft cluster id: a random UUID in URL-safe base64 without padding, as Kafka's own tool makes.
 */
public final class ClusterId {
  private ClusterId() {}

  public static String random() {
    while (true) {
      UUID uuid = UUID.randomUUID();
      ByteBuffer bytes = ByteBuffer.allocate(16);
      bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
      String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
      // Kafka rejects ids that start with '-' because they read like command-line flags.
      if (!id.startsWith("-")) {
        return id;
      }
    }
  }
}
