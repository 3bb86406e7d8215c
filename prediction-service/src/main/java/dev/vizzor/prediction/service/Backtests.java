package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.prediction.client.CandleRange;
import dev.vizzor.prediction.client.MarketCandles;
import dev.vizzor.prediction.client.UnknownSymbolException;
import dev.vizzor.strategy.BacktestConfig;
import dev.vizzor.strategy.BacktestResult;
import dev.vizzor.strategy.Backtester;
import dev.vizzor.strategy.Strategy;
import dev.vizzor.strategy.Trade;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/backtest}: candles from market-service (a service call on this service's own
 * account), the strategy's signals, the backtester, and buy-and-hold over the same candles.
 * Bounded: at most {@link #MAX_CANDLES} candles and {@link #TIME_LIMIT} per run.
 */
@ApplicationScoped
public class Backtests {
  public static final int MAX_CANDLES = 50_000;
  public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  /** What was run and what came of it; the figures are those of {@link BacktestResult}. */
  public record BacktestView(
      String symbol,
      String interval,
      Instant from,
      Instant to,
      String source,
      StrategyView strategy,
      BacktestConfig config,
      int candles,
      List<Trade> trades,
      List<BacktestResult.EquityPoint> equity,
      BacktestResult.Metrics metrics,
      BuyAndHold buyAndHold) {}

  public record StrategyView(String type, Map<String, Object> params) {}

  /** Buy at the first open, sell at the last close, same fees and slippage. */
  public record BuyAndHold(
      BacktestResult.Metrics metrics, List<BacktestResult.EquityPoint> equity) {}

  private final MarketCandles candles;

  Backtests(MarketCandles candles) {
    this.candles = candles;
  }

  /**
   * @param from null for a year before {@code to}
   * @param to null for market-service's last close
   */
  public Uni<BacktestView> run(
      String symbol,
      Horizon interval,
      Instant from,
      Instant to,
      Strategy strategy,
      BacktestConfig config) {
    Duration step = interval.duration();
    Uni<Instant> end =
        to != null ? Uni.createFrom().item(to) : candles.lastClose(symbol, interval.label());
    return end.flatMap(
            until -> {
              Instant since = from != null ? from : until.minus(Duration.ofDays(365));
              if (!since.isBefore(until)) {
                throw ApiException.invalid("from must be before to");
              }
              long count = Duration.between(since, until).toMillis() / step.toMillis();
              if (count > MAX_CANDLES) {
                throw ApiException.invalid(
                    "the range holds "
                        + count
                        + " "
                        + interval
                        + " candles; a backtest takes at most "
                        + MAX_CANDLES);
              }
              return candles.range(symbol, interval.label(), step, since, until);
            })
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(range -> backtest(symbol, interval, range, strategy, config))
        .ifNoItem()
        .after(TIME_LIMIT)
        .failWith(
            () ->
                ApiException.invalid(
                    "the backtest took longer than "
                        + TIME_LIMIT.toSeconds()
                        + " s; ask for a shorter range"))
        .onFailure(UnknownSymbolException.class)
        .transform(
            e -> ApiException.notFound(symbol + " is not a symbol market-service has candles for"));
  }

  private static BacktestView backtest(
      String symbol,
      Horizon interval,
      CandleRange range,
      Strategy strategy,
      BacktestConfig config) {
    if (range.bars().size() < 2) {
      throw ApiException.invalid(
          "market-service holds "
              + range.bars().size()
              + " "
              + interval
              + " candles of "
              + symbol
              + " from "
              + range.from()
              + " to "
              + range.to()
              + "; a backtest needs at least 2");
    }
    BacktestResult result =
        Backtester.run(range.bars(), interval.duration(), strategy.evaluate(range.bars()), config);
    BacktestResult hold = Backtester.buyAndHold(range.bars(), interval.duration(), config);
    return new BacktestView(
        symbol,
        interval.label(),
        range.from(),
        range.to(),
        range.source(),
        new StrategyView(strategy.type(), strategy.params()),
        config,
        range.bars().size(),
        result.trades(),
        result.equity(),
        result.metrics(),
        new BuyAndHold(hold.metrics(), hold.equity()));
  }
}
