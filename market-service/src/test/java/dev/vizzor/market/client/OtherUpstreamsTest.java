package dev.vizzor.market.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.FearGreedHistory;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.NewPair;
import dev.vizzor.market.domain.TrendingCoin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CoinGecko, alternative.me and DexScreener through the live source, on their real formats. */
@QuarkusTest
@TestProfile(LiveSourceProfile.class)
class OtherUpstreamsTest extends LiveSourceTestBase {

  @Test
  void trendingIsCoinGeckosSearchTrendingThenTheKnownAssetsTopMovers() {
    upstream.stubFor(
        get(urlPathEqualTo("/coingecko/api/v3/search/trending"))
            .willReturn(
                okJson(UpstreamStubs.sample("coingecko/search_trending.docs-example.json"))));
    upstream.stubFor(
        get(urlPathEqualTo("/coingecko/api/v3/coins/markets"))
            .willReturn(okJson(UpstreamStubs.sample("coingecko/coins_markets.docs-example.json"))));

    List<TrendingCoin> trending = market.trending().await().indefinitely();

    assertEquals(
        List.of("CAH", "GALA", "BTC"), trending.stream().map(TrendingCoin::symbol).toList());
    TrendingCoin cah = trending.getFirst();
    assertEquals("Moon Tropica", cah.name());
    assertEquals(530, cah.marketCapRank());
    assertEquals(new BigDecimal("-4.04990008945853"), cah.priceChange24hPercent());
    assertEquals(new BigDecimal("282142"), cah.volume24h(), "parsed from \"$282,142\"");
    assertEquals("CoinGecko search trending #1", cah.reason());
    TrendingCoin btc = trending.getLast();
    assertEquals(1, btc.marketCapRank());
    assertEquals(new BigDecimal("3.12502"), btc.priceChange24hPercent());
    assertEquals(new BigDecimal("20154184933"), btc.volume24h());
    assertEquals("top mover: +3.13% in 24 h", btc.reason());
    trending.forEach(coin -> assertEquals("coingecko", coin.source()));

    upstream.verify(
        getRequestedFor(urlPathEqualTo("/coingecko/api/v3/coins/markets"))
            .withQueryParam("vs_currency", equalTo("usd"))
            .withQueryParam(
                "ids",
                equalTo("bitcoin,ethereum,binancecoin,solana,ripple,dogecoin,cardano,chainlink"))
            .withHeader("x-cg-demo-api-key", equalTo("test-demo-key")));
    upstream.verify(
        getRequestedFor(urlPathEqualTo("/coingecko/api/v3/search/trending"))
            .withHeader("x-cg-demo-api-key", equalTo("test-demo-key")));
  }

  @Test
  void fearAndGreedIsAlternativeMesIndexNewestFirst() {
    upstream.stubFor(
        get(urlPathEqualTo("/alternativeme/fng/"))
            .willReturn(
                okJson(UpstreamStubs.sample("alternativeme/fng_limit3.quoted-capture.json"))));

    FearGreedHistory index = market.fearGreed(3).await().indefinitely();

    FearGreed latest =
        new FearGreed(13, "Extreme Fear", Instant.parse("2026-02-27T00:00:00Z"), "alternative.me");
    assertEquals(latest, index.latest());
    assertEquals(
        List.of(
            latest,
            new FearGreed(
                11, "Extreme Fear", Instant.parse("2026-02-26T00:00:00Z"), "alternative.me"),
            new FearGreed(
                11, "Extreme Fear", Instant.parse("2026-02-25T00:00:00Z"), "alternative.me")),
        index.history());
    upstream.verify(
        getRequestedFor(urlPathEqualTo("/alternativeme/fng/"))
            .withQueryParam("limit", equalTo("3")));

    assertEquals(List.of(), market.fearGreed(0).await().indefinitely().history());
    upstream.verify(
        getRequestedFor(urlPathEqualTo("/alternativeme/fng/"))
            .withQueryParam("limit", equalTo("1")));
  }

  /** Six minutes after the newest recorded pair was created (the capture's own og:image time). */
  private static final Instant SIX_MINUTES_AFTER_THE_NEWEST = Instant.ofEpochMilli(1791632400000L);

  /** Documented shape of {@code /token-profiles/latest/v1}, naming the recorded pairs' tokens. */
  private static final String PROFILES =
      """
      [{"url":"https://dexscreener.com/solana/3Y1SCEJABneLzJ1KL7f6jp5NyP7wxjtqmAy5qKAVpump",\
      "chainId":"solana","tokenAddress":"3Y1SCEJABneLzJ1KL7f6jp5NyP7wxjtqmAy5qKAVpump"},\
      {"url":"https://dexscreener.com/solana/3SwWxAKdbeYH2H8ENPhFAXbQ9zCCjaMyc2MnFkaXpump",\
      "chainId":"solana","tokenAddress":"3SwWxAKdbeYH2H8ENPhFAXbQ9zCCjaMyc2MnFkaXpump"},\
      {"url":"https://dexscreener.com/solana/DppWLLeBgn49Poy15Jqq8vewEEtSrMBQNzKKzYgZpump",\
      "chainId":"solana","tokenAddress":"DppWLLeBgn49Poy15Jqq8vewEEtSrMBQNzKKzYgZpump"}]""";

