package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Market trends over the window {@code [to − W, to)} from each asset's candles (pure maths; the
 * definition is in the README):
 *
 * <ul>
 *   <li>change % = (close of the window's last candle − open of its first) ÷ that open × 100;
 *   <li>a volume surge: the window's volume ÷ the average volume of the 7 windows of the same
 *       length just before it (those with any candle) is at least {@value #SURGE_RATIO};
 *   <li>breadth: assets whose close is above, below or equal to their open, and advancing ÷
 *       declining (null without decliners).
 * </ul>
 *
 * Assets without a candle in the window are left out. Percentages and ratios have 4 decimals,
 * rounded half-even.
 */
public final class MarketTrends {
  public static final double SURGE_RATIO = 1.5;
  public static final int PRECEDING_WINDOWS = 7;
  private static final int SCALE = 4;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MarketTrends() {}

  public record Mover(String symbol, BigDecimal changePercent, BigDecimal open, BigDecimal close) {}

  public record VolumeSurge(
      String symbol, BigDecimal volume, BigDecimal averageVolume, BigDecimal ratio) {}

  public record Breadth(
      int advancing, int declining, int unchanged, BigDecimal advanceDeclineRatio) {}

  public record Trends(List<Mover> movers, List<VolumeSurge> volumeSurges, Breadth breadth) {}

  /**
   * @param candles per asset, at least the 8 windows before {@code to}; others are ignored
   */
  public static Trends compute(Duration window, Instant to, Map<Asset, List<Candle>> candles) {
    List<Mover> movers = new ArrayList<>();
    List<VolumeSurge> surges = new ArrayList<>();
    int advancing = 0, declining = 0, unchanged = 0;
    for (Map.Entry<Asset, List<Candle>> asset : candles.entrySet()) {
      List<Candle> current = within(asset.getValue(), to.minus(window), to);
      if (current.isEmpty()) {
        continue;
      }
      BigDecimal open = current.get(0).open();
      BigDecimal close = current.get(current.size() - 1).close();
      String symbol = asset.getKey().base();
      movers.add(new Mover(symbol, changePercent(open, close), open, close));
      switch (close.compareTo(open)) {
        case 1 -> advancing++;
        case -1 -> declining++;
        default -> unchanged++;
      }
      surge(symbol, asset.getValue(), window, to).ifPresent(surges::add);
    }
    movers.sort(
        Comparator.comparing((Mover m) -> m.changePercent().abs())
            .reversed()
            .thenComparing(Mover::symbol));
    surges.sort(
        Comparator.comparing(VolumeSurge::ratio).reversed().thenComparing(VolumeSurge::symbol));
    BigDecimal ratio =
        declining == 0
            ? null
            : BigDecimal.valueOf(advancing)
                .divide(BigDecimal.valueOf(declining), SCALE, RoundingMode.HALF_EVEN);
    return new Trends(movers, surges, new Breadth(advancing, declining, unchanged, ratio));
  }

  private static BigDecimal changePercent(BigDecimal open, BigDecimal close) {
    return close.subtract(open).multiply(HUNDRED).divide(open, SCALE, RoundingMode.HALF_EVEN);
  }

  private static java.util.Optional<VolumeSurge> surge(
      String symbol, List<Candle> candles, Duration window, Instant to) {
    BigDecimal volume = volume(within(candles, to.minus(window), to));
    BigDecimal preceding = BigDecimal.ZERO;
    int windows = 0;
    for (int k = 1; k <= PRECEDING_WINDOWS; k++) {
      Instant end = to.minus(window.multipliedBy(k));
      List<Candle> earlier = within(candles, end.minus(window), end);
      if (!earlier.isEmpty()) {
        preceding = preceding.add(volume(earlier));
        windows++;
      }
    }
    if (windows == 0 || preceding.signum() == 0) {
      return java.util.Optional.empty();
    }
    BigDecimal average = preceding.divide(BigDecimal.valueOf(windows), 8, RoundingMode.HALF_EVEN);
    BigDecimal ratio = volume.divide(average, SCALE, RoundingMode.HALF_EVEN);
    return ratio.compareTo(BigDecimal.valueOf(SURGE_RATIO)) >= 0
        ? java.util.Optional.of(new VolumeSurge(symbol, volume, average, ratio))
        : java.util.Optional.empty();
  }

  private static List<Candle> within(List<Candle> candles, Instant from, Instant to) {
    return candles.stream()
        .filter(c -> !c.openTime().isBefore(from) && c.openTime().isBefore(to))
        .toList();
  }

  private static BigDecimal volume(List<Candle> candles) {
    return candles.stream().map(Candle::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
