package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An agent's statistics, each recountable from its stored trades and equity points (docs/AGENTS.md,
 * "Statistics"):
 *
 * <ul>
 *   <li>{@code realizedPnl}: the sum of the sells' realised PnL; {@code unrealizedPnl}: open
 *       positions' value at the last prices minus their cost;
 *   <li>{@code returnPct}: (equity − capital) / capital × 100;
 *   <li>{@code winRate}: winning sells / sells; {@code profitFactor}: gains / |losses| of sells
 *       (null without a loss);
 *   <li>{@code sharpe}: mean / sample standard deviation of the returns between consecutive equity
 *       points (starting capital first), × √(seconds in 365 days / mean spacing); null with fewer
 *       than two returns or none varying;
 *   <li>{@code maxDrawdownPct}: the largest fall from a running peak of that same series;
 *   <li>{@code exposurePct}: positions' value / equity now.
 * </ul>
 */
public record AgentStats(
    BigDecimal capital,
    BigDecimal equity,
    BigDecimal realizedPnl,
    BigDecimal unrealizedPnl,
    BigDecimal returnPct,
    Double winRate,
    Double profitFactor,
    Double sharpe,
    double maxDrawdownPct,
    int tradeCount,
    int closedTrades,
    double exposurePct,
    Instant firstTradeAt,
    Instant lastTradeAt) {

  private static final double YEAR_SECONDS = Duration.ofDays(365).toSeconds();

  public static AgentStats of(
      BigDecimal capital,
      Instant createdAt,
      List<TradeView> trades,
      List<EquityPoint> curve,
      Holdings now) {
    BigDecimal realized = BigDecimal.ZERO;
    BigDecimal gains = BigDecimal.ZERO;
    BigDecimal losses = BigDecimal.ZERO;
    int sells = 0;
    int wins = 0;
    Instant first = null;
    Instant last = null;
    for (TradeView trade : trades) {
      first = first == null || trade.marketTime().isBefore(first) ? trade.marketTime() : first;
      last = last == null || trade.marketTime().isAfter(last) ? trade.marketTime() : last;
      if (trade.realizedPnl() == null) {
        continue;
      }
      sells++;
      realized = realized.add(trade.realizedPnl());
      if (trade.realizedPnl().signum() > 0) {
        wins++;
        gains = gains.add(trade.realizedPnl());
      } else {
        losses = losses.add(trade.realizedPnl().negate());
      }
    }
    BigDecimal unrealized = now.unrealizedPnl();
    BigDecimal equity = now.equity();
    double[] series = new double[curve.size() + 1];
    long[] times = new long[curve.size() + 1];
    series[0] = capital.doubleValue();
    times[0] = createdAt.getEpochSecond();
    for (int i = 0; i < curve.size(); i++) {
      series[i + 1] = curve.get(i).equity().doubleValue();
      times[i + 1] = curve.get(i).marketTime().getEpochSecond();
    }
    return new AgentStats(
        capital,
        equity,
        realized,
        unrealized,
        equity
            .subtract(capital)
            .divide(capital, MathContext.DECIMAL64)
            .multiply(BigDecimal.valueOf(100)),
        sells == 0 ? null : (double) wins / sells,
        losses.signum() == 0 ? null : gains.doubleValue() / losses.doubleValue(),
        sharpe(series, times),
        maxDrawdownPct(series),
        trades.size(),
        sells,
        equity.signum() == 0 ? 0 : now.positionsValue().doubleValue() / equity.doubleValue() * 100,
        first,
        last);
  }

  /**
   * The returns' Sharpe ratio annualised by the curve's mean spacing. The first point is the
   * starting capital at creation, whose spacing to the first decision says nothing of the rhythm,
   * so the spacing is measured from the first decision on.
   */
  static Double sharpe(double[] equity, long[] times) {
    int n = equity.length - 1;
    if (n < 2) {
      return null;
    }
    double[] returns = new double[n];
    double mean = 0;
    for (int i = 1; i <= n; i++) {
      returns[i - 1] = equity[i] / equity[i - 1] - 1;
      mean += returns[i - 1];
    }
    mean /= n;
    double variance = 0;
    for (double r : returns) {
      variance += (r - mean) * (r - mean);
    }
    variance /= n - 1;
    double spacing = (double) (times[n] - times[1]) / (n - 1);
    if (variance == 0 || spacing <= 0) {
      return null;
    }
    return mean / Math.sqrt(variance) * Math.sqrt(YEAR_SECONDS / spacing);
  }

  static double maxDrawdownPct(double[] equity) {
    double peak = equity[0];
    double worst = 0;
    for (double e : equity) {
      peak = Math.max(peak, e);
      worst = Math.max(worst, (peak - e) / peak);
    }
    return worst * 100;
  }
}
