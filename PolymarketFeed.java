package dev.vizzor.agent.service;

import dev.vizzor.agent.client.ClobClient;
import dev.vizzor.agent.client.GammaClient;
import dev.vizzor.agent.client.MarketCandles;
import dev.vizzor.agent.client.PolymarketCapture;
import dev.vizzor.agent.config.PolymarketConfig;
import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketReplayWindow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Polymarket's markets and books from the configured source: live (Gamma and the CLOB) or the
 * bundled capture re-dated to the window containing the market time ({@link
 * PolymarketReplayWindow}). A binary market's second outcome's book is the first one's mirrored
 * ({@link Book#mirrored}) in both: one CLOB call per market.
 */
@ApplicationScoped
public class PolymarketFeed {
  /** The capture is a Bitcoin market, so the replay clock is BTC's candles'. */
  static final String REPLAY_CLOCK_SYMBOL = "BTC";

  private static final String LIVE = "live: Polymarket Gamma and CLOB";

  private final boolean replay;
  private final GammaClient gamma;
  private final ClobClient clob;
  private final PolymarketCapture capture;
  private final MarketCandles candles;
  private final Clock clock;

  PolymarketFeed(
      PolymarketConfig config,
      GammaClient gamma,
      ClobClient clob,
      PolymarketCapture capture,
      MarketCandles candles,
      Clock clock) {
    this.replay = config.source() == PolymarketConfig.Source.REPLAY;
    this.gamma = gamma;
    this.clob = clob;
    this.capture = capture;
    this.candles = candles;
    this.clock = clock;
  }

  public boolean replay() {
    return replay;
  }

  /** Said by every answer built from this feed, so replayed data never passes for live. */
  public String source() {
    return replay ? PolymarketCapture.SOURCE : LIVE;
  }

  /**
   * The instant answers are as of: on the replay, market time, which is the close of the last
   * hourly candle market-service reports (its {@code to}); live, this service's clock.
   */
  public Uni<Instant> now() {
    return replay
        ? candles.hourly(REPLAY_CLOCK_SYMBOL, null, null).map(range -> range.to())
        : Uni.createFrom().item(clock.instant());
  }

  /** Markets of open crypto events. */
  public Uni<List<PolymarketMarket>> cryptoMarkets(Instant now) {
    return replay ? Uni.createFrom().item(List.of(replayed(now))) : gamma.cryptoMarkets();
  }

  public Uni<Optional<PolymarketMarket>> market(String conditionId, Instant now) {
    if (replay) {
      PolymarketMarket market = replayed(now);
      return Uni.createFrom()
          .item(
              market.conditionId().equalsIgnoreCase(conditionId)
                  ? Optional.of(market)
                  : Optional.empty());
    }
    return gamma.market(conditionId);
  }

  /** One book per outcome, in the market's outcome order. */
  public Uni<List<Book>> books(PolymarketMarket market, Instant now) {
    if (replay) {
      Book up = PolymarketReplayWindow.containing(capture.market(), now).book(capture.book());
      return Uni.createFrom().item(List.of(up, up.mirrored(market.tokenIds().get(1))));
    }
    if (market.binary()) {
      return clob.book(market.tokenIds().get(0))
          .map(first -> List.of(first, first.mirrored(market.tokenIds().get(1))));
    }
    return Uni.join()
        .all(market.tokenIds().stream().map(clob::book).toList())
        .andFailFast();
  }

  private PolymarketMarket replayed(Instant now) {
    return PolymarketReplayWindow.containing(capture.market(), now).market(capture.market());
  }
}
