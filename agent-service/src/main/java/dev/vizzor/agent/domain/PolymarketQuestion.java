package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a market's question as a price event, or says why it cannot. Only binary markets whose
 * question is about the asset's price are read: "Up or Down" windows, "above/below $X", "between $X
 * and $Y" (at resolution), "reach/hit $X" and "dip/fall to $X" (touched before resolution). Market
 * caps, ETFs, companies, comparisons between assets are not prices and stay unmapped.
 */
public final class PolymarketQuestion {
  /** A dollar amount: "$120,000", "$1.5k", "$2m". */
  private static final Pattern DOLLARS =
      Pattern.compile("\\$\\s?([0-9][0-9,]*(?:\\.[0-9]+)?)\\s?([kmb])?(?![a-z])");

  private static final Pattern NOT_A_PRICE =
      Pattern.compile("market cap|\\bfdv\\b|\\betf\\b|dominance|\\bflip|outperform|\\bath\\b");
  private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\b");
  private static final Pattern DIP =
      Pattern.compile("\\b(dip|dips|fall|falls|drop|drops|sink|sinks)\\s+(to|below|under)\\b");
  private static final Pattern REACH = Pattern.compile("\\b(reach|reaches|hit|hits|touch)\\b");
  private static final Pattern ABOVE =
      Pattern.compile("\\b(above|over|greater than|higher than|more than|at least)\\b");
  private static final Pattern BELOW = Pattern.compile("\\b(below|under|less than|lower than)\\b");

  private PolymarketQuestion() {}

  /** A question read: the event, or null and the reason. */
  public record Reading(PolymarketPriceEvent event, String reason) {
    static Reading of(PolymarketPriceEvent.Kind kind, BigDecimal level, BigDecimal upper) {
      return new Reading(new PolymarketPriceEvent(kind, level, upper), null);
    }

    static Reading not(String reason) {
      return new Reading(null, reason);
    }
  }

  public static Reading read(PolymarketMarket market) {
    if (!market.binary()) {
      return Reading.not(
          "not a binary market with a token per outcome ("
              + market.outcomes().size()
              + " outcomes, "
              + market.tokenIds().size()
              + " tokens)");
    }
    String question = market.question() == null ? "" : market.question().toLowerCase(Locale.ROOT);
    if (question.contains("up or down")) {
      return market.windowStart() == null
          ? Reading.not("an Up or Down market without the window's start (eventStartTime)")
          : Reading.of(PolymarketPriceEvent.Kind.UP_OR_DOWN, null, null);
    }
    if (NOT_A_PRICE.matcher(question).find()) {
      return Reading.not("the question is not about the price at a time or a level reached");
    }
    List<BigDecimal> levels = dollars(question);
    if (levels.isEmpty()) {
      return Reading.not("the question names no price level");
    }
    if (BETWEEN.matcher(question).find() && levels.size() == 2) {
      BigDecimal low = levels.get(0).min(levels.get(1));
      BigDecimal high = levels.get(0).max(levels.get(1));
      return Reading.of(PolymarketPriceEvent.Kind.BETWEEN, low, high);
    }
    if (levels.size() != 1) {
      return Reading.not("the question names " + levels.size() + " price levels");
    }
    BigDecimal level = levels.get(0);
    if (DIP.matcher(question).find()) {
      return Reading.of(PolymarketPriceEvent.Kind.DIP, level, null);
    }
    if (REACH.matcher(question).find()) {
      return Reading.of(PolymarketPriceEvent.Kind.REACH, level, null);
    }
    if (ABOVE.matcher(question).find()) {
      return Reading.of(PolymarketPriceEvent.Kind.ABOVE, level, null);
    }
    if (BELOW.matcher(question).find()) {
      return Reading.of(PolymarketPriceEvent.Kind.BELOW, level, null);
    }
    return Reading.not("the question names a level but no above, below, reach or dip");
  }

  static List<BigDecimal> dollars(String question) {
    List<BigDecimal> found = new ArrayList<>();
    Matcher matcher = DOLLARS.matcher(question);
    while (matcher.find()) {
      BigDecimal amount = new BigDecimal(matcher.group(1).replace(",", ""));
      String unit = matcher.group(2);
      if (unit != null) {
        amount =
            amount.multiply(
                switch (unit) {
                  case "k" -> BigDecimal.valueOf(1_000);
                  case "m" -> BigDecimal.valueOf(1_000_000);
                  default -> BigDecimal.valueOf(1_000_000_000);
                });
      }
      BigDecimal stripped = amount.stripTrailingZeros();
      found.add(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
    return found;
  }
}
