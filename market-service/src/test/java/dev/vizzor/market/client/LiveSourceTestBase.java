package dev.vizzor.market.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vizzor.market.MutableClock;
import dev.vizzor.market.source.MarketSource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the live-client tests share: the service running with {@code vizzor.market.source=live}
 * against {@link UpstreamStubs}, and a clean start for each test (no stubs, closed circuits, the
 * system clock).
 */
public abstract class LiveSourceTestBase {
  protected WireMockServer upstream;

  @Inject protected MarketSource market;
  @Inject protected MutableClock clock;
  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  void cleanStart() {
    upstream.resetAll();
    circuitBreakers.resetAll();
    clock.set(null);
  }
}
