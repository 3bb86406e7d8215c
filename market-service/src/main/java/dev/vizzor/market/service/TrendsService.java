package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.source.MarketSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link MarketTrends} over the active assets, from the source's candles. */
@ApplicationScoped
public class TrendsService {
  private final MarketSource source;
  private final ActiveSymbols active;

  TrendsService(MarketSource source, ActiveSymbols active) {
    this.source = source;
    this.active = active;
  }

  /** The trends and the window they cover. */
  public record WindowTrends(
      TrendWindow window, Instant from, Instant to, String source, MarketTrends.Trends trends) {}

  /**
   * The window ends at the source's now, rounded down to a whole candle, so it holds completed
   * candles only; the candles reach back {@value MarketTrends#PRECEDING_WINDOWS} more windows.
   */
  public Uni<WindowTrends> trends(TrendWindow window) {
    Instant to = Candle.lastClose(source.now(), window.candle());
    Instant from = to.minus(window.length());
    Instant history = to.minus(window.length().multipliedBy(MarketTrends.PRECEDING_WINDOWS + 1));
    List<Asset> assets =
        active.current().stream().sorted(Comparator.comparing(Asset::base)).toList();
    List<Uni<List<Candle>>> calls =
        assets.stream().map(asset -> source.candles(asset, window.candle(), history, to)).toList();
    return Uni.join()
        .all(calls)
        .andFailFast()
        .map(
            lists -> {
              Map<Asset, List<Candle>> candles = new LinkedHashMap<>();
              for (int i = 0; i < assets.size(); i++) {
                candles.put(assets.get(i), lists.get(i));
              }
              return new WindowTrends(
                  window,
                  from,
                  to,
                  source.candleSource(),
                  MarketTrends.compute(window.length(), to, candles));
            });
  }
}
