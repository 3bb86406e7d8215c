package dev.vizzor.market.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.cache.CacheManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A clean start for each test on {@link RpcStubsProfile}: no stubs, closed circuits, no cache. */
public abstract class RpcTestBase {
  protected WireMockServer node;

  @Inject protected CircuitBreakerMaintenance circuitBreakers;
  @Inject CacheManager caches;

  @BeforeEach
  void cleanStart() {
    node.resetAll();
    circuitBreakers.resetAll();
    caches.getCache("wallet-track").orElseThrow().invalidateAll().await().indefinitely();
  }
}
