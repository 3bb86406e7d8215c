package dev.vizzor.market.security.rpc;

import java.math.BigInteger;
import java.util.HexFormat;

/** JSON-RPC's hex encodings: quantities ({@code "0x37"}) and data ({@code "0x"} = no bytes). */
public final class Hex {
  private Hex() {}

  public static BigInteger quantity(String hex) {
    if (hex == null || !hex.startsWith("0x") || hex.length() < 3) {
      throw new IllegalArgumentException("not a hex quantity: " + hex);
    }
    return new BigInteger(hex.substring(2), 16);
  }

  public static long longQuantity(String hex) {
    return quantity(hex).longValueExact();
  }

  public static String quantity(long value) {
    return "0x" + Long.toHexString(value);
  }

  public static byte[] data(String hex) {
    if (hex == null || !hex.startsWith("0x") || hex.length() % 2 != 0) {
      throw new IllegalArgumentException("not hex data: " + abbreviate(hex));
    }
    return HexFormat.of().parseHex(hex, 2, hex.length());
  }

  /** An address as a 32-byte topic, the form indexed address parameters take. */
  public static String topic(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }

  /** The address in a 32-byte topic (its last 20 bytes). */
  public static String addressOfTopic(String topic) {
    if (topic == null || topic.length() != 66) {
      throw new IllegalArgumentException("not a 32-byte topic: " + topic);
    }
    return "0x" + topic.substring(26).toLowerCase(java.util.Locale.ROOT);
  }

  private static String abbreviate(String hex) {
    return hex == null || hex.length() <= 20 ? hex : hex.substring(0, 20) + "…";
  }
}
