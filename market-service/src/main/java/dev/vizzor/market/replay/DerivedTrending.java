package dev.vizzor.market.replay;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.KnownAsset;
import dev.vizzor.market.domain.TrendingCoin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Trending without CoinGecko, from the replayed candles alone. At the replay instant, for every
 * bundled asset: its 24 h change (as in its quote) and its volume surge, the base volume of the
 * last 24 completed candles divided by the average daily volume of the 7 days (168 candles) before
 * them. Listed are
 *
 * <ol>
 *   <li>the {@value #TOP_MOVERS} top movers, by absolute 24 h change, largest first;
 *   <li>then every other asset whose surge is at least {@value #SURGE_RATIO}×, largest first.
 * </ol>
 *
 * The reason names both numbers. Market cap ranks are unknown offline (null).
 */
final class DerivedTrending {
  static final int TOP_MOVERS = 3;
  static final double SURGE_RATIO = 1.5;
  private static final int TRAILING_DAYS = 7;

  private final ReplayHistory history;

  DerivedTrending(ReplayHistory history) {
    this.history = history;
  }

  List<TrendingCoin> at(Instant now) {
    List<Mover> movers = new ArrayList<>();
    for (KnownAsset known : KnownAsset.values()) {
      HourlyCandles h = history.candlesOf(known.asset());
      if (h != null) {
        movers.add(mover(known, h, now));
      }
    }
    movers.sort(Comparator.comparing((Mover m) -> m.day().changePercent().abs()).reversed());
    List<TrendingCoin> trending = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP_MOVERS, movers.size()); i++) {
      Mover m = movers.get(i);
      String reason = String.format(Locale.ROOT, "top mover: %+.2f%% in 24 h", m.changeDouble());
      if (m.surge() >= SURGE_RATIO) {
        reason += String.format(Locale.ROOT, "; volume %.2f× its 7-day average", m.surge());
      }
      trending.add(m.coin(reason));
    }
    movers.stream()
        .skip(TOP_MOVERS)
        .filter(m -> m.surge() >= SURGE_RATIO)
        .sorted(Comparator.comparingDouble(Mover::surge).reversed())
        .forEach(
            m ->
                trending.add(
                    m.coin(
                        String.format(
                            Locale.ROOT,
                            "volume surge: %.2f× its 7-day average (%+.2f%% in 24 h)",
                            m.surge(),
                            m.changeDouble()))));
    return trending;
  }

  private Mover mover(KnownAsset known, HourlyCandles h, Instant now) {
    ReplayHistory.DayWindow day = history.dayWindow(h, now);
    int last = day.lastCompleted();
    BigDecimal quoteVolume = BigDecimal.ZERO;
    for (int i = last - ReplayHistory.DAY + 1; i <= last; i++) {
      quoteVolume =
          quoteVolume.add(
              HourlyCandles.decimal(h.volume(i)).multiply(HourlyCandles.decimal(h.close(i))));
    }
    BigDecimal trailing = BigDecimal.ZERO;
    int firstTrailing = last - ReplayHistory.DAY * (TRAILING_DAYS + 1) + 1;
    for (int i = firstTrailing; i <= last - ReplayHistory.DAY; i++) {
      trailing = trailing.add(HourlyCandles.decimal(h.volume(i)));
    }
    double dailyAverage = trailing.doubleValue() / TRAILING_DAYS;
    double surge = dailyAverage > 0 ? day.volume().doubleValue() / dailyAverage : 0;
    return new Mover(known, day, quoteVolume.setScale(2, RoundingMode.HALF_EVEN), surge);
  }

  private record Mover(
      KnownAsset known, ReplayHistory.DayWindow day, BigDecimal quoteVolume, double surge) {
    double changeDouble() {
      return day.changePercent().doubleValue();
    }

    TrendingCoin coin(String reason) {
      Asset asset = known.asset();
      return new TrendingCoin(
          asset.base(),
          known.displayName(),
          null,
          day.changePercent(),
          quoteVolume,
          reason,
          ReplayHistory.SOURCE);
    }
  }
}
