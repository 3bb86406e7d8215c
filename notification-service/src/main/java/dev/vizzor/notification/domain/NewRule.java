package dev.vizzor.notification.domain;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.market.Symbols;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule as asked for, checked field by field: each refusal names the field and says what it takes.
 * {@code symbol} is the base asset ({@code BTC}, {@code BTCUSDT} and {@code BTC/USDT} are the
 * same); prediction rules without one watch every symbol.
 */
public record NewRule(
    RuleType type,
    String symbol,
    BigDecimal threshold,
    BigDecimal percent,
    Duration window,
    String horizon,
    String minTier,
    long cooldownSeconds,
    boolean recurring) {

  /** ChronoVisor's horizons and tiers, lowest tier first (prediction-service's names). */
  static final List<String> HORIZONS = List.of("1h", "4h", "1d");

  static final List<String> TIERS = List.of("advisory", "tracked", "high-conviction");

  public static final long DEFAULT_COOLDOWN_SECONDS = 300;
  static final long MAX_COOLDOWN_SECONDS = 7 * 24 * 3600;
  private static final Pattern WINDOW = Pattern.compile("([1-9][0-9]{0,3})([mh])");
  private static final Duration MAX_WINDOW = Duration.ofHours(24);

  /** The fields of a request body, as given (any may be null). */
  public record Given(
      String type,
      String symbol,
      BigDecimal threshold,
      BigDecimal percent,
      String window,
      String horizon,
      String minTier,
      Long cooldownSeconds,
      Boolean recurring) {}

  public static NewRule of(Given given) {
    if (given == null) {
      throw ApiException.invalid(
          "the body must be JSON: {\"type\": \"price_above\", \"symbol\": \"BTC\","
              + " \"threshold\": 70000}");
    }
    RuleType type =
        RuleType.parse(given.type())
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "type: one of price_above, price_below, price_cross, pct_change,"
                            + " prediction_emitted, prediction_resolved, agent_trade,"
                            + " agent_decision"));
    String symbol = symbol(type, given.symbol());
    BigDecimal threshold = null;
    if (type.needsThreshold()) {
      threshold = positive("threshold", given.threshold());
    } else if (given.threshold() != null) {
      throw ApiException.invalid(
          "threshold: only price_above, price_below and price_cross take one");
    }
    BigDecimal percent = null;
    Duration window = null;
    if (type == RuleType.PCT_CHANGE) {
      percent = given.percent();
      if (percent == null
          || percent.signum() == 0
          || percent.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
        throw ApiException.invalid(
            "percent: required, non-zero, at most 1000 in size (5 = a rise of 5 %, -5 = a fall)");
      }
      window = window(given.window());
    } else if (given.percent() != null || given.window() != null) {
      throw ApiException.invalid("percent, window: only pct_change takes them");
    }
    String horizon = null;
    String minTier = null;
    if (type == RuleType.PREDICTION_EMITTED) {
      horizon = oneOf("horizon", given.horizon(), HORIZONS);
      minTier = oneOf("minTier", given.minTier(), TIERS);
    } else if (given.horizon() != null || given.minTier() != null) {
      throw ApiException.invalid("horizon, minTier: only prediction_emitted takes them");
    }
    long cooldown =
        given.cooldownSeconds() == null ? DEFAULT_COOLDOWN_SECONDS : given.cooldownSeconds();
    if (cooldown < 0 || cooldown > MAX_COOLDOWN_SECONDS) {
      throw ApiException.invalid("cooldownSeconds: 0 to " + MAX_COOLDOWN_SECONDS + " (a week)");
    }
    return new NewRule(
        type,
        symbol,
        threshold,
        percent,
        window,
        horizon,
        minTier,
        cooldown,
        Boolean.TRUE.equals(given.recurring()));
  }

  /** {@code 15m}, {@code 1h}, {@code 24h}: the wire form of a window. */
  public static String wire(Duration window) {
    return window.toMinutes() % 60 == 0 ? window.toHours() + "h" : window.toMinutes() + "m";
  }

  private static String symbol(RuleType type, String raw) {
    if (raw == null) {
      if (type.onTicks()) {
        throw ApiException.invalid("symbol: required for " + type.wire() + ", e.g. BTC");
      }
      return null;
    }
    try {
      return Symbols.normalize(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("symbol: " + e.getMessage());
    }
  }

  private static BigDecimal positive(String field, BigDecimal value) {
    if (value == null || value.signum() <= 0) {
      throw ApiException.invalid(field + ": required, a price above 0");
    }
    return value;
  }

  private static Duration window(String raw) {
    Matcher parts = raw == null ? null : WINDOW.matcher(raw);
    if (parts == null || !parts.matches()) {
      throw ApiException.invalid(
          "window: required for pct_change, minutes or hours such as 15m or 4h");
    }
    long amount = Long.parseLong(parts.group(1));
    Duration window =
        parts.group(2).equals("m") ? Duration.ofMinutes(amount) : Duration.ofHours(amount);
    if (window.compareTo(MAX_WINDOW) > 0) {
      throw ApiException.invalid("window: at most 24h");
    }
    return window;
  }

  private static String oneOf(String field, String raw, List<String> allowed) {
    if (raw == null) {
      return null;
    }
    if (!allowed.contains(raw)) {
      throw ApiException.invalid(
          field + ": one of " + String.join(", ", allowed) + ", or left out");
    }
    return raw;
  }
}
