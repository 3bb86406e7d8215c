package dev.vizzor.prediction.service;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleHistory;
import dev.vizzor.chronovisor.FearGreedHistory;
import dev.vizzor.chronovisor.SymbolForecaster;
import dev.vizzor.prediction.client.MarketCandles;
import dev.vizzor.prediction.config.PredictionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * One {@link SymbolForecaster} per symbol, its candles kept current from market-service: the first
 * use loads {@code vizzor.prediction.history} of hourly candles, later ones fetch only what closed
 * since. Used from the pipeline's single worker only.
 */
@ApplicationScoped
public class SymbolEngines {
  private static final Logger LOG = Logger.getLogger(SymbolEngines.class);
  static final Duration FETCH_WAIT = Duration.ofSeconds(60);

  private final MarketCandles candles;
  private final Duration history;
  private final FearGreedHistory fearGreed = FearGreedHistory.bundled();
  private final Map<String, SymbolForecaster> engines = new ConcurrentHashMap<>();

  SymbolEngines(MarketCandles candles, PredictionConfig config) {
    this.candles = candles;
    this.history = config.history();
  }

  /** {@code symbol}'s engine holding every candle that closed by {@code at}. */
  SymbolForecaster upTo(String symbol, Instant at) {
    SymbolForecaster engine = engines.get(symbol);
    if (engine != null && engine.size() > 2 * history.toHours()) {
      // a long-running service would hold every candle since it started: start over from the
      // window (the models are retrained at their next use, to the same weights)
      LOG.infof("%s: %d candles held, reloading the last %s", symbol, engine.size(), history);
      engine = null;
    }
    if (engine == null) {
      List<Bar> loaded = fetch(symbol, at.minus(history), at);
      engine = new SymbolForecaster(symbol, new CandleHistory(fearGreed));
      engine.append(loaded);
      engines.put(symbol, engine);
      LOG.infof("%s: %d hourly candles loaded up to %s", symbol, loaded.size(), at);
      return engine;
    }
    Optional<Instant> last = engine.lastOpen();
    Instant from = last.map(open -> open.plus(Bar.STEP)).orElse(at.minus(history));
    if (from.isBefore(at)) {
      engine.append(fetch(symbol, from, at));
    }
    return engine;
  }

  private List<Bar> fetch(String symbol, Instant from, Instant to) {
    return candles.hourly(symbol, from, to).await().atMost(FETCH_WAIT);
  }

  /** Forgets every symbol's candles: a new run's market time has its own past. */
  void clear() {
    engines.clear();
  }

  Collection<SymbolForecaster> all() {
    return engines.values();
  }
}
