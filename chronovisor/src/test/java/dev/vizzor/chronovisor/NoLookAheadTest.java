package dev.vizzor.chronovisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changing any candle after a prediction's time never changes that prediction: the features, the
 * model, the tier and the levels come only from candles closed by then.
 */
class NoLookAheadTest {
  private static final Instant CUT = Instant.parse("2022-03-10T00:00:00Z");

  /** Every candle opening at or after the cut, made into a different market. */
  private static List<Bar> rewrittenAfterCut(List<Bar> bars) {
    List<Bar> rewritten = new ArrayList<>();
    for (Bar bar : bars) {
      rewritten.add(
          bar.openTime().isBefore(CUT)
              ? bar
              : new Bar(
                  bar.openTime(),
                  bar.open() * 0.7,
                  bar.high() * 0.75,
                  bar.low() * 0.6,
                  bar.close() * 0.65,
                  bar.volume() * 9));
    }
    return rewritten;
  }

  @Test
  void predictionsUpToTheCutAreIdenticalWhateverHappensAfterIt() {
    List<Bar> bars = BundledCandles.btc("2022-01-01T00:00:00Z", "2022-03-20T00:00:00Z");
    EnumSet<Horizon> all = EnumSet.allOf(Horizon.class);

    List<Evaluated> original =
        WalkForward.run("BTC", bars, all, null, null, FearGreedHistory.bundled(), s -> {});
    List<Evaluated> altered =
        WalkForward.run(
            "BTC", rewrittenAfterCut(bars), all, null, null, FearGreedHistory.bundled(), s -> {});

    List<Forecast> before = emittedBy(original);
    assertFalse(
        before.isEmpty(), "the slice is long enough for models to be trained before the cut");
    assertEquals(before, emittedBy(altered));
    // and the rewrite did change what came after, so the comparison could have failed
    assertNotEquals(afterCut(original), afterCut(altered));
  }

  private static List<Forecast> emittedBy(List<Evaluated> run) {
    return run.stream().map(Evaluated::forecast).filter(f -> !f.emittedAt().isAfter(CUT)).toList();
  }

  private static List<Forecast> afterCut(List<Evaluated> run) {
    return run.stream().map(Evaluated::forecast).filter(f -> f.emittedAt().isAfter(CUT)).toList();
  }
}
