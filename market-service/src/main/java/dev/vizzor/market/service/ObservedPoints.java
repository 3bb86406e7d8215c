package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;
import dev.vizzor.market.domain.Candle;
import dev.vizzor.market.domain.DataPoint;
import dev.vizzor.market.domain.FearGreed;
import dev.vizzor.market.domain.Granularity;
import dev.vizzor.market.domain.PointSource;
import dev.vizzor.market.domain.Quote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Turns what the market source reports into data points, each naming its source: the id starts with
 * the source ({@code replay}, {@code binance}, {@code alternative.me}), a replayed value says so in
 * its title and has no URL, since no public page shows the replayed instant.
 */
final class ObservedPoints {
  static final String REPLAY = "replay";
  private static final Duration HOUR = Duration.ofHours(1);

  private ObservedPoints() {}

  /** The quote as the 5-minute step it falls in. */
  static DataPoint quote(String itemId, Quote quote) {
    Asset asset = quote.asset();
    String title =
        asset.base()
            + ": $"
            + price(quote.price())
            + " ("
            + percent(quote.change24hPercent())
            + ")"
            + replayNote(quote.source());
    return new DataPoint(
        itemId,
        Granularity.FIVE_MIN,
        stepStart(quote.asOf(), Granularity.FIVE_MIN),
        quote.price().doubleValue(),
        new PointSource(
            quote.source() + ":" + asset.pair() + ":" + quote.asOf(),
            title,
            tradePage(quote.source(), asset),
            quote.asOf()));
  }

  /**
   * A completed 1 h candle as the hourly step it opened: its value is the close, published at the
   * hour's end.
   *
   * @param source {@code replay} or {@code binance}, where the candle came from
   */
  static DataPoint hourlyClose(String itemId, Asset asset, Candle candle, String source) {
    String title = asset.base() + " 1h close: $" + price(candle.close()) + replayNote(source);
    return new DataPoint(
        itemId,
        Granularity.HOURLY,
        candle.openTime(),
        candle.close().doubleValue(),
        new PointSource(
            source + ":" + asset.pair() + ":1h:" + candle.openTime(),
            title,
            tradePage(source, asset),
            candle.openTime().plus(HOUR)));
  }

  /** One day's index value as a daily step. */
  static DataPoint fearGreed(String itemId, FearGreed index) {
    boolean live = !REPLAY.equals(index.source());
    return new DataPoint(
        itemId,
        Granularity.DAILY,
        index.timestamp(),
        index.value(),
        new PointSource(
            index.source() + ":fear-greed:" + index.timestamp(),
            "Fear & Greed Index: "
                + index.value()
                + " ("
                + index.classification()
                + ")"
                + replayNote(index.source()),
            live ? "https://alternative.me/crypto/fear-and-greed-index/" : null,
            index.timestamp()));
  }

  /**
   * The share of assets up over 24 h, 0 to 100, derived here from quotes of {@code source}: it has
   * no public page.
   */
  static DataPoint breadth(String itemId, int up, int total, Instant asOf, String source) {
    Instant step = stepStart(asOf, Granularity.FIVE_MIN);
    return new DataPoint(
        itemId,
        Granularity.FIVE_MIN,
        step,
        100.0 * up / total,
        new PointSource(
            source + ":breadth:" + asOf,
            "Market breadth: " + up + " of " + total + " assets up over 24 h" + replayNote(source),
            null,
            asOf));
  }

  static Instant stepStart(Instant instant, Granularity granularity) {
    long step = granularity.step().toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), step) * step);
  }

  private static String tradePage(String source, Asset asset) {
    return REPLAY.equals(source)
        ? null
        : "https://www.binance.com/en/trade/" + asset.base() + "_" + asset.quote();
  }

  private static String replayNote(String source) {
    return REPLAY.equals(source) ? " · replay" : "";
  }

  /** Two decimals with grouping from 1 up; four significant digits below (DOGE, XRP). */
  private static String price(BigDecimal price) {
    if (price.abs().compareTo(BigDecimal.ONE) >= 0) {
      return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
          .format(price);
    }
    return price
        .round(new MathContext(4, RoundingMode.HALF_UP))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String percent(BigDecimal change) {
    BigDecimal rounded = change.setScale(1, RoundingMode.HALF_UP);
    return (rounded.signum() >= 0 ? "+" : "") + rounded.toPlainString() + "%";
  }
}
