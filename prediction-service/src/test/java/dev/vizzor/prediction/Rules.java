package dev.vizzor.prediction;

import dev.vizzor.testsupport.MarketStub;
import java.util.List;

/**
 * The resolution rules of issue 11 written out again, apart from the engine, to check what the
 * service stored: HIT when the target is touched before the invalidation; MISS when the
 * invalidation is touched first, both are touched inside one candle, or the horizon closes beyond
 * the band on the wrong side; NEUTRAL otherwise. Sideways: HIT only when neither level is touched
 * and the close is inside the band.
 */
final class Rules {
  private Rules() {}

  static String outcome(
      String direction,
      double upper,
      double lower,
      double bandLow,
      double bandHigh,
      List<MarketStub.Row> path) {
    for (MarketStub.Row bar : path) {
      boolean up = Double.parseDouble(bar.high()) >= upper;
      boolean down = Double.parseDouble(bar.low()) <= lower;
      if (up && down) {
        return "MISS";
      }
      if (up) {
        return direction.equals("up") ? "HIT" : "MISS";
      }
      if (down) {
        return direction.equals("down") ? "HIT" : "MISS";
      }
    }
    double close = Double.parseDouble(path.get(path.size() - 1).close());
    return switch (direction) {
      case "up" -> close < bandLow ? "MISS" : "NEUTRAL";
      case "down" -> close > bandHigh ? "MISS" : "NEUTRAL";
      default -> close < bandLow || close > bandHigh ? "MISS" : "HIT";
    };
  }
}