  @Test
  void newPairsAreThePairsOfFreshlyProfiledTokensCreatedWithinTheAge() {
    stubNewPairs();

    List<NewPair> tenMinutes = market.newPairs(Duration.ofMinutes(10)).await().indefinitely();
    List<NewPair> halfHour = market.newPairs(Duration.ofMinutes(30)).await().indefinitely();

    assertEquals(List.of("STONK"), tenMinutes.stream().map(NewPair::baseSymbol).toList());
    assertEquals(
        List.of("STONK", "KYS", "Gemini"), halfHour.stream().map(NewPair::baseSymbol).toList());
    NewPair stonk = halfHour.getFirst();
    assertEquals("solana", stonk.chain());
    assertEquals("FVZqEg9dYKqRXUmswwtBRPSaneoV6guujtCvLrDyt6qi", stonk.pairAddress());
    assertEquals("SOL", stonk.quoteSymbol());
    assertEquals(Instant.ofEpochMilli(1791632043000L), stonk.createdAt());
    assertEquals(new BigDecimal("52239.46"), stonk.liquidityUsd());
    assertEquals(new BigDecimal("24660.15"), stonk.volume24hUsd());
    assertEquals(new BigDecimal("0.0003798"), stonk.priceUsd());
    assertEquals(
        "https://dexscreener.com/solana/fvzqeg9dykqrxumswwtbrpsaneov6guujtcvlrdyt6qi", stonk.url());
    assertEquals(List.of("very_young", "price_spike_1h", "no_profile"), stonk.riskFlags());
    NewPair kys = halfHour.get(1);
    assertNull(kys.liquidityUsd());
    assertEquals(List.of("no_liquidity_data", "no_website"), kys.riskFlags());
    halfHour.forEach(pair -> assertEquals("dexscreener", pair.source()));

    LoggedRequest tokens =
        upstream
            .findAll(getRequestedFor(urlPathMatching("/dexscreener/latest/dex/tokens/.+")))
            .getFirst();
    assertEquals(
        Set.of(
            "3Y1SCEJABneLzJ1KL7f6jp5NyP7wxjtqmAy5qKAVpump",
            "3SwWxAKdbeYH2H8ENPhFAXbQ9zCCjaMyc2MnFkaXpump",
            "DppWLLeBgn49Poy15Jqq8vewEEtSrMBQNzKKzYgZpump"),
        Set.of(
            tokens.getUrl().substring("/dexscreener/latest/dex/tokens/".length()).split(",|%2C")));
  }

  @Test
  void slowMovingAnswersAreKeptAWhileAndAFailureIsNot() {
    String fng = "/alternativeme/fng/";
    upstream.stubFor(get(urlPathEqualTo(fng)).willReturn(aResponse().withStatus(503)));
    assertThrows(UpstreamException.class, () -> market.fearGreed(3).await().indefinitely());
    upstream.stubFor(
        get(urlPathEqualTo(fng))
            .willReturn(
                okJson(UpstreamStubs.sample("alternativeme/fng_limit3.quoted-capture.json"))));
    FearGreedHistory first = market.fearGreed(3).await().indefinitely();
    int asked = upstream.findAll(getRequestedFor(urlPathEqualTo(fng))).size();

    assertEquals(first, market.fearGreed(3).await().indefinitely());
    assertEquals(asked, upstream.findAll(getRequestedFor(urlPathEqualTo(fng))).size());
    assertThrows(
        InvalidArgumentException.class, () -> market.fearGreed(-1), "at once, not in the cache");

    stubNewPairs();
    assertEquals(1, market.newPairs(Duration.ofMinutes(10)).await().indefinitely().size());
    clock.set(SIX_MINUTES_AFTER_THE_NEWEST.plus(Duration.ofMinutes(10)));
    assertEquals(
        List.of(),
        market.newPairs(Duration.ofMinutes(10)).await().indefinitely(),
        "a kept answer is still judged against the current time");
    upstream.verify(1, getRequestedFor(urlPathEqualTo("/dexscreener/token-profiles/latest/v1")));
  }

  /**
   * The recorded pairs behind the profiles, with the clock at {@link
   * #SIX_MINUTES_AFTER_THE_NEWEST}.
   */
  private void stubNewPairs() {
    upstream.stubFor(
        get(urlPathEqualTo("/dexscreener/token-profiles/latest/v1")).willReturn(okJson(PROFILES)));
    upstream.stubFor(
        get(urlPathMatching("/dexscreener/latest/dex/tokens/.+"))
            .willReturn(
                okJson(UpstreamStubs.sample("dexscreener/pairs_solana_3pairs.capture.json"))));
    clock.set(SIX_MINUTES_AFTER_THE_NEWEST);
  }
}
