package dev.vizzor.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.BookFill;
import dev.vizzor.agent.domain.BookLevel;
import dev.vizzor.agent.domain.BookWalk;
import dev.vizzor.agent.domain.OpportunityModel;
import dev.vizzor.agent.domain.PolymarketFee;
import dev.vizzor.agent.domain.PolymarketMarket;
import dev.vizzor.agent.domain.PolymarketPriceEvent;
import dev.vizzor.agent.domain.PolymarketPriceEvent.Kind;
import dev.vizzor.agent.domain.PolymarketQuestion;
import dev.vizzor.agent.domain.PolymarketReplayWindow;
import dev.vizzor.agent.domain.PolymarketSide;
import dev.vizzor.agent.domain.PolymarketSymbols;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pure rules: question reading, symbol naming, the model's probabilities, the fee, the book
 * walk and the mirror. Expected probabilities are worked out by hand from the closed forms with Φ
 * values from a table (Φ(0) = 0.5, Φ(1) = 0.841345, Φ(−1) = 0.158655).
 */
class PolymarketDomainTest {
  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  private static PolymarketMarket market(String question) {
    return new PolymarketMarket(
        "0x1",
        "slug",
        question,
        List.of("Yes", "No"),
        List.of("1", "2"),
        List.of(d("0.5"), d("0.5")),
        null,
        Instant.parse("2030-01-01T00:00:00Z"),
        true,
        d("0.01"),
        d("5"),
        PolymarketFee.NONE);
  }

  private static PolymarketPriceEvent read(String question) {
    return PolymarketQuestion.read(market(question)).event();
  }

  @Test
  void questionsAboutThePriceAreReadAsPriceEvents() {
    assertEquals(
        new PolymarketPriceEvent(Kind.ABOVE, d("120000"), null),
        read("Will the price of Bitcoin be above $120,000 on July 31?"));
    assertEquals(
        new PolymarketPriceEvent(Kind.BELOW, d("3000"), null),
        read("Will Ethereum be less than $3,000 on December 31?"));
    assertEquals(
        new PolymarketPriceEvent(Kind.REACH, d("150000"), null),
        read("Will Bitcoin reach $150k by December 31?"));
    assertEquals(
        new PolymarketPriceEvent(Kind.DIP, d("80000"), null),
        read("Will Bitcoin dip to $80,000 in July?"));
    assertEquals(
        new PolymarketPriceEvent(Kind.BETWEEN, d("100000"), d("102000")),
        read("Will the price of Bitcoin be between $100,000 and $102,000 on July 19?"));
  }

  @Test
  void questionsThatAreNotAboutThePriceStayUnmapped() {
    assertNull(read("Will MicroStrategy announce a new Bitcoin purchase?"));
    assertNull(read("Will a spot Solana ETF be approved by $1 fee waivers?"));
    assertNull(read("Bitcoin market cap above $2T?"));
    assertNull(read("Will Ethereum outperform Bitcoin in 2026?"));
  }

  @Test
  void symbolsAreFoundByTheNamesMarketsUse() {
    assertEquals(true, PolymarketSymbols.named("Bitcoin Up or Down - July 19", "BTC"));
    assertEquals(true, PolymarketSymbols.named("Will ETH hit $5k?", "ETH"));
    assertEquals(true, PolymarketSymbols.named("Will Ether reach $5,000?", "ETH"));
    assertEquals(false, PolymarketSymbols.named("Will Ethereum reach $5,000?", "BTC"));
    assertEquals(false, PolymarketSymbols.named("a link to the rules", "LINK"));
    assertEquals(true, PolymarketSymbols.named("Chainlink above $30?", "LINK"));
    assertEquals(false, PolymarketSymbols.named("Solanaceae", "SOL"));
  }

  @Test
  void theModelPricesByTheDistanceInStandardDeviations() {
    double sigma = 0.01;
    double hours = 4; // σ√T = 0.02
    double spot = 100;
    double oneSdUp = 100 * Math.exp(0.02);
    assertEquals(0.5, OpportunityModel.probability(Kind.ABOVE, spot, spot, 0, sigma, hours), 1e-6);
    assertEquals(
        0.158655, OpportunityModel.probability(Kind.ABOVE, spot, oneSdUp, 0, sigma, hours), 1e-6);
    assertEquals(
        0.841345, OpportunityModel.probability(Kind.BELOW, spot, oneSdUp, 0, sigma, hours), 1e-6);
    // reflection: touching one σ√T away is twice as likely as ending beyond it
    assertEquals(
        0.317311, OpportunityModel.probability(Kind.REACH, spot, oneSdUp, 0, sigma, hours), 1e-6);
    assertEquals(
        0.317311,
        OpportunityModel.probability(Kind.DIP, spot, 100 * Math.exp(-0.02), 0, sigma, hours),
        1e-6);
    // between the spot and one σ√T above: Φ(0) − Φ(−1)
    assertEquals(
        0.341345,
        OpportunityModel.probability(Kind.BETWEEN, spot, spot, oneSdUp, sigma, hours),
        1e-6);
  }

