package dev.vizzor.market.service;

import dev.vizzor.market.domain.InvalidArgumentException;
import java.time.Duration;
import java.util.Arrays;

/**
 * The windows {@code POST /trends} accepts, each with the candles it is computed from: hourly up to
 * a day; 4 h for a week, so the eight weeks a volume surge looks at stay within one candle call.
 */
public enum TrendWindow {
  H1("1h", Duration.ofHours(1), Duration.ofHours(1)),
  H4("4h", Duration.ofHours(4), Duration.ofHours(1)),
  H24("24h", Duration.ofHours(24), Duration.ofHours(1)),
  D7("7d", Duration.ofDays(7), Duration.ofHours(4));

  private final String label;
  private final Duration length;
  private final Duration candle;

  TrendWindow(String label, Duration length, Duration candle) {
    this.label = label;
    this.length = length;
    this.candle = candle;
  }

  public String label() {
    return label;
  }

  public Duration length() {
    return length;
  }

  public Duration candle() {
    return candle;
  }

  /**
   * @throws InvalidArgumentException for anything but 1h, 4h, 24h, 7d
   */
  public static TrendWindow of(String label) {
    return Arrays.stream(values())
        .filter(window -> window.label.equals(label))
        .findFirst()
        .orElseThrow(
            () -> new InvalidArgumentException("window must be 1h, 4h, 24h or 7d, not " + label));
  }
}
