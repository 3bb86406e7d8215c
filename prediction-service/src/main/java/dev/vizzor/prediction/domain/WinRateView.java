package dev.vizzor.prediction.domain;

import dev.vizzor.chronovisor.WilsonInterval;
import dev.vizzor.common.market.Symbols;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The win rate of one series: its labelled signals counted as wins and losses, the rate and its
 * Wilson 95 % interval (null while n = 0). As {@code vizzor.pipeline.compute-winrate} carries it,
 * {@code labelled} names the signals whose labels this update counted.
 *
 * @param lastExit market time of the latest exit counted
 */
public record WinRateView(
    String symbol,
    String pair,
    String timeframe,
    StrategyView strategy,
    int n,
    int wins,
    int losses,
    Double winRate,
    WilsonInterval wilson,
    Instant lastExit,
    List<UUID> labelled) {

  public static WinRateView of(
      String symbol,
      String timeframe,
      StrategyView strategy,
      int wins,
      int losses,
      Instant lastExit,
      List<UUID> labelled) {
    int n = wins + losses;
    return new WinRateView(
        symbol,
        Symbols.pair(symbol),
        timeframe,
        strategy,
        n,
        wins,
        losses,
        n == 0 ? null : (double) wins / n,
        WilsonInterval.of(wins, n),
        lastExit,
        labelled);
  }
}
