package dev.vizzor.market.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.QuoteBatch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LiveSourceProfile.class)
class BinanceClientTest extends LiveSourceTestBase {
  private static final String TICKER = "/binance/api/v3/ticker/24hr";
  private static final String KLINES = "/binance/api/v3/klines";

  @Test
  void theLiveSourceIsChosenByConfiguration() {
    assertEquals("live", market.name());
  }

  @Test
  void aQuoteIsBinances24hTicker() {
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .willReturn(okJson(UpstreamStubs.sample("binance/ticker_24hr.single_FULL.docs.json"))));

    Quote quote = market.quote(Asset.of("BTC")).await().indefinitely().orElseThrow();

    // The documentation example's numbers (for BNBBTC), mapped field by field.
    assertEquals(Asset.of("BTC"), quote.asset());
    assertEquals(new BigDecimal("4.00000200"), quote.price());
    assertEquals(new BigDecimal("-95.960"), quote.change24hPercent());
    assertEquals(new BigDecimal("100.00000000"), quote.high24h());
    assertEquals(new BigDecimal("0.10000000"), quote.low24h());
    assertEquals(new BigDecimal("8913.30000000"), quote.volume24h());
    assertEquals(Instant.ofEpochMilli(1499869899040L), quote.asOf());
    assertEquals("binance", quote.source());
    upstream.verify(
        1, getRequestedFor(urlPathEqualTo(TICKER)).withQueryParam("symbol", equalTo("BTCUSDT")));
  }

  @Test
  void manyQuotesComeFromOneTickerCallAndAfterARefusalFromOneCallEach() {
    Asset btc = Asset.of("BTC");
    Asset eth = Asset.of("ETH");
    Instant close = Instant.parse("2026-11-28T12:00:00Z");
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbols", equalTo("[\"BTCUSDT\",\"ETHUSDT\"]"))
            .willReturn(okJson(UpstreamStubs.binanceTickers(List.of(btc, eth), close))));

    QuoteBatch both = market.quotes(List.of(btc, eth)).await().indefinitely();

    assertEquals(Set.of(btc, eth), both.quoted().keySet());
    assertEquals(Set.of(), both.failed());
    assertEquals(close, both.quoted().get(eth).asOf());
    assertEquals(new BigDecimal("4.00000200"), both.quoted().get(eth).price());
    upstream.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));

    // An unlisted NOPE makes Binance refuse the whole call: asked one by one, BTC answers, NOPE
    // is unknown (neither quoted nor failed) and SOL's own call fails.
    Asset nope = Asset.of("NOPE");
    Asset sol = Asset.of("SOL");
    upstream.resetAll();
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbols", matching(".+"))
            .willReturn(UpstreamStubs.binanceInvalidSymbol()));
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbol", equalTo("BTCUSDT"))
            .willReturn(okJson(UpstreamStubs.binanceTicker(btc, close))));
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbol", equalTo("NOPEUSDT"))
            .willReturn(UpstreamStubs.binanceInvalidSymbol()));
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .withQueryParam("symbol", equalTo("SOLUSDT"))
            .willReturn(aResponse().withStatus(503)));

    QuoteBatch mixed = market.quotes(List.of(btc, nope, sol)).await().indefinitely();

    assertEquals(Set.of(btc), mixed.quoted().keySet());
    assertEquals(Set.of(sol), mixed.failed());
    upstream.verify(
        1, getRequestedFor(urlPathEqualTo(TICKER)).withQueryParam("symbols", matching(".+")));
  }

  @Test
  void anInvalidSymbolIsAnUnknownAssetNotAnError() {
    upstream.stubFor(get(urlPathEqualTo(TICKER)).willReturn(UpstreamStubs.binanceInvalidSymbol()));
    upstream.stubFor(get(urlPathEqualTo(KLINES)).willReturn(UpstreamStubs.binanceInvalidSymbol()));

    assertTrue(market.quote(Asset.of("NOPE")).await().indefinitely().isEmpty());
    Instant to = Instant.parse("2026-07-18T22:00:00Z");
    assertTrue(
        market
            .candles(Asset.of("NOPE"), Duration.ofHours(1), to.minus(Duration.ofHours(3)), to)
            .await()
            .indefinitely()
            .isEmpty());
    upstream.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
    upstream.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
  }

  @Test
  void anotherRefusalFailsAtOnceWithoutRetrying() {
    upstream.stubFor(
        get(urlPathEqualTo(TICKER))
            .willReturn(aResponse().withStatus(403).withBody("<html>blocked</html>")));

    UpstreamRejectedException refused =
        assertThrows(
            UpstreamRejectedException.class,
            () -> market.quote(Asset.of("BTC")).await().indefinitely());
    assertEquals(403, refused.status());
    upstream.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
  }

  @Test
  void candlesAreBinanceKlinesAskedForExactlyTheWindow() {
    upstream.stubFor(
        get(urlPathEqualTo(KLINES))
            .willReturn(okJson(UpstreamStubs.sample("binance/klines_BTCUSDT_1m.capture.json"))));
    Instant from = Instant.parse("2026-07-18T19:00:00Z");
    Instant to = Instant.parse("2026-07-18T22:00:00Z");

    List<Candle> candles =
        market.candles(Asset.of("BTC"), Duration.ofHours(1), from, to).await().indefinitely();

    // The recorded body holds three 1-minute rows; what is checked here is the wire format.
    assertEquals(3, candles.size());
    Candle first = candles.getFirst();
    assertEquals(Instant.ofEpochMilli(1784410500000L), first.openTime());
    assertEquals(new BigDecimal("64706.78000000"), first.open());
    assertEquals(new BigDecimal("64706.79000000"), first.high());
    assertEquals(new BigDecimal("64706.00000000"), first.low());
    assertEquals(new BigDecimal("64706.00000000"), first.close());
    assertEquals(new BigDecimal("1.96004000"), first.volume());
    upstream.verify(
        getRequestedFor(urlPathEqualTo(KLINES))
            .withQueryParam("symbol", equalTo("BTCUSDT"))
            .withQueryParam("interval", equalTo("1h"))
            .withQueryParam("startTime", equalTo(String.valueOf(from.toEpochMilli())))
            .withQueryParam("endTime", equalTo(String.valueOf(to.toEpochMilli() - 1)))
            .withQueryParam("limit", equalTo("3")));
  }

  @Test
  void badCandleWindowsAreRefusedBeforeAnyRequest() {
    Instant to = Instant.parse("2026-07-18T22:00:00Z");
    assertThrows(
        InvalidArgumentException.class,
        () ->
            market.candles(
                Asset.of("BTC"), Duration.ofHours(1), to.minus(Duration.ofDays(42)), to));
    upstream.verify(0, getRequestedFor(urlPathEqualTo(KLINES)));
  }
}
