package dev.vizzor.gateway.limit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique member names for the Redis windows and leases: this node's random prefix plus a counter.
 * Never the client's X-Request-Id, which a client could repeat to be counted once.
 */
public final class AdmissionIds {
  private static final String NODE = HexFormat.of().formatHex(SecureRandom.getSeed(6));
  private static final AtomicLong NEXT = new AtomicLong();

  private AdmissionIds() {}

  public static String next() {
    return NODE + ":" + Long.toString(NEXT.incrementAndGet(), 36);
  }
}
