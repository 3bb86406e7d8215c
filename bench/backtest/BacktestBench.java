import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleCsv;
import dev.vizzor.strategy.BacktestConfig;
import dev.vizzor.strategy.BacktestResult;
import dev.vizzor.strategy.Backtester;
import dev.vizzor.strategy.Signal;
import dev.vizzor.strategy.Signals;
import dev.vizzor.strategy.Strategies;
import dev.vizzor.strategy.Strategy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backtest throughput, engine against anchor, in one run. Engine: the strategy library's `trend`
 * (EMA(12), EMA(48) and ATR(14) through ta4j, then the Backtester). Anchor: the same strategy and
 * the same accounting written as one loop over plain double arrays, about as fast as the JVM
 * allows. Both run over 1x, 4x and 16x two years of real BTC hourly candles (the bundled file's
 * last two years, repeated with shifted times); their signals are compared first, so the anchor
 * computes the same thing. Each side is warmed up for two seconds, then timed in interleaved
 * rounds; the medians are reported.
 */
public class BacktestBench {
  private static final Duration HOUR = Duration.ofHours(1);

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<Bar> all = CandleCsv.read(Path.of(args[0]), "BTCUSDT").get("BTCUSDT");
    List<Bar> twoYears = all.subList(all.size() - 2 * 8760, all.size());
    Strategy trend = Strategies.of("trend", Map.of("fast", 12, "slow", 48));
    BacktestConfig config = new BacktestConfig(10_000, 10, 5, true, 1);
    System.out.println("times | bars | engine bars/s | anchor bars/s | engine/anchor time ratio");
    for (int times : new int[] {1, 4, 16}) {
      List<Bar> bars = repeated(twoYears, times);
      checkSameSignals(trend, bars);
      Work engine = () -> Backtester.run(bars, HOUR, trend.evaluate(bars), config).metrics().finalEquity();
      Work anchor = () -> PlainTrend.run(bars, 12, 48, 14, config);
      warmUp(engine, anchor);
      double[] engineTimes = new double[rounds];
      double[] anchorTimes = new double[rounds];
      // interleaved, so a slow moment of the machine hits both sides alike
      for (int r = 0; r < rounds; r++) {
        engineTimes[r] = seconds(engine);
        anchorTimes[r] = seconds(anchor);
      }
      double e = median(engineTimes);
      double a = median(anchorTimes);
      System.out.printf("%d | %d | %.0f | %.0f | %.2f%n", times, bars.size(), bars.size() / e, bars.size() / a, e / a);
    }
  }

  interface Work {
    double run();
  }

  static double sink;

  /** At least two seconds of each side, so both are compiled before anything is timed. */
  static void warmUp(Work engine, Work anchor) {
    for (Work work : new Work[] {engine, anchor}) {
      long until = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < until) {
        sink += work.run();
      }
    }
  }

  static double seconds(Work work) {
    long start = System.nanoTime();
    sink += work.run();
    return (System.nanoTime() - start) / 1e9;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static List<Bar> repeated(List<Bar> bars, int times) {
    List<Bar> out = new ArrayList<>(bars.size() * times);
    Duration span = Duration.between(bars.get(0).openTime(), bars.get(bars.size() - 1).openTime()).plus(HOUR);
    for (int t = 0; t < times; t++) {
      for (Bar b : bars) {
        out.add(new Bar(b.openTime().plus(span.multipliedBy(t)), b.open(), b.high(), b.low(), b.close(), b.volume()));
      }
    }
    return out;
  }

  static void checkSameSignals(Strategy trend, List<Bar> bars) {
    Signals engine = trend.evaluate(bars);
    int[] anchor = PlainTrend.signals(bars, 12, 48);
    for (int i = 0; i < bars.size(); i++) {
      int e = engine.at(i) == Signal.LONG ? 1 : engine.at(i) == Signal.SHORT ? -1 : 0;
      if (e != anchor[i]) {
        throw new IllegalStateException("engine and anchor disagree at " + i + ": " + e + " vs " + anchor[i]);
      }
    }
  }

  /** The trend strategy and the backtester's accounting on plain arrays. */
  static final class PlainTrend {
    static int[] signals(List<Bar> bars, int fast, int slow) {
      int n = bars.size();
      int[] signal = new int[n];
      double a = 2.0 / (fast + 1);
      double b = 2.0 / (slow + 1);
      double emaFast = bars.get(0).close();
      double emaSlow = emaFast;
      for (int i = 0; i < n; i++) {
        double c = bars.get(i).close();
        if (i > 0) {
          emaFast += a * (c - emaFast);
          emaSlow += b * (c - emaSlow);
        }
        double gap = emaFast - emaSlow;
        signal[i] = i < slow ? 0 : gap > 0 ? 1 : gap < 0 ? -1 : 0;
      }
      return signal;
    }

    static double run(List<Bar> bars, int fast, int slow, int atrPeriod, BacktestConfig config) {
      int n = bars.size();
      double[] open = new double[n];
      double[] high = new double[n];
      double[] low = new double[n];
      double[] close = new double[n];
      for (int i = 0; i < n; i++) {
        Bar bar = bars.get(i);
        open[i] = bar.open();
        high[i] = bar.high();
        low[i] = bar.low();
        close[i] = bar.close();
      }
      double a = 2.0 / (fast + 1);
      double b = 2.0 / (slow + 1);
      double emaFast = close[0];
      double emaSlow = close[0];
      double atr = high[0] - low[0];
      double fee = config.feeBps() / 10_000;
      double slip = config.slippageBps() / 10_000;
      double cash = config.capital();
      double qty = 0;
      int side = 0;
      int wanted = 0;
      double scoreSum = 0;
      double[] equity = new double[n];
      for (int i = 0; i < n; i++) {
        if (i > 0 && wanted != side) {
          if (side != 0) {
            double price = side > 0 ? open[i] * (1 - slip) : open[i] * (1 + slip);
            cash += side * qty * price - qty * price * fee;
            side = 0;
          }
          if (wanted != 0) {
            double price = wanted > 0 ? open[i] * (1 + slip) : open[i] * (1 - slip);
            qty = cash * config.sizing() / (price * (1 + fee));
            cash += -wanted * qty * price - qty * price * fee;
            side = wanted;
          }
        }
        equity[i] = cash + side * qty * close[i];
        if (i > 0) {
          emaFast += a * (close[i] - emaFast);
          emaSlow += b * (close[i] - emaSlow);
          double tr = Math.max(high[i] - low[i], Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
          atr += (tr - atr) / atrPeriod;
        }
        double gap = emaFast - emaSlow;
        wanted = i < slow ? 0 : gap > 0 ? 1 : gap < 0 ? -1 : 0;
        scoreSum += atr > 0 ? Math.tanh(gap / atr) : 0;
      }
      return equity[n - 1] + scoreSum * 0;
    }
  }
}
