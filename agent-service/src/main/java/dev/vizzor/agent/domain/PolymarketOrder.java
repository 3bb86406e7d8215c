package dev.vizzor.agent.domain;

import dev.vizzor.common.error.ApiException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A paper order as asked for, checked field by field; each refusal names the field. {@code mode} is
 * {@code paper} (the default); {@code live} is refused, since a live order must be signed by a
 * funded Polymarket wallet this service does not hold.
 */
public record PolymarketOrder(
    String market,
    String outcome,
    PolymarketSide side,
    BigDecimal size,
    BigDecimal limitPrice,
    String idempotencyKey) {

  private static final Pattern CONDITION_ID = Pattern.compile("0x[0-9a-f]{64}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final int MAX_OUTCOME = 100;

  /** The fields of a request body, as given (any may be null). */
  public record Given(
      String market,
      String outcome,
      String side,
      BigDecimal size,
      BigDecimal limitPrice,
      String idempotencyKey,
      String mode) {}

  public static PolymarketOrder of(Given given, BigDecimal maxSize) {
    if (given == null) {
      throw ApiException.invalid(
          "the body must be JSON: {\"market\": \"0x…\", \"outcome\": \"Up\", \"side\": \"buy\","
              + " \"size\": 10, \"limitPrice\": 0.45, \"idempotencyKey\": \"…\"}");
    }
    mode(given.mode());
    String market = given.market() == null ? "" : given.market().strip().toLowerCase(Locale.ROOT);
    if (!CONDITION_ID.matcher(market).matches()) {
      throw ApiException.invalid(
          "market: the market's conditionId, 0x and 64 hex digits (as"
              + " GET /v1/polymarket/opportunities/{symbol} lists it)");
    }
    String outcome = given.outcome() == null ? "" : given.outcome().strip();
    if (outcome.isEmpty() || outcome.length() > MAX_OUTCOME) {
      throw ApiException.invalid("outcome: the outcome's name, such as Up, Down, Yes or No");
    }
    PolymarketSide side =
        PolymarketSide.parse(given.side())
            .orElseThrow(() -> ApiException.invalid("side: buy or sell"));
    BigDecimal size = given.size();
    if (size == null
        || size.signum() <= 0
        || size.compareTo(maxSize) > 0
        || size.stripTrailingZeros().scale() > 2) {
      throw ApiException.invalid(
          "size: shares to buy or sell, more than 0 and at most "
              + maxSize.toPlainString()
              + ", to 2 decimals");
    }
    BigDecimal limit = given.limitPrice();
    if (limit == null || limit.signum() <= 0 || limit.compareTo(BigDecimal.ONE) >= 0) {
      throw ApiException.invalid(
          "limitPrice: the worst price per share accepted, more than 0 and less than 1 USDC");
    }
    String key = given.idempotencyKey() == null ? "" : given.idempotencyKey();
    if (!KEY.matcher(key).matches()) {
      throw ApiException.invalid(
          "idempotencyKey: 1-128 letters, digits or . _ : -, unique per order (a retry sends the"
              + " same one)");
    }
    return new PolymarketOrder(market, outcome, side, plain(size), plain(limit), key);
  }

  /** The number without trailing zeros, never in exponent form (10, not 1E+1). */
  static BigDecimal plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static void mode(String mode) {
    if (mode == null || mode.strip().equalsIgnoreCase("paper")) {
      return;
    }
    if (mode.strip().equalsIgnoreCase("live")) {
      throw ApiException.invalid(
          "mode: live orders are not offered: placing one on Polymarket needs a wallet (a signing"
              + " key and USDC on Polygon), which this service does not hold; send mode paper or"
              + " leave it out");
    }
    throw ApiException.invalid("mode: paper (the default); live orders are not offered");
  }

  /** The checks that need the market: its tick and minimum order size. */
  public void fits(PolymarketMarket market) {
    BigDecimal tick = market.tickSize();
    if (limitPrice.remainder(tick).signum() != 0
        || limitPrice.compareTo(tick) < 0
        || limitPrice.compareTo(BigDecimal.ONE.subtract(tick)) > 0) {
      throw ApiException.invalid(
          "limitPrice: a multiple of the market's tick "
              + tick.toPlainString()
              + " from "
              + tick.toPlainString()
              + " to "
              + BigDecimal.ONE.subtract(tick).toPlainString());
    }
    if (size.compareTo(market.minOrderSize()) < 0) {
      throw ApiException.invalid(
          "size: at least " + market.minOrderSize().toPlainString() + " shares on this market");
    }
  }

  /**
   * What makes two requests the same order: a retry with the same key must match it, field for
   * field (numbers by value, so 10 and 10.00 are the same size).
   */
  public String fingerprint() {
    return String.join(
        "|",
        market,
        outcome.toLowerCase(Locale.ROOT),
        side.wire(),
        size.toPlainString(),
        limitPrice.toPlainString(),
        "paper");
  }
}
