package dev.vizzor.market.client.alternativeme;

import dev.vizzor.market.client.RestClients;
import dev.vizzor.market.client.UpstreamRejectedException;
import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.FearGreedHistory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The live Fear &amp; Greed Index. Fault tolerance: the service's policy for outbound calls (a
 * GET).
 */
@ApplicationScoped
@Timeout
@Retry
@CircuitBreaker
public class AlternativeMeClient {
  static final String SOURCE = "alternative.me";

  private final AlternativeMeApi api;

  AlternativeMeClient(MarketConfig config) {
    this.api =
        RestClients.builder(SOURCE, config.alternativeMe().url()).build(AlternativeMeApi.class);
  }

  /**
   * The latest value and up to {@code days} daily values, newest first ({@code days} is checked by
   * the caller: 0 to {@code SourceArguments.MAX_FEAR_GREED_DAYS}).
   */
  public Uni<FearGreedHistory> fearGreed(int days) {
    return api.fng(Math.max(1, days))
        .map(
            response -> {
              if (response.metadata() != null && response.metadata().error() != null) {
                throw new UpstreamRejectedException(SOURCE, 200, response.metadata().error());
              }
              if (response.data() == null || response.data().isEmpty()) {
                throw new IllegalStateException("alternative.me returned no Fear & Greed value");
              }
              List<FearGreed> values =
                  response.data().stream().map(AlternativeMeClient::value).toList();
              return new FearGreedHistory(
                  values.getFirst(), values.subList(0, Math.min(days, values.size())));
            });
  }

  private static FearGreed value(FngResponse.Entry entry) {
    return new FearGreed(
        Integer.parseInt(entry.value()),
        entry.valueClassification(),
        Instant.ofEpochSecond(Long.parseLong(entry.timestamp())),
        SOURCE);
  }
}
