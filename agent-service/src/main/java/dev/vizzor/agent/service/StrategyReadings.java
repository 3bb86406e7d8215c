package dev.vizzor.agent.service;

import dev.vizzor.agent.client.MarketCandles;
import dev.vizzor.agent.client.UnknownSymbolException;
import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.CandleRange;
import dev.vizzor.agent.domain.Reading;
import dev.vizzor.strategy.Signals;
import dev.vizzor.strategy.Strategies;
import dev.vizzor.strategy.Strategy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * What an agent's candle strategy says at a market time: the strategy from the shared set,
 * evaluated on the hourly candles closed by then. Each symbol's candles are fetched once per closed
 * candle and shared by every agent trading it.
 */
@ApplicationScoped
public class StrategyReadings {
  private static final Logger LOG = Logger.getLogger(StrategyReadings.class);

  /** Enough for every strategy of the set but chronovisor, which reads calls, not candles. */
  static final int CANDLES = 500;

  private final MarketCandles market;
  private final Map<String, CandleRange> latest = new ConcurrentHashMap<>();

  StrategyReadings(MarketCandles market) {
    this.market = market;
  }

  /** Empty when market-service has no candles of the symbol (the decision says so). */
  public Uni<Optional<Reading>> at(Agent agent, String symbol, Instant marketTime) {
    Instant to = marketTime.truncatedTo(ChronoUnit.HOURS);
    return candles(symbol, to)
        .map(
            range -> {
              if (range.bars().isEmpty()) {
                return Optional.<Reading>empty();
              }
              Strategy strategy = Strategies.of(agent.strategyType(), agent.strategyParams());
              Signals signals = strategy.evaluate(range.bars());
              int last = range.bars().size() - 1;
              return Optional.of(
                  new Reading(
                      signals.at(last),
                      signals.scoreAt(last),
                      range.bars().get(last).closeTime(),
                      "candles: " + range.source(),
                      Map.of("strategy", Strategies.key(strategy))));
            })
        .onFailure(UnknownSymbolException.class)
        .recoverWithItem(
            unknown -> {
              LOG.warnf("agent %s: %s", agent.id(), unknown.getMessage());
              return Optional.empty();
            });
  }

  private Uni<CandleRange> candles(String symbol, Instant to) {
    CandleRange cached = latest.get(symbol);
    if (cached != null && cached.to().equals(to)) {
      return Uni.createFrom().item(cached);
    }
    return market
        .hourly(symbol, to.minus(Duration.ofHours(CANDLES)), to)
        .invoke(range -> latest.put(symbol, range));
  }
}
