package dev.vizzor.agent.domain;

import dev.vizzor.common.error.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an agent's strategy decides, in market time: every {@code interval}, or on each closed
 * hourly candle ({@code interval} null, written {@code "candle"}).
 */
public record Cadence(Duration interval) {
  public static final Cadence ON_CANDLE = new Cadence(null);
  private static final Pattern GIVEN = Pattern.compile("([1-9][0-9]{0,3})([mhd])");
  private static final Duration MIN = Duration.ofMinutes(1);
  private static final Duration MAX = Duration.ofDays(7);

  /** {@code "candle"} (also when absent), or a whole number of minutes, hours or days. */
  public static Cadence of(String given) {
    if (given == null || given.isBlank() || given.strip().equals("candle")) {
      return ON_CANDLE;
    }
    Matcher m = GIVEN.matcher(given.strip());
    Duration interval = null;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      interval =
          switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    }
    if (interval == null || interval.compareTo(MIN) < 0 || interval.compareTo(MAX) > 0) {
      throw ApiException.invalid(
          "interval: \"candle\" (each closed hourly candle) or 1m to 7d, such as 15m, 4h or 1d;"
              + " not '"
              + given
              + "'");
    }
    return new Cadence(interval);
  }

  public boolean onCandle() {
    return interval == null;
  }

  /**
   * Whether a decision is due at {@code now} after the last one at {@code last} (null: none). A
   * market time before the last decision means the replay began again: decide anew.
   */
  public boolean due(Instant last, Instant now) {
    if (last == null || now.isBefore(last)) {
      return true;
    }
    if (onCandle()) {
      return now.truncatedTo(ChronoUnit.HOURS).isAfter(last.truncatedTo(ChronoUnit.HOURS));
    }
    return !now.isBefore(last.plus(interval));
  }

  public String wire() {
    if (onCandle()) {
      return "candle";
    }
    long seconds = interval.toSeconds();
    if (seconds % 86400 == 0) {
      return seconds / 86400 + "d";
    }
    return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds / 60 + "m";
  }
}
