package dev.vizzor.prediction.client;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.common.calls.ServiceCalls;
import dev.vizzor.common.market.CandlesResponse;
import dev.vizzor.common.market.MarketCandlesApi;
import dev.vizzor.prediction.config.PredictionConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * One page of candles from market-service, with this service's fault-tolerance policy: each attempt
 * may take 15 s, two retries on anything but an unknown symbol, and a circuit that opens when half
 * of the last 10 calls failed (market-service down) and tries again after 15 s.
 */
@ApplicationScoped
public class MarketCandlePages {
  private final MarketCandlesApi api;
  private final ServiceCalls calls;

  MarketCandlePages(PredictionConfig config, ServiceCalls calls) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(config.marketUrl()))
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build(MarketCandlesApi.class);
    this.calls = calls;
  }

  /**
   * Candles of {@code interval} opening in {@code [from, to)}, at most 1000; either bound may be
   * null for market-service's default (up to its last close; 168 candles).
   */
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = UnknownSymbolException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 15000,
      skipOn = UnknownSymbolException.class)
  public Uni<CandleRange> range(String symbol, String interval, Instant from, Instant to) {
    return api.candles(
            calls.ownAccount("prediction-" + UUID.randomUUID()),
            symbol,
            interval,
            from == null ? null : from.toString(),
            to == null ? null : to.toString())
        .onFailure(WebApplicationException.class)
        .transform(
            failure ->
                ((WebApplicationException) failure).getResponse().getStatus() == 404
                    ? new UnknownSymbolException(symbol)
                    : failure)
        .map(
            response ->
                new CandleRange(response.from(), response.to(), response.source(), bars(response)));
  }

  private static List<Bar> bars(CandlesResponse response) {
    return response.candles().stream()
        .map(
            c ->
                new Bar(
                    c.openTime(),
                    c.open().doubleValue(),
                    c.high().doubleValue(),
                    c.low().doubleValue(),
                    c.close().doubleValue(),
                    c.volume().doubleValue()))
        .toList();
  }
}
