package dev.vizzor.prediction.domain;

import java.util.Map;

/**
 * {@code POST /v1/backtest}'s body. Absent numbers take the documented defaults; {@code from} /
 * {@code to} default to the last year of candles market-service holds.
 */
public record BacktestRequest(
    String symbol,
    String interval,
    String from,
    String to,
    StrategyRequest strategy,
    Double capital,
    Double feeBps,
    Double slippageBps,
    Boolean allowShort,
    Double sizing) {

  /**
   * A strategy as named in the strategy set: {@code {"type": "momentum", "params": {"period":
   * 14}}}.
   */
  public record StrategyRequest(String type, Map<String, Object> params) {}
}
