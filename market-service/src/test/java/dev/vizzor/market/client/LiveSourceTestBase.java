package dev.vizzor.market.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vizzor.market.MutableClock;
import dev.vizzor.market.source.MarketSource;
import io.quarkus.cache.CacheManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the live-client tests share: the service running with {@code vizzor.market.source=live}
 * against {@link UpstreamStubs}, and a clean start for each test (no stubs, closed circuits, empty
 * caches, the system clock).
 */
public abstract class LiveSourceTestBase {
  protected WireMockServer upstream;

  @Inject protected MarketSource market;
  @Inject protected MutableClock clock;
  @Inject CircuitBreakerMaintenance circuitBreakers;
  @Inject CacheManager caches;

  @BeforeEach
  void cleanStart() {
    upstream.resetAll();
    circuitBreakers.resetAll();
    for (String name : caches.getCacheNames()) {
      caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
    }
    clock.set(null);
  }
}
