package dev.vizzor.agent;

import dev.vizzor.testsupport.MarketStub;
import java.time.Instant;
import java.util.List;

/** The bundled BTC candles the market stub serves, and the strategy rules tests recount with. */
final class Candles {
  private Candles() {}

  static List<MarketStub.Row> btc() {
    return MarketStub.btc();
  }

  static int indexOpening(Instant open) {
    List<MarketStub.Row> rows = btc();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).openTime().equals(open)) {
        return i;
      }
    }
    throw new AssertionError("no candle opens at " + open);
  }

  static double close(int i) {
    return Double.parseDouble(btc().get(i).close());
  }

  static Instant closeTime(int i) {
    return btc().get(i).openTime().plusSeconds(3600);
  }

  /**
   * momentum {period} as docs/AGENTS.md and the strategy set write it: long when the close rose
   * over {@code period} candles, short when it fell.
   */
  static String momentum(int i, int period) {
    double change = close(i) / close(i - period) - 1;
    return change > 0 ? "long" : change < 0 ? "short" : "flat";
  }
}
