package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.Direction;
import dev.vizzor.chronovisor.Evaluated;
import dev.vizzor.chronovisor.FearGreedHistory;
import dev.vizzor.chronovisor.Forecast;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.Tier;
import dev.vizzor.chronovisor.WalkForward;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code chronovisor {tier, horizon}} (defaults {@code tracked} and {@code 1h}): trades
 * ChronoVisor's calls (docs/CHRONOVISOR.md) at {@code tier} or above. The engine is replayed over
 * the candles exactly as prediction-service lives through them ({@link WalkForward}: weekly
 * retraining on what had closed, tiers from the record known then), so each call uses only the
 * candles before it. At each of the horizon's boundaries the call decides: LONG for "up", SHORT for
 * "down", FLAT for "sideways" or a call below the tier; held until the next boundary. Score: P(up)
 * − P(down) of the latest call, 0 before the first.
 *
 * <p>Runs on hourly candles only, whatever the horizon: the model's features are hourly. A model
 * needs {@code ModelTrainer.MIN_SAMPLES} closed samples first, so the first month or so is FLAT.
 */
final class Chronovisor extends NamedStrategy {
  static final String TYPE = "chronovisor";
  private static final List<String> TIERS = Arrays.stream(Tier.values()).map(Tier::label).toList();
  private static final List<String> HORIZONS =
      Arrays.stream(Horizon.values()).map(Horizon::label).toList();

  /** About the 200 days prediction-service keeps per symbol. */
  private static final int HISTORY = 200 * 24;

  private final Tier tier;
  private final Horizon horizon;

  Chronovisor(Map<String, Object> given) {
    this(new Params(TYPE, given, Set.of("tier", "horizon")));
  }

  private Chronovisor(Params p) {
    super(TYPE, p);
    this.tier = Tier.parse(p.oneOf("tier", Tier.TRACKED.label(), TIERS)).orElseThrow();
    this.horizon = Horizon.parse(p.oneOf("horizon", Horizon.H1.label(), HORIZONS)).orElseThrow();
  }

  @Override
  public boolean runsOn(Duration interval) {
    return interval.equals(Bar.STEP);
  }

  @Override
  public String intervalRule() {
    return "hourly candles (interval 1h); choose the calls' horizon with strategy.params.horizon";
  }

  @Override
  public int candlesNeeded() {
    return HISTORY;
  }

  @Override
  public Signals evaluate(List<Bar> bars) {
    if (bars.size() > 1
        && !runsOn(Duration.between(bars.get(0).openTime(), bars.get(1).openTime()))) {
      throw new InvalidStrategyException("interval", "chronovisor runs on " + intervalRule());
    }
    Map<Instant, Forecast> calls = new HashMap<>();
    for (Evaluated call :
        WalkForward.run(
            "strategy", bars, Set.of(horizon), null, null, FearGreedHistory.bundled(), s -> {})) {
      calls.put(call.forecast().emittedAt(), call.forecast());
    }
    List<Signal> signals = new ArrayList<>(bars.size());
    double[] scores = new double[bars.size()];
    Signal held = Signal.FLAT;
    double score = 0;
    for (int i = 0; i < bars.size(); i++) {
      Forecast call = calls.get(bars.get(i).closeTime());
      if (call != null) {
        held = signalOf(call);
        score = call.probabilities().up() - call.probabilities().down();
      }
      signals.add(held);
      scores[i] = score;
    }
    return new Signals(signals, scores);
  }

  /** Tiers are declared strongest first, so "at or above" is an ordinal at most the chosen one. */
  private Signal signalOf(Forecast call) {
    if (call.tier().ordinal() > tier.ordinal()) {
      return Signal.FLAT;
    }
    return call.direction() == Direction.UP
        ? Signal.LONG
        : call.direction() == Direction.DOWN ? Signal.SHORT : Signal.FLAT;
  }
}
