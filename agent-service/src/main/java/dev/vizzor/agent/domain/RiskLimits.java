package dev.vizzor.agent.domain;

import dev.vizzor.common.error.ApiException;
import java.math.BigDecimal;

/**
 * An agent's risk limits (docs/AGENTS.md, "Risk"), percentages of equity or of the entry:
 *
 * <ul>
 *   <li>{@code maxPositionPct}: a buy takes the position of a symbol to at most this share of
 *       equity;
 *   <li>{@code stopLossPct}, {@code takeProfitPct}: a position is sold on the first tick this far
 *       below or above its cost;
 *   <li>{@code maxDailyLossPct}: no buy once equity has fallen this far since the market day began;
 *   <li>{@code maxDrawdownPct}: no buy once equity is this far below its peak;
 *   <li>{@code maxTradesPerDay}: fills per market day (UTC), risk exits aside.
 * </ul>
 */
public record RiskLimits(
    BigDecimal maxPositionPct,
    BigDecimal stopLossPct,
    BigDecimal takeProfitPct,
    BigDecimal maxDailyLossPct,
    BigDecimal maxDrawdownPct,
    int maxTradesPerDay) {

  public static final RiskLimits DEFAULTS =
      new RiskLimits(
          BigDecimal.valueOf(25),
          BigDecimal.valueOf(5),
          BigDecimal.valueOf(10),
          BigDecimal.valueOf(5),
          BigDecimal.valueOf(20),
          10);

  /** The fields of a request's {@code risk}, as given (any may be null for its default). */
  public record Given(
      BigDecimal maxPositionPct,
      BigDecimal stopLossPct,
      BigDecimal takeProfitPct,
      BigDecimal maxDailyLossPct,
      BigDecimal maxDrawdownPct,
      Integer maxTradesPerDay) {}

  public static RiskLimits of(Given given) {
    if (given == null) {
      return DEFAULTS;
    }
    return new RiskLimits(
        percent("risk.maxPositionPct", given.maxPositionPct(), DEFAULTS.maxPositionPct(), 100),
        percent("risk.stopLossPct", given.stopLossPct(), DEFAULTS.stopLossPct(), 99),
        percent("risk.takeProfitPct", given.takeProfitPct(), DEFAULTS.takeProfitPct(), 1000),
        percent("risk.maxDailyLossPct", given.maxDailyLossPct(), DEFAULTS.maxDailyLossPct(), 100),
        percent("risk.maxDrawdownPct", given.maxDrawdownPct(), DEFAULTS.maxDrawdownPct(), 100),
        trades(given.maxTradesPerDay()));
  }

  private static BigDecimal percent(String field, BigDecimal given, BigDecimal absent, int max) {
    if (given == null) {
      return absent;
    }
    if (given.signum() <= 0 || given.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw ApiException.invalid(field + ": a percentage above 0 and at most " + max);
    }
    return given;
  }

  private static int trades(Integer given) {
    if (given == null) {
      return DEFAULTS.maxTradesPerDay();
    }
    if (given < 1 || given > 1000) {
      throw ApiException.invalid("risk.maxTradesPerDay: a whole number from 1 to 1000");
    }
    return given;
  }
}
