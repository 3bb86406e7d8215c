import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleCsv;
import dev.vizzor.strategy.BacktestConfig;
import dev.vizzor.strategy.Columns;
import dev.vizzor.strategy.Indicators;
import dev.vizzor.strategy.BacktestResult;
import dev.vizzor.strategy.Backtester;
import dev.vizzor.strategy.Signal;
import dev.vizzor.strategy.Signals;
import dev.vizzor.strategy.Strategy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backtest throughput, engine against anchor, in one run. The strategy reads five indicators:
 * EMA(12) and EMA(48) (trend), RSI(14) (not chasing an overbought or oversold market), Bollinger
 * bands (SMA(20) ± 2 population sd: not buying above the upper or selling below the lower) and
 * ATR(14) (the score, tanh of the EMA gap in ATRs). LONG when the trend is up, RSI below 70 and the
 * close below the upper band; SHORT mirrored; FLAT otherwise and for the first 48 candles.
 *
 * <p>Engine: that strategy written as the strategy library writes its own (the candles as
 * Columns, the library's Indicators, a Signals of signal and score per candle), then the
 * library's Backtester, which also works out every metric of the result. Anchor: the same strategy and the same accounting as one loop over plain double
 * arrays, about as fast as the JVM allows. Both run over 1x, 4x and 16x two years of real BTC
 * hourly candles (the bundled file's last two years, repeated with shifted times); their signals
 * are compared first, so the anchor computes the same thing. Each side is warmed up for two
 * seconds, then timed in interleaved rounds; the medians are reported.
 */
public class BacktestBench {
  private static final Duration HOUR = Duration.ofHours(1);

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<Bar> all = CandleCsv.read(Path.of(args[0]), "BTCUSDT").get("BTCUSDT");
    List<Bar> twoYears = all.subList(all.size() - 2 * 8760, all.size());
    Strategy five = new FiveIndicators();
    BacktestConfig config = new BacktestConfig(10_000, 10, 5, true, 1);
    System.out.println("GC: " + java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
    System.out.println("times | bars | engine bars/s | anchor bars/s | engine/anchor time ratio");
    for (int times : new int[] {1, 4, 16}) {
      List<Bar> bars = repeated(twoYears, times);
      checkSameSignals(five, bars);
      Work engine = () -> Backtester.run(bars, HOUR, five.evaluate(bars), config).metrics().finalEquity();
      Work anchor = () -> PlainFive.run(bars, config);
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

  static void checkSameSignals(Strategy strategy, List<Bar> bars) {
    Signals engine = strategy.evaluate(bars);
    int[] anchor = PlainFive.signals(bars);
    for (int i = 0; i < bars.size(); i++) {
      int e = engine.at(i) == Signal.LONG ? 1 : engine.at(i) == Signal.SHORT ? -1 : 0;
      if (e != anchor[i]) {
        throw new IllegalStateException("engine and anchor disagree at " + i + ": " + e + " vs " + anchor[i]);
      }
    }
  }

  static final int FAST = 12, SLOW = 48, RSI = 14, BANDS = 20, ATR = 14;
  static final double K = 2;

  /** The five-indicator strategy as the library's strategies are written (its Indicators). */
  static final class FiveIndicators implements Strategy {
    public String type() {
      return "five_indicators";
    }

    public Map<String, Object> params() {
      return Map.of();
    }

    public Signals evaluate(List<Bar> bars) {
      Columns candles = Columns.of(bars);
      double[] close = candles.close();
      double[] fast = Indicators.ema(close, FAST);
      double[] slow = Indicators.ema(close, SLOW);
      double[] rsi = Indicators.rsi(close, RSI);
      double[] middle = Indicators.sma(close, BANDS);
      double[] deviation = Indicators.deviation(close, BANDS);
      double[] atr = Indicators.atr(candles, ATR);
      List<Signal> signals = new ArrayList<>(bars.size());
      double[] scores = new double[bars.size()];
      for (int i = 0; i < bars.size(); i++) {
        double gap = fast[i] - slow[i];
        double half = K * deviation[i];
        Signal signal = Signal.FLAT;
        if (i >= SLOW) {
          if (gap > 0 && rsi[i] < 70 && close[i] < middle[i] + half) {
            signal = Signal.LONG;
          } else if (gap < 0 && rsi[i] > 30 && close[i] > middle[i] - half) {
            signal = Signal.SHORT;
          }
        }
        signals.add(signal);
        scores[i] = atr[i] > 0 ? Math.tanh(gap / atr[i]) : 0;
      }
      return new Signals(signals, scores);
    }
  }

  /** The same strategy and the backtester's accounting on plain arrays. */
  static final class PlainFive {
    /** Per candle: 1 LONG, -1 SHORT, 0 FLAT. */
    static int[] signals(List<Bar> bars) {
      Columns candles = Columns.of(bars);
      int[] signal = new int[bars.size()];
      compute(candles.high(), candles.low(), candles.close(), signal, new double[bars.size()]);
      return signal;
    }

    /**
     * EMA seeded with the first close; RSI on Wilder averages of gains and losses seeded at 0; SMA
     * and population sd over up to BANDS closes; ATR as Wilder's average of true ranges seeded with
     * the first high-low: ta4j's definitions.
     */
    static void compute(double[] high, double[] low, double[] close, int[] signal, double[] score) {
      int n = close.length;
      double a = 2.0 / (FAST + 1);
      double b = 2.0 / (SLOW + 1);
      double emaFast = close[0];
      double emaSlow = close[0];
      double gain = 0;
      double loss = 0;
      double atr = high[0] - low[0];
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          emaFast += a * (close[i] - emaFast);
          emaSlow += b * (close[i] - emaSlow);
          double change = close[i] - close[i - 1];
          gain += ((change > 0 ? change : 0) - gain) / RSI;
          loss += ((change < 0 ? -change : 0) - loss) / RSI;
          double tr = Math.max(high[i] - low[i], Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
          atr += (tr - atr) / ATR;
        }
        double rsi = loss == 0 ? (gain == 0 ? 0 : 100) : 100 - 100 / (1 + gain / loss);
        int from = Math.max(0, i - BANDS + 1);
        int count = i - from + 1;
        double sum = 0;
        for (int k = from; k <= i; k++) {
          sum += close[k];
        }
        double mid = sum / count;
        double squares = 0;
        for (int k = from; k <= i; k++) {
          squares += (close[k] - mid) * (close[k] - mid);
        }
        double half = K * Math.sqrt(squares / count);
        double gap = emaFast - emaSlow;
        int s = 0;
        if (i >= SLOW) {
          if (gap > 0 && rsi < 70 && close[i] < mid + half) {
            s = 1;
          } else if (gap < 0 && rsi > 30 && close[i] > mid - half) {
            s = -1;
          }
        }
        signal[i] = s;
        score[i] = atr > 0 ? Math.tanh(gap / atr) : 0;
      }
    }

    static double run(List<Bar> bars, BacktestConfig config) {
      int n = bars.size();
      Columns candles = Columns.of(bars);
      double[] open = candles.open();
      double[] high = candles.high();
      double[] low = candles.low();
      double[] close = candles.close();
      int[] signal = new int[n];
      double[] score = new double[n];
      compute(high, low, close, signal, score);
      double fee = config.feeBps() / 10_000;
      double slip = config.slippageBps() / 10_000;
      double cash = config.capital();
      double qty = 0;
      int side = 0;
      double[] equity = new double[n];
      for (int i = 0; i < n; i++) {
        int wanted = i > 0 ? signal[i - 1] : 0;
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
      }
      return equity[n - 1] + score[n - 1] * 0;
    }
  }
}
