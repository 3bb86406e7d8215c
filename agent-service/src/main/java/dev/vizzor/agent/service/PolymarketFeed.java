package dev.vizzor.agent.service;

import dev.vizzor.agent.client.ClobClient;
import dev.vizzor.agent.client.GammaClient;
import dev.vizzor.agent.client.MarketCandles;
import dev.vizzor.agent.client.PolymarketCapture;
import dev.vizzor.agent.client.PolymarketNotFoundException;
import dev.vizzor.agent.config.PolymarketConfig;
import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketReplayWindow;
import dev.vizzor.common.error.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

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

  private static final long RETRY_SECONDS = 5;

  /** The clients' circuits stay open 15 s. */
  private static final long CIRCUIT_RETRY_SECONDS = 15;

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
        ? guarded(candles.hourly(REPLAY_CLOCK_SYMBOL, null, null), "market-service")
            .map(range -> range.to())
        : Uni.createFrom().item(clock.instant());
  }

  /** Markets of open crypto events. */
  public Uni<List<PolymarketMarket>> cryptoMarkets(Instant now) {
    return replay
        ? Uni.createFrom().item(List.of(replayed(now)))
        : guarded(gamma.cryptoMarkets(), "Gamma");
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
    return guarded(gamma.market(conditionId), "Gamma");
  }

  /** One book per outcome, in the market's outcome order. */
  public Uni<List<Book>> books(PolymarketMarket market, Instant now) {
    if (replay) {
      Book up = PolymarketReplayWindow.containing(capture.market(), now).book(capture.book());
      return Uni.createFrom().item(List.of(up, up.mirrored(market.tokenIds().get(1))));
    }
    if (market.binary()) {
      return guarded(clob.book(market.tokenIds().get(0)), "the CLOB")
          .map(first -> List.of(first, first.mirrored(market.tokenIds().get(1))));
    }
    return guarded(
        Uni.join().all(market.tokenIds().stream().map(clob::book).toList()).andFailFast(),
        "the CLOB");
  }

  /**
   * A failed call as the answer a caller gets: Polymarket's "no such book" as 409, anything else
   * (an error status, a timeout, an open circuit) as 503 with when to retry. Left alone, an error
   * status from the REST client would be answered as this service's own 500.
   */
  private static <T> Uni<T> guarded(Uni<T> call, String upstream) {
    return call.onFailure(failure -> !(failure instanceof ApiException))
        .transform(
            failure ->
                failure instanceof PolymarketNotFoundException
                    ? ApiException.conflict(failure.getMessage() + " (the market may be closed)")
                    : ApiException.unavailable(
                        upstream + " is unavailable (" + failure.getClass().getSimpleName() + ")",
                        failure instanceof CircuitBreakerOpenException
                            ? CIRCUIT_RETRY_SECONDS
                            : RETRY_SECONDS));
  }

  private PolymarketMarket replayed(Instant now) {
    return PolymarketReplayWindow.containing(capture.market(), now).market(capture.market());
  }
}
