package dev.vizzor.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.testsupport.MarketStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The offline default end to end: the bundled capture re-dated onto the replay clock (market time
 * 2023-12-30 20:00 UTC, the last close of the bundled BTC candles {@link MarketStub} serves), its
 * opportunity priced, and paper orders walked through the captured book. Expected numbers are read
 * off the capture by hand (clob_book.capture.json: best Up bid 0.38 × 207.98, best asks 0.39 ×
 * 67.41, 0.40 × 111.7, 0.41 × 350.34; fee schedule rate 0.07, exponent 1).
 */
@QuarkusTest
@TestProfile(AgentProfile.class)
class PolymarketReplayTest {
  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final String DOWN_TOKEN =
      "17924629579804316786455515989238352689210911545477836576430679697715946894553";

  static JsonNode body(Response response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.asString());
    return JSON.readTree(response.asString());
  }

  static void assertDecimal(String expected, JsonNode actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), actual.toString());
  }

  /** The error's code, and that its message names {@code field}. */
  static void assertRefused(Response response, int status, String code, String field)
      throws Exception {
    JsonNode error = body(response, status).get("error");
    assertTrue(error != null, response.asString());
    assertEquals(code, error.get("code").asText());
    assertTrue(error.get("message").asText().contains(field), error.toString());
  }

  @Test
  void theCapturedUpOrDownWindowIsRedatedToTheMarketTimeAndPriced() throws Exception {
    JsonNode answer = body(PolymarketApi.freshAccount().opportunities("btc"), 200);

    assertEquals("BTC", answer.get("symbol").asText());
    assertEquals("2023-12-30T20:00:00Z", answer.get("asOf").asText());
    assertTrue(answer.get("source").asText().startsWith("replay: bundled Polymarket capture"));
    assertEquals(42361.12, answer.get("spot").asDouble(), 1e-9);
    // 168 returns of the bundled candles 2023-12-23 20:00 .. 2023-12-30 19:00, computed apart
    assertEquals(168, answer.get("returns").asInt());
    assertEquals(0.0037307430894366477, answer.get("sigmaHourly").asDouble(), 1e-12);

    assertEquals(1, answer.get("opportunities").size());
    JsonNode o = answer.get("opportunities").get(0);
    assertEquals(PolymarketApi.CONDITION_ID, o.get("market").asText());
    assertTrue(o.get("mappable").asBoolean());
    assertEquals("up_or_down", o.get("kind").asText());
    assertEquals("Bitcoin Up or Down - December 30, 3:00PM-3:05PM ET", o.get("question").asText());
    assertEquals("btc-updown-5m-1703966400", o.get("slug").asText());
    assertEquals("2023-12-30T20:00:00Z", o.get("windowStart").asText());
    assertEquals("2023-12-30T20:05:00Z", o.get("endDate").asText());
    // the captured book was read 37.061 s into its window; it keeps that place
    assertEquals("2023-12-30T20:00:37.061Z", o.get("bookAt").asText());
    // the window starts at the market time: its level is the last close, the spot
    assertEquals(42361.12, o.get("level").asDouble(), 1e-9);
    assertEquals(5 / 60.0, o.get("hoursToResolution").asDouble(), 1e-6);
    // driftless: a window starting at the spot ends up or down alike
    assertEquals(0.5, o.get("ourProbability").asDouble(), 1e-6);
    assertEquals(0.385, o.get("impliedProbability").asDouble(), 1e-9);
    assertEquals(0.115, o.get("edge").asDouble(), 1e-6);
    assertEquals("Up", o.get("favours").asText());

    JsonNode up = o.get("outcomes").get(0);
    assertEquals("Up", up.get("name").asText());
    assertEquals(PolymarketStub.UP_TOKEN, up.get("tokenId").asText());
    assertDecimal("0.495", up.get("gammaPrice"));
    assertDecimal("0.38", up.get("bestBid"));
    assertDecimal("0.39", up.get("bestAsk"));
    assertFalse(up.get("derivedBook").asBoolean());
    JsonNode down = o.get("outcomes").get(1);
    assertEquals("Down", down.get("name").asText());
    assertEquals(DOWN_TOKEN, down.get("tokenId").asText());
    assertDecimal("0.505", down.get("gammaPrice"));
    // mirrored: Down bid = 1 − Up's best ask, Down ask = 1 − Up's best bid
    assertDecimal("0.61", down.get("bestBid"));
    assertDecimal("0.62", down.get("bestAsk"));
    assertDecimal("0.615", down.get("implied"));
    assertEquals(-0.115, down.get("edge").asDouble(), 1e-6);
    assertTrue(down.get("derivedBook").asBoolean());
  }

  @Test
  void aSymbolWithoutPricesIsNotFoundAndAMalformedOneInvalid() throws Exception {
    assertRefused(PolymarketApi.freshAccount().opportunities("ETH"), 404, "not_found", "ETH");
    assertRefused(
        PolymarketApi.freshAccount().opportunities("B-T-C"), 400, "invalid_request", "symbol");
  }

  @Test
  void aBuyWalksTheAsksFromTheLowestUpToItsLimitAndPaysTheStatedTakerFee() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    JsonNode trade = body(api.order("Up", "buy", "200", "0.42", "walk-1"), 201);

    assertEquals("filled", trade.get("status").asText());
    assertEquals("paper", trade.get("mode").asText());
    assertEquals(PolymarketStub.UP_TOKEN, trade.get("tokenId").asText());
    JsonNode fills = trade.get("fills");
    assertEquals(3, fills.size());
    assertDecimal("0.39", fills.get(0).get("price"));
    assertDecimal("67.41", fills.get(0).get("size"));
    // 67.41 × 0.07 × 0.39 × 0.61 = 1.1225787, down to 5 decimals
    assertDecimal("1.12257", fills.get(0).get("fee"));
    assertDecimal("0.40", fills.get(1).get("price"));
    assertDecimal("111.7", fills.get(1).get("size"));
    assertDecimal("1.87656", fills.get(1).get("fee"));
    assertDecimal("0.41", fills.get(2).get("price"));
    assertDecimal("20.89", fills.get(2).get("size"));
    assertDecimal("0.35373", fills.get(2).get("fee"));
    assertDecimal("200", trade.get("filledSize"));
    assertDecimal("0", trade.get("cancelledSize"));
    assertDecimal("79.5348", trade.get("notional"));
    assertDecimal("3.35286", trade.get("fee"));
    assertDecimal("0.397674", trade.get("averagePrice"));
    assertDecimal("9917.11234", trade.get("cashAfter"));
    assertEquals("2023-12-30T20:00:37.061Z", trade.get("bookAt").asText());
    assertTrue(trade.get("source").asText().startsWith("replay:"));
  }

  @Test
  void whatTheBookCannotFillWithinTheLimitIsCancelled() throws Exception {
    JsonNode trade =
        body(PolymarketApi.freshAccount().order("Up", "buy", "1000", "0.41", "ioc-1"), 201);
    assertEquals("partially_filled", trade.get("status").asText());
    // asks at or below 0.41: 67.41 + 111.7 + 350.34
    assertDecimal("529.45", trade.get("filledSize"));
    assertDecimal("470.55", trade.get("cancelledSize"));
  }

  @Test
  void theDownBookIsTheUpBookMirrored() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    // Down asks are 1 − Up bids: the best is 1 − 0.38 = 0.62 for 207.98
    JsonNode bought = body(api.order("down", "buy", "50", "0.62", "down-1"), 201);
    assertEquals("Down", bought.get("outcome").asText());
    assertEquals(DOWN_TOKEN, bought.get("tokenId").asText());
    assertDecimal("0.62", bought.get("fills").get(0).get("price"));
    assertDecimal("0.82460", bought.get("fee"));
    // Down bids are 1 − Up asks: the best is 1 − 0.39 = 0.61 for 67.41
    JsonNode sold = body(api.order("Down", "sell", "20", "0.50", "down-2"), 201);
    assertEquals(1, sold.get("fills").size());
    assertDecimal("0.61", sold.get("fills").get(0).get("price"));
    assertDecimal("20", sold.get("fills").get(0).get("size"));
    assertDecimal("0.33306", sold.get("fee"));
  }

  @Test
  void nothingFillableWithinTheLimitIsRefusedAndNothingWritten() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    Response refused = api.order("Up", "buy", "10", "0.30", "cheap-1");
    assertRefused(refused, 400, "invalid_request", "limitPrice");
    assertTrue(refused.asString().contains("0.39"));
    assertUntouched(api);
  }

  @Test
  void aPaperAccountSellsOnlyWhatItHolds() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    assertRefused(api.order("Up", "sell", "10", "0.30", "naked-1"), 409, "conflict", "holds 0");
    assertUntouched(api);
  }

  @Test
  void aPaperAccountBuysOnlyWhatItsCashPaysFor() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    // every ask of the book up to 0.99 costs far more than the 10 000 USDC an account starts with
    assertRefused(api.order("Up", "buy", "100000", "0.99", "rich-1"), 409, "conflict", "cash");
    assertUntouched(api);
  }

  @Test
  void theSameKeyAndBodyAnswerTheOriginalTradeAndAnotherBodyConflicts() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    Response first = api.order("Up", "buy", "10", "0.45", "same-1");
    JsonNode original = body(first, 201);
    assertNull(first.getHeader("Idempotent-Replayed"));

    Response again = api.order("up", "buy", "10.00", "0.450", "same-1");
    assertEquals(original, body(again, 201));
    assertEquals("true", again.getHeader("Idempotent-Replayed"));

    assertRefused(api.order("Up", "buy", "11", "0.45", "same-1"), 409, "conflict", "same-1");

    JsonNode portfolio = body(api.positions(), 200);
    assertEquals(1, portfolio.get("recentTrades").size());
    assertDecimal("10", portfolio.get("positions").get(0).get("shares"));
  }

  @Test
  void concurrentRetriesOfOneOrderWriteOneTrade() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    List<CompletableFuture<Response>> retries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      retries.add(
          CompletableFuture.supplyAsync(() -> api.order("Up", "buy", "10", "0.45", "burst-1")));
    }
    Set<String> ids = new HashSet<>();
    for (CompletableFuture<Response> retry : retries) {
      ids.add(body(retry.get(), 201).get("id").asText());
    }
    assertEquals(1, ids.size());
    JsonNode portfolio = body(api.positions(), 200);
    assertEquals(1, portfolio.get("recentTrades").size());
    assertDecimal("10", portfolio.get("positions").get(0).get("shares"));
  }

  @Test
  void everyFieldIsCheckedAndNamed() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    String market = "\"market\":\"" + PolymarketApi.CONDITION_ID + "\"";
    String rest = ",\"outcome\":\"Up\",\"side\":\"buy\",\"size\":10,\"limitPrice\":0.45";
    assertRefused(
        api.trade("{" + rest.substring(1) + ",\"idempotencyKey\":\"k\"}"),
        400,
        "invalid_request",
        "market");
    assertRefused(
        api.trade("{\"market\":\"0x12\"" + rest + ",\"idempotencyKey\":\"k\"}"),
        400,
        "invalid_request",
        "market");
    assertRefused(api.order("", "buy", "10", "0.45", "k"), 400, "invalid_request", "outcome");
    assertRefused(api.order("Up", "hold", "10", "0.45", "k"), 400, "invalid_request", "side");
    assertRefused(api.order("Up", "buy", "0", "0.45", "k"), 400, "invalid_request", "size");
    assertRefused(api.order("Up", "buy", "1.234", "0.45", "k"), 400, "invalid_request", "size");
    assertRefused(api.order("Up", "buy", "100001", "0.45", "k"), 400, "invalid_request", "size");
    assertRefused(api.order("Up", "buy", "10", "1.5", "k"), 400, "invalid_request", "limitPrice");
    assertRefused(api.order("Up", "buy", "10", "0.415", "k"), 400, "invalid_request", "limitPrice");
    assertRefused(
        api.order("Up", "buy", "10", "0.45", ""), 400, "invalid_request", "idempotencyKey");
    // the market's minimum order is 5 shares (orderMinSize)
    assertRefused(api.order("Up", "buy", "4", "0.45", "k"), 400, "invalid_request", "size");
    assertRefused(
        api.trade("{" + market + rest + ",\"idempotencyKey\":\"k\",\"size\":\"ten\"}"),
        400,
        "invalid_request",
        "size");
    assertRefused(api.trade("not json"), 400, "invalid_request", "JSON");
    assertRefused(
        api.trade("{" + market + rest + ",\"idempotencyKey\":\"k\",\"wallet\":\"0x1\"}"),
        400,
        "invalid_request",
        "wallet");
    assertUntouched(api);
  }

  @Test
  void anUnknownMarketOrOutcomeIsNotFound() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    String other = "0x" + "0".repeat(64);
    assertRefused(
        api.trade(
            "{\"market\":\""
                + other
                + "\",\"outcome\":\"Up\",\"side\":\"buy\",\"size\":10,"
                + "\"limitPrice\":0.45,\"idempotencyKey\":\"k\"}"),
        404,
        "not_found",
        "market");
    assertRefused(api.order("Sideways", "buy", "10", "0.45", "k"), 404, "not_found", "Sideways");
  }

  @Test
  void aLiveOrderIsRefusedBecauseItNeedsAWallet() throws Exception {
    PolymarketApi api = PolymarketApi.freshAccount();
    Response refused =
        api.trade(
            "{\"market\":\""
                + PolymarketApi.CONDITION_ID
                + "\",\"outcome\":\"Up\","
                + "\"side\":\"buy\",\"size\":10,\"limitPrice\":0.45,\"idempotencyKey\":\"k\","
                + "\"mode\":\"live\"}");
    assertRefused(refused, 400, "invalid_request", "mode");
    assertTrue(refused.asString().contains("wallet"));
    assertUntouched(api);
  }

  @Test
  void aNewAccountHoldsItsStartingCashAndNothingElse() throws Exception {
    assertUntouched(PolymarketApi.freshAccount());
  }

  static void assertUntouched(PolymarketApi api) throws Exception {
    JsonNode portfolio = body(api.positions(), 200);
    assertDecimal("10000", portfolio.get("cash"));
    assertDecimal("10000", portfolio.get("startingCash"));
    assertEquals(0, portfolio.get("positions").size());
    assertEquals(0, portfolio.get("openOrders").size());
    assertEquals(0, portfolio.get("recentTrades").size());
  }
}
