package dev.vizzor.agent.client;

import dev.vizzor.agent.config.PolymarketConfig;
import dev.vizzor.agent.domain.PolymarketMarket;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Live markets from Gamma. Each attempt may take 10 s, two retries, and a circuit that opens when
 * half of the last 10 calls failed and tries again after 15 s: Gamma is a third party, so a slow or
 * failing Gamma costs a caller seconds, not minutes.
 */
@ApplicationScoped
public class GammaClient {
  /** Gamma's tag of crypto events (its "Crypto" tag; "crypto-prices" is a subset of it). */
  static final String CRYPTO = "crypto";

  private final GammaApi api;
  private final int limit;

  GammaClient(PolymarketConfig config) {
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(config.gammaUrl()))
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(8, TimeUnit.SECONDS)
            .build(GammaApi.class);
    this.limit = config.eventsLimit();
  }

  /** The markets of open crypto events, the most traded in the last 24 h first. */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 200)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15000)
  public Uni<List<PolymarketMarket>> cryptoMarkets() {
    return api.events(CRYPTO, true, false, "volume24hr", false, limit).map(GammaMarkets::of);
  }

  /** The market with this condition id, if Gamma knows it. */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 300, jitter = 200)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15000)
  public Uni<Optional<PolymarketMarket>> market(String conditionId) {
    return api.markets(conditionId)
        .map(
            markets ->
                markets.stream()
                    .filter(m -> conditionId.equalsIgnoreCase(m.conditionId()))
                    .map(GammaMarkets::of)
                    .flatMap(Optional::stream)
                    .findFirst());
  }
}
