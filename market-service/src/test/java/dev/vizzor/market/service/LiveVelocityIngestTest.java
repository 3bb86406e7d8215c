package dev.vizzor.market.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.client.LiveSourceProfile;
import dev.vizzor.market.client.LiveSourceTestBase;
import dev.vizzor.market.client.UpstreamStubs;
import dev.vizzor.market.domain.Asset;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Velocity ingest with the live source when Binance fails one asset's quote: the asset's item stays
 * active and market breadth skips the pass rather than report a share of fewer assets.
 */
@QuarkusTest
@TestProfile(LiveSourceProfile.class)
class LiveVelocityIngestTest extends LiveSourceTestBase {
  private static final String TICKER = "/binance/api/v3/ticker/24hr";
  private static final Instant FIRST_CLOSE = Instant.ofEpochMilli(1499869899040L);
  private static final Asset ETH = Asset.of("ETH");

  TestDatabase database;
  @Inject VelocityIngest ingest;
  @Inject CircuitBreakerMaintenance breakers;
  @Inject ActiveSymbols active;

  @BeforeEach
  void noItems() {
    database.execute("TRUNCATE tracked_items CASCADE");
  }

  @Test
  void anAssetWhoseQuoteFailedStaysActiveAndBreadthWaitsForAPassWithEveryQuote() {
    String eth = VelocityItems.crypto(ETH).id();
    tickersClosingAt(FIRST_CLOSE, null);
    ingest.pass().await().indefinitely().orElseThrow();
    assertEquals(active.current().size(), activeCryptoItems());
    assertEquals(1, breadthPoints());

    tickersClosingAt(FIRST_CLOSE.plus(Duration.ofMinutes(10)), ETH);
    ingest.pass().await().indefinitely().orElseThrow();
    assertEquals("active", database.text("SELECT status FROM tracked_items WHERE id = ?", eth));
    assertEquals(1, breadthPoints(), "no breadth from a pass that missed a quote");

    breakers.resetAll();
    tickersClosingAt(FIRST_CLOSE.plus(Duration.ofMinutes(20)), null);
    ingest.pass().await().indefinitely().orElseThrow();
    assertEquals(2, breadthPoints());
    assertEquals(
        "Market breadth: 0 of " + active.current().size() + " assets up over 24 h",
        newestBreadthTitle(),
        "the documented ticker is down 95.96 % over 24 h for every asset");
  }

  @Test
  void anAssetTheSourceDoesNotListIsNoLongerTrackedAndBreadthCountsTheOthers() {
    String eth = VelocityItems.crypto(ETH).id();
    tickersClosingAt(FIRST_CLOSE, null);
    ingest.pass().await().indefinitely().orElseThrow();

    tickersClosingAt(FIRST_CLOSE.plus(Duration.ofMinutes(10)), ETH);
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbol", equalTo(ETH.pair()))
            .willReturn(UpstreamStubs.binanceInvalidSymbol()));
    ingest.pass().await().indefinitely().orElseThrow();

    assertEquals("inactive", database.text("SELECT status FROM tracked_items WHERE id = ?", eth));
    assertEquals(2, breadthPoints());
    assertEquals(
        "Market breadth: 0 of " + (active.current().size() - 1) + " assets up over 24 h",
        newestBreadthTitle());
  }

  /**
   * Binance's documented 24 h ticker for every active asset, closing at {@code close}, from one
   * {@code symbols} call. With {@code failing}, that call is refused as when a symbol is unlisted,
   * so the service asks one by one, and {@code failing}'s own call answers 503.
   */
  private void tickersClosingAt(Instant close, Asset failing) {
    upstream.resetAll();
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbols", matching(".+"))
            .willReturn(
                failing == null
                    ? okJson(UpstreamStubs.binanceTickers(active.current(), close))
                    : UpstreamStubs.binanceInvalidSymbol()));
    for (Asset asset : active.current()) {
      upstream.stubFor(
          get(urlPathEqualTo(TICKER))
              .withQueryParam("symbol", equalTo(asset.pair()))
              .willReturn(
                  asset.equals(failing)
                      ? aResponse().withStatus(503)
                      : okJson(UpstreamStubs.binanceTicker(asset, close))));
    }
  }

  private long activeCryptoItems() {
    return database.count(
        "SELECT count(*) FROM tracked_items WHERE category = 'crypto' AND status = 'active'");
  }

  private String newestBreadthTitle() {
    return database.text(
        "SELECT source_title FROM data_points WHERE item_id = ? ORDER BY observed_at DESC LIMIT 1",
        VelocityItems.BREADTH_ID);
  }

  private long breadthPoints() {
    return database.count(
        "SELECT count(*) FROM data_points WHERE item_id = ?", VelocityItems.BREADTH_ID);
  }
}
