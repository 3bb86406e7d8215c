package dev.vizzor.gateway.limit;

/**
 * One limit as counted for a request: {@code remaining} after it, and when the next unit frees up
 * ({@code resetMillis} from now). Concurrency has no window, so its reset is unknown (-1).
 */
public record Policy(String name, int limit, int remaining, long resetMillis, int windowSeconds) {
  public static final String MINUTE = "minute";
  public static final String DAY = "day";
  public static final String CONCURRENCY = "concurrency";

  public boolean timed() {
    return windowSeconds > 0;
  }
}
