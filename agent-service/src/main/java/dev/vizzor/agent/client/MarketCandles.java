package dev.vizzor.agent.client;

import dev.vizzor.agent.config.AgentConfig;
import dev.vizzor.agent.domain.CandleRange;
import dev.vizzor.chronovisor.Bar;
import dev.vizzor.common.calls.ServiceCalls;
import dev.vizzor.common.market.CandlesResponse;
import dev.vizzor.common.market.MarketCandlesApi;
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
 * Closed hourly candles from market-service, on this service's own account: each attempt may take
 * 10 s, two retries on anything but an unknown symbol, and a circuit that opens when half of the
 * last 10 calls failed and tries again after 15 s.
 */
@ApplicationScoped
public class MarketCandles {
  private final MarketCandlesApi api;
  private final ServiceCalls calls;

  MarketCandles(AgentConfig config, ServiceCalls calls) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(config.marketUrl()))
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(8, TimeUnit.SECONDS)
            .build(MarketCandlesApi.class);
    this.calls = calls;
  }

  /**
   * Hourly candles opening in {@code [from, to)}, at most 1000; either bound may be null for
   * market-service's default (up to its last close in market time; 168 candles).
   */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = UnknownSymbolException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 15000,
      skipOn = UnknownSymbolException.class)
  public Uni<CandleRange> hourly(String symbol, Instant from, Instant to) {
    return api.candles(
            calls.ownAccount("agent-" + UUID.randomUUID()),
            symbol,
            "1h",
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
