package dev.vizzor.strategy;

import dev.vizzor.chronovisor.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Trades a strategy's signals over candles: the signal read at a candle's close is acted on at the
 * next candle's open (no fill at a price the strategy had not seen), buying at open × (1 +
 * slippage) and selling at open × (1 − slippage), each fill paying the fee on its notional. Equity
 * is marked at every close. A position still open when the candles end is closed at the last close.
 * Buy-and-hold over the same candles is traded by the same rules.
 */
public final class Backtester {
  private Backtester() {}

  public static BacktestResult run(
      List<Bar> bars, Duration interval, Signals signals, BacktestConfig config) {
    if (bars.size() < 2) {
      throw new InvalidStrategyException("from", "the range holds fewer than 2 candles");
    }
    Account account = new Account(config);
    double[] equity = new double[bars.size()];
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      if (i > 0) {
        int wanted = direction(signals.at(i - 1), config.allowShort());
        if (wanted != account.side) {
          if (account.side != 0) {
            account.close(bar.openTime(), bar.open(), false);
          }
          if (wanted != 0) {
            account.open(wanted, bar.openTime(), bar.open());
          }
        }
      }
      account.exposed += account.side != 0 ? 1 : 0;
      equity[i] = account.markedAt(bar.close());
    }
    Bar last = bars.get(bars.size() - 1);
    if (account.side != 0) {
      account.close(endOf(bars, interval), last.close(), true);
      equity[equity.length - 1] = account.cash;
    }
    return BacktestResult.of(bars, interval, equity, account.trades, account.exposed, config);
  }

  /** Buy at the first open, sell at the last close, by the same fill rules, all in. */
  public static BacktestResult buyAndHold(
      List<Bar> bars, Duration interval, BacktestConfig config) {
    if (bars.size() < 2) {
      throw new InvalidStrategyException("from", "the range holds fewer than 2 candles");
    }
    Account account =
        new Account(
            new BacktestConfig(config.capital(), config.feeBps(), config.slippageBps(), false, 1));
    double[] equity = new double[bars.size()];
    account.open(1, bars.get(0).openTime(), bars.get(0).open());
    for (int i = 0; i < bars.size(); i++) {
      account.exposed++;
      equity[i] = account.markedAt(bars.get(i).close());
    }
    account.close(endOf(bars, interval), bars.get(bars.size() - 1).close(), true);
    equity[equity.length - 1] = account.cash;
    return BacktestResult.of(bars, interval, equity, account.trades, account.exposed, config);
  }

  /** When the last candle closes. */
  static Instant endOf(List<Bar> bars, Duration interval) {
    return bars.get(bars.size() - 1).openTime().plus(interval);
  }

  private static int direction(Signal signal, boolean allowShort) {
    return switch (signal) {
      case LONG -> 1;
      case SHORT -> allowShort ? -1 : 0;
      case FLAT -> 0;
    };
  }

  /** Cash, one position at most, and the trades so far. */
  private static final class Account {
    private final double fee;
    private final double slippage;
    private final double sizing;
    private final List<Trade> trades = new ArrayList<>();
    private double cash;
    private int side;
    private double quantity;
    private double entryPrice;
    private double entryFee;
    private Instant entryTime;
    private int exposed;

    Account(BacktestConfig config) {
      this.fee = config.feeBps() / 10_000;
      this.slippage = config.slippageBps() / 10_000;
      this.sizing = config.sizing();
      this.cash = config.capital();
    }

    /** Opens {@code side} (+1 long, −1 short) with {@code sizing} of the cash, fee included. */
    void open(int side, Instant time, double open) {
      double price = side > 0 ? open * (1 + slippage) : open * (1 - slippage);
      double budget = cash * sizing;
      this.quantity = budget / (price * (1 + fee));
      this.entryFee = quantity * price * fee;
      this.side = side;
      this.entryPrice = price;
      this.entryTime = time;
      // a long pays for what it buys; a short receives the sale and owes the buy-back
      cash += side > 0 ? -(quantity * price + entryFee) : quantity * price - entryFee;
    }

    void close(Instant time, double reference, boolean atEnd) {
      double price = side > 0 ? reference * (1 - slippage) : reference * (1 + slippage);
      double exitFee = quantity * price * fee;
      cash += side > 0 ? quantity * price - exitFee : -(quantity * price) - exitFee;
      double gross = side * (price - entryPrice) * quantity;
      trades.add(
          new Trade(
              side > 0 ? "long" : "short",
              entryTime,
              entryPrice,
              time,
              price,
              quantity,
              entryFee + exitFee,
              gross - entryFee - exitFee,
              atEnd));
      side = 0;
      quantity = 0;
    }

    /** Cash plus the position valued at {@code close} (no exit costs). */
    double markedAt(double close) {
      return cash + side * quantity * close;
    }
  }
}
