package dev.vizzor.market.client.goplus;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.cache.CacheManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A clean start for each GoPlus test: no stubs, closed circuits, no cached scans; and no request
 * left in flight after it (a timed-out call is still being answered by the stub).
 */
public abstract class GoPlusTestBase {
  protected WireMockServer goplus;

  @Inject CircuitBreakerMaintenance circuitBreakers;
  @Inject CacheManager caches;

  @BeforeEach
  void cleanStart() {
    goplus.resetAll();
    circuitBreakers.resetAll();
    caches.getCache("token-scans").orElseThrow().invalidateAll().await().indefinitely();
  }

  @AfterEach
  void noRequestInFlight() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                goplus.getAllServeEvents().stream()
                    .allMatch(
                        event ->
                            event.getTiming() != null
                                && event.getTiming().getResponseSendTime() != null));
  }
}
