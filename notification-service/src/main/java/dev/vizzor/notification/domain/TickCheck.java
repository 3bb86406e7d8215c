package dev.vizzor.notification.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a tick fires a price rule. {@code price_above} / {@code price_below} fire while the price
 * is at or beyond the threshold (the cool-down and one-shot rules keep them from repeating); {@code
 * price_cross} fires when the price moved from one side of the threshold to the other (or onto it)
 * since the previous tick; {@code pct_change} fires when the move from the last price at or before
 * the window's start reaches {@code percent} (a rise when positive, a fall when negative). Without
 * the earlier price a rule needs, it does not fire.
 */
public final class TickCheck {
  private TickCheck() {}

  public static Optional<Firing> check(
      ArmedRule rule, Tick tick, Optional<PricePoint> previous, Optional<PricePoint> windowStart) {
    int side =
        tick.price().compareTo(rule.threshold() == null ? BigDecimal.ZERO : rule.threshold());
    return switch (rule.type()) {
      case PRICE_ABOVE ->
          side >= 0
              ? fire(
                  rule,
                  tick,
                  at(tick) + ", at or above your " + plain(rule.threshold()) + " alert",
                  Map.of())
              : Optional.empty();
      case PRICE_BELOW ->
          side <= 0
              ? fire(
                  rule,
                  tick,
                  at(tick) + ", at or below your " + plain(rule.threshold()) + " alert",
                  Map.of())
              : Optional.empty();
      case PRICE_CROSS -> previous.flatMap(before -> crossed(rule, tick, before, side));
      case PCT_CHANGE -> windowStart.flatMap(start -> moved(rule, tick, start));
      default -> Optional.empty();
    };
  }

  /** From one side of the threshold to the other or onto it; leaving it is no new crossing. */
  private static Optional<Firing> crossed(ArmedRule rule, Tick tick, PricePoint before, int side) {
    int was = before.price().compareTo(rule.threshold());
    if (was == 0 || side == was) {
      return Optional.empty();
    }
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("previousPrice", before.price());
    more.put("previousAsOf", before.asOf().toString());
    return fire(
        rule,
        tick,
        tick.symbol()
            + " crossed your "
            + plain(rule.threshold())
            + " alert: "
            + plain(before.price())
            + " → "
            + plain(tick.price())
            + " USDT",
        more);
  }

  private static Optional<Firing> moved(ArmedRule rule, Tick tick, PricePoint start) {
    BigDecimal change =
        tick.price()
            .subtract(start.price())
            .multiply(BigDecimal.valueOf(100))
            .divide(start.price(), MathContext.DECIMAL64);
    boolean reached =
        rule.percent().signum() > 0
            ? change.compareTo(rule.percent()) >= 0
            : change.compareTo(rule.percent()) <= 0;
    if (!reached) {
      return Optional.empty();
    }
    BigDecimal shown = change.setScale(2, RoundingMode.HALF_EVEN);
    String window = NewRule.wire(rule.window());
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("percent", rule.percent());
    more.put("window", window);
    more.put("windowStartPrice", start.price());
    more.put("windowStartAsOf", start.asOf().toString());
    more.put("changePercent", shown);
    return fire(
        rule,
        tick,
        tick.symbol()
            + (change.signum() >= 0 ? " rose " : " fell ")
            + plain(shown.abs())
            + " % in "
            + window
            + ": "
            + plain(start.price())
            + " → "
            + plain(tick.price())
            + " USDT",
        more);
  }

  private static String at(Tick tick) {
    return tick.symbol() + " is at " + plain(tick.price()) + " USDT";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Optional<Firing> fire(
      ArmedRule rule, Tick tick, String message, Map<String, Object> more) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("symbol", tick.symbol());
    data.put("price", tick.price());
    data.put("asOf", tick.asOf().toString());
    data.put("source", tick.source());
    if (rule.threshold() != null) {
      data.put("threshold", rule.threshold());
    }
    data.putAll(more);
    return Optional.of(new Firing(rule, message, data));
  }
}