  @Test
  void volatilityIsTheSampleDeviationOfTheLogReturns() {
    // returns ln(1.01), ln(0.99), ln(1.01): mean m, deviations by hand
    double[] returns = {Math.log(1.01), Math.log(0.99), Math.log(1.01)};
    double mean = (2 * Math.log(1.01) + Math.log(0.99)) / 3;
    double expected =
        Math.sqrt(
            (2 * Math.pow(Math.log(1.01) - mean, 2) + Math.pow(Math.log(0.99) - mean, 2)) / 2);
    assertEquals(expected, OpportunityModel.sigma(returns), 1e-15);
  }

  @Test
  void theFeeFollowsTheStatedScheduleRoundedDown() {
    PolymarketFee crypto = new PolymarketFee(d("0.07"), 1);
    // Polymarket's worked example: 10 shares at 0.65 → 10 × 0.07 × 0.65 × 0.35
    assertEquals(0, d("0.15925").compareTo(crypto.of(d("10"), d("0.65"))));
    // 1 × 0.07 × 0.39 × 0.61 = 0.016653, down to 0.01665
    assertEquals(0, d("0.01665").compareTo(crypto.of(d("1"), d("0.39"))));
    // exponent 2: 3 × 0.07 × (0.5 × 0.5)² = 0.013125, down to 0.01312
    assertEquals(0, d("0.01312").compareTo(new PolymarketFee(d("0.07"), 2).of(d("3"), d("0.5"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(PolymarketFee.NONE.of(d("10"), d("0.5"))));
  }

  @Test
  void aBuyStopsAtItsLimitAndASellAtItsLimitOnTheOtherSide() {
    Book book =
        new Book(
            "up",
            Instant.EPOCH,
            List.of(new BookLevel(d("0.30"), d("5")), new BookLevel(d("0.38"), d("10"))),
            List.of(new BookLevel(d("0.45"), d("7")), new BookLevel(d("0.40"), d("4"))),
            false);
    BookFill buy = BookWalk.walk(book, PolymarketSide.BUY, d("20"), d("0.44"), PolymarketFee.NONE);
    assertEquals(0, d("4").compareTo(buy.filledSize()));
    assertEquals(0, d("16").compareTo(buy.cancelledSize()));
    BookFill sell =
        BookWalk.walk(book, PolymarketSide.SELL, d("12"), d("0.30"), PolymarketFee.NONE);
    assertEquals(2, sell.levels().size());
    assertEquals(0, d("0.38").compareTo(sell.levels().get(0).price()));
    // 10 × 0.38 + 2 × 0.30
    assertEquals(0, d("4.40").compareTo(sell.notional()));
  }

  @Test
  void theReplayMovesTheCapturedWindowToTheOneContainingTheMarketTime() {
    PolymarketMarket captured =
        new PolymarketMarket(
            "0x1",
            "btc-updown-5m-1784449200",
            "Bitcoin Up or Down - July 19, 4:20AM-4:25AM ET",
            List.of("Up", "Down"),
            List.of("1", "2"),
            List.of(d("0.495"), d("0.505")),
            Instant.parse("2026-07-19T08:20:00Z"),
            Instant.parse("2026-07-19T08:25:00Z"),
            true,
            d("0.01"),
            d("5"),
            PolymarketFee.NONE);
    PolymarketReplayWindow window =
        PolymarketReplayWindow.containing(captured, Instant.parse("2023-12-30T20:07:30Z"));
    PolymarketMarket moved = window.market(captured);
    assertEquals(Instant.parse("2023-12-30T20:05:00Z"), moved.windowStart());
    assertEquals(Instant.parse("2023-12-30T20:10:00Z"), moved.endDate());
    // 20:05 UTC is 3:05 PM in New York in December (EST)
    assertEquals("Bitcoin Up or Down - December 30, 3:05PM-3:10PM ET", moved.question());
    assertEquals("btc-updown-5m-1703966700", moved.slug());
    Book book =
        window.book(
            new Book("1", Instant.parse("2026-07-19T08:20:37.061Z"), List.of(), List.of(), false));
    assertEquals(Instant.parse("2023-12-30T20:05:37.061Z"), book.at());
  }

  @Test
  void theComplementaryBookIsTheMirror() {
    Book up =
        new Book(
            "up",
            Instant.EPOCH,
            List.of(new BookLevel(d("0.38"), d("10"))),
            List.of(new BookLevel(d("0.39"), d("4"))),
            false);
    Book down = up.mirrored("down");
    assertEquals(0, d("0.61").compareTo(down.bestBid().orElseThrow()));
    assertEquals(0, d("4").compareTo(down.bids().get(0).size()));
    assertEquals(0, d("0.62").compareTo(down.bestAsk().orElseThrow()));
    assertEquals(0, d("0.615").compareTo(down.mid().orElseThrow()));
    assertEquals(true, down.derived());
  }
}
